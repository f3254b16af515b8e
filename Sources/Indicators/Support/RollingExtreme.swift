/// Which extreme a ``RollingExtreme`` tracks, fixed at compile time so the deque's inner
/// comparison is a single instruction rather than a branch on a flag.
@usableFromInline
protocol ExtremeOrder: Sendable {
    /// Whether a new value makes an older `candidate` irrelevant (ties favour the newer).
    static func supersedes(_ value: Double, _ candidate: Double) -> Bool
}

/// The rolling maximum's order.
@usableFromInline
enum Highest: ExtremeOrder {
    @inlinable @inline(__always)
    static func supersedes(_ value: Double, _ candidate: Double) -> Bool { candidate <= value }
}

/// The rolling minimum's order.
@usableFromInline
enum Lowest: ExtremeOrder {
    @inlinable @inline(__always)
    static func supersedes(_ value: Double, _ candidate: Double) -> Bool { candidate >= value }
}

/// The maximum or minimum of the last `period` values in O(1) amortized time: a monotonic
/// deque of (value, sequence number) entries.
///
/// Each pushed value removes the entries it supersedes from the back, so the front is always
/// the window's extreme; ties keep the newest value, as TA-Lib's `AROON` scan (`>=` for
/// highs, `<=` for lows) does. The deque lives in a linear buffer of `2 · period` slots and is
/// moved back to the start when it reaches the end — at most `period` live entries every
/// `period` pushes, so O(1) amortized with no index wrapping. Non-finite values are not
/// admitted; the newest one's sequence number tells whether one is inside the window.
@usableFromInline
struct RollingExtreme<Order: ExtremeOrder>: Sendable {
    @usableFromInline
    struct Entry: Sendable {
        @usableFromInline var value: Double
        @usableFromInline var sequence: Int

        @inlinable
        init(value: Double, sequence: Int) {
            self.value = value
            self.sequence = sequence
        }
    }

    @usableFromInline let period: Int
    @usableFromInline var entries: [Entry]
    /// Index of the deque's front entry.
    @usableFromInline var head = 0
    /// One past the deque's back entry.
    @usableFromInline var tail = 0
    /// Sequence number of the next pushed value (= values pushed so far).
    @usableFromInline var pushed = 0
    /// Sequence number of the newest non-finite value pushed, or −1.
    @usableFromInline var lastNonFinite = -1

    @usableFromInline
    init(period: Int) {
        precondition(period > 0, "period must be positive")
        self.period = period
        entries = Array(repeating: Entry(value: 0, sequence: 0), count: 2 * period)
    }

    /// Whether `period` values have been pushed.
    @inlinable var isFull: Bool { pushed >= period }
    /// Whether a non-finite value is inside the window.
    @inlinable var containsNonFinite: Bool { lastNonFinite >= 0 && lastNonFinite > pushed - 1 - period }

    /// The extreme of the finite values in the window (meaningless when there are none).
    @inlinable var extreme: Double { entries[head].value }

    /// How many pushes ago the extreme arrived (0 = the newest value).
    @inlinable var extremeAge: Int { pushed - 1 - entries[head].sequence }

    /// Slides the window by one value.
    @inlinable @inline(__always)
    mutating func push(_ value: Double) {
        let sequence = pushed
        pushed += 1
        let oldestKept = sequence - period + 1
        var head = self.head, tail = self.tail
        entries.withUnsafeMutableBufferPointer { slots in
            if head < tail && slots[head].sequence < oldestKept { head += 1 }
            guard value.isFinite else { return }
            while tail > head && Order.supersedes(value, slots[tail - 1].value) { tail -= 1 }
            if tail == slots.count {
                let live = tail - head
                for index in 0..<live { slots[index] = slots[head + index] }
                head = 0
                tail = live
            }
            slots[tail] = Entry(value: value, sequence: sequence)
            tail += 1
        }
        if !value.isFinite { lastNonFinite = sequence }
        self.head = head
        self.tail = tail
    }

    @inlinable
    mutating func removeAll() {
        head = 0
        tail = 0
        pushed = 0
        lastNonFinite = -1
    }
}

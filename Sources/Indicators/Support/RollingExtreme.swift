/// The maximum or minimum of the last `period` values in O(1) amortized time: a monotonic
/// deque of (sequence number, value) entries.
///
/// Each pushed value removes the entries it dominates from the back of the deque, so the
/// front is always the extreme of the window. Ties keep the newest value, as TA-Lib's
/// `AROON` scan (`>=` for highs, `<=` for lows) does. Non-finite values are not admitted
/// to the deque; they are counted while in the window (`containsNonFinite`).
@usableFromInline
struct RollingExtreme: Sendable {
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
    @usableFromInline let isMaximum: Bool
    /// The deque, a ring of `period` slots.
    @usableFromInline var entries: [Entry]
    /// Slot of the deque's front.
    @usableFromInline var front = 0
    /// Number of entries in the deque.
    @usableFromInline var length = 0
    /// Sequence number of the next pushed value (= values pushed so far).
    @usableFromInline var pushed = 0
    /// Sequence number of the newest non-finite value pushed, or −1.
    @usableFromInline var lastNonFinite = -1

    @usableFromInline
    init(period: Int, isMaximum: Bool) {
        precondition(period > 0, "period must be positive")
        self.period = period
        self.isMaximum = isMaximum
        entries = Array(repeating: Entry(value: 0, sequence: 0), count: period)
    }

    /// Whether `period` values have been pushed.
    @inlinable var isFull: Bool { pushed >= period }
    /// Whether a non-finite value is inside the window.
    @inlinable var containsNonFinite: Bool { lastNonFinite >= 0 && lastNonFinite > pushed - 1 - period }

    /// The extreme of the finite values in the window (meaningless when there are none).
    @inlinable var extreme: Double { entries[front].value }

    /// How many pushes ago the extreme arrived (0 = the newest value).
    @inlinable var extremeAge: Int { pushed - 1 - entries[front].sequence }

    /// Slides the window by one value.
    @inlinable @inline(__always)
    mutating func push(_ value: Double) {
        let sequence = pushed
        pushed += 1
        guard value.isFinite else {
            lastNonFinite = sequence
            expireFront()
            return
        }
        let isMaximum = self.isMaximum, period = self.period
        var front = self.front, length = self.length
        entries.withUnsafeMutableBufferPointer { slots in
            if length > 0 && slots[front].sequence <= sequence - period {
                front += 1
                if front == period { front = 0 }
                length -= 1
            }
            while length > 0 {
                var back = front + length - 1
                if back >= period { back -= period }
                let dominated = isMaximum ? slots[back].value <= value : slots[back].value >= value
                guard dominated else { break }
                length -= 1
            }
            var slot = front + length
            if slot >= period { slot -= period }
            slots[slot] = Entry(value: value, sequence: sequence)
            length += 1
        }
        self.front = front
        self.length = length
    }

    /// Drops the front entry when it has left the window.
    @inlinable
    mutating func expireFront() {
        if length > 0 && entries[front].sequence <= pushed - 1 - period {
            front += 1
            if front == period { front = 0 }
            length -= 1
        }
    }

    @inlinable
    mutating func removeAll() {
        front = 0
        length = 0
        pushed = 0
        lastNonFinite = -1
    }
}

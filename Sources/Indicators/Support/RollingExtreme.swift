/// The maximum or minimum of the last `period` values in O(1) amortized time: a monotonic
/// deque of (sequence number, value) pairs.
///
/// Each pushed value removes the values it dominates from the back of the deque, so the
/// front is always the extreme of the window. Ties keep the newest value, as TA-Lib's
/// `AROON` scan (`>=` for highs, `<=` for lows) does. Non-finite values are not admitted
/// to the deque; they are counted while in the window (`containsNonFinite`).
@usableFromInline
struct RollingExtreme: Sendable {
    @usableFromInline let period: Int
    @usableFromInline let isMaximum: Bool
    @usableFromInline var values: [Double]
    @usableFromInline var sequenceNumbers: [Int]
    /// Slot of the deque's front.
    @usableFromInline var front = 0
    /// Number of entries in the deque.
    @usableFromInline var length = 0
    /// Sequence number of the next pushed value (= values pushed so far).
    @usableFromInline var pushed = 0
    /// Sequence numbers of the non-finite values pushed, in a window-sized ring.
    @usableFromInline var nonFinite: RingBuffer
    @usableFromInline var nonFiniteCount = 0

    @usableFromInline
    init(period: Int, isMaximum: Bool) {
        precondition(period > 0, "period must be positive")
        self.period = period
        self.isMaximum = isMaximum
        values = Array(repeating: 0, count: period)
        sequenceNumbers = Array(repeating: 0, count: period)
        nonFinite = RingBuffer(capacity: period)
    }

    /// Whether `period` values have been pushed.
    @inlinable var isFull: Bool { pushed >= period }
    @inlinable var containsNonFinite: Bool { nonFiniteCount > 0 }

    /// The extreme of the finite values in the window (meaningless when there are none).
    @inlinable var extreme: Double { values[front] }

    /// How many pushes ago the extreme arrived (0 = the newest value).
    @inlinable var extremeAge: Int { pushed - 1 - sequenceNumbers[front] }

    /// Slides the window by one value.
    @inlinable
    mutating func push(_ value: Double) {
        let sequence = pushed
        pushed += 1
        let oldestInWindow = pushed - period
        if length > 0 && sequenceNumbers[front] < oldestInWindow {
            front += 1
            if front == period { front = 0 }
            length -= 1
        }
        if nonFiniteCount > 0 && Int(nonFinite.oldest) < oldestInWindow {
            nonFiniteCount -= 1
            nonFinite.dropOldest()
        }
        guard value.isFinite else {
            nonFinite.push(Double(sequence))
            nonFiniteCount += 1
            return
        }
        while length > 0 {
            var back = front + length - 1
            if back >= period { back -= period }
            let dominated = isMaximum ? values[back] <= value : values[back] >= value
            guard dominated else { break }
            length -= 1
        }
        var slot = front + length
        if slot >= period { slot -= period }
        values[slot] = value
        sequenceNumbers[slot] = sequence
        length += 1
    }

    @inlinable
    mutating func removeAll() {
        front = 0
        length = 0
        pushed = 0
        nonFinite.removeAll()
        nonFiniteCount = 0
    }
}

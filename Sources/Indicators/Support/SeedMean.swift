/// The plain mean of the first `period` inputs: the seed of TA-Lib's exponential smoothings
/// (``ExponentialMovingAverage``, ``AverageTrueRange``'s Wilder smoothing, the stages of
/// ``TillsonMovingAverage``), summed oldest first and divided once, as TA-Lib does. The
/// owner keeps the period and passes it in.
@usableFromInline
struct SeedMean: Sendable {
    @usableFromInline var sum = 0.0
    @usableFromInline var count = 0

    @inlinable
    init() {}

    /// Whether `period` inputs have been taken: the smoothing runs from then on.
    @inlinable @inline(__always)
    func isComplete(_ period: Int) -> Bool { count >= period }

    /// Takes one input while seeding; returns the mean when it is the `period`-th, else `nil`.
    ///
    /// - Precondition: fewer than `period` inputs were taken.
    @inlinable @inline(__always)
    mutating func add(_ value: Double, period: Int) -> Double? {
        count += 1
        sum += value
        return count == period ? sum / Double(period) : nil
    }

    /// Forgets every input taken.
    @inlinable
    mutating func reset() {
        sum = 0
        count = 0
    }
}

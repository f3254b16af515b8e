/// The simple moving average: the arithmetic mean of the last `period` values (TA-Lib `SMA`).
///
/// `SMA(t) = (x(t) + x(t−1) + … + x(t−period+1)) / period`
///
/// Warm-up: `period` values (TA-Lib lookback `period − 1`). The window sum is updated in O(1)
/// and recomputed exactly every `period` updates, so it does not drift over long runs. A
/// non-finite input makes the `period` outputs whose window contains it NaN.
public struct SimpleMovingAverage: Indicator {
    /// The number of values averaged.
    public let period: Int
    @usableFromInline var window: RollingSum
    @usableFromInline let divisor: Double

    /// Creates an SMA over `period` values.
    ///
    /// - Parameter period: the window length; TA-Lib accepts 1…100 000 (1 is the identity).
    /// - Precondition: `period > 0`.
    public init(period: Int = 30) {
        precondition(period > 0, "SimpleMovingAverage period must be positive")
        self.period = period
        window = RollingSum(capacity: period)
        divisor = Double(period)
    }

    /// `period`: the values consumed up to and including the first output.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` values have been seen.
    @inlinable public var isReady: Bool { window.isFull }

    /// Consumes one value; returns the mean of the last `period` values once warmed up.
    #if compiler(>=6.3)
    @inline(always)  // see RollingSum.push(_:)
    #else
    @inline(__always)
    #endif
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        window.push(value)
        guard window.isFull else { return nil }
        return window.containsNonFinite ? .nan : window.sum / divisor
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() { window.removeAll() }
}

/// TA-Lib's name for ``SimpleMovingAverage``.
public typealias SMA = SimpleMovingAverage

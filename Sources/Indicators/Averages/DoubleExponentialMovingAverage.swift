/// Mulloy's double exponential moving average (TA-Lib `DEMA`).
///
/// `DEMA = 2 · EMA(x) − EMA(EMA(x))`, both EMAs seeded as TA-Lib's (the second one by the
/// mean of the first `period` outputs of the first). Warm-up: `2 · period − 1` values (TA-Lib
/// lookback `2 · (period − 1)`). A non-finite input makes every later output NaN until `reset()`.
public struct DoubleExponentialMovingAverage: Indicator {
    /// The period of both EMAs.
    public let period: Int
    @usableFromInline var first: ExponentialMovingAverage
    @usableFromInline var second: ExponentialMovingAverage

    /// Creates a DEMA.
    ///
    /// - Parameter period: TA-Lib accepts 1…100 000 (1 is the identity).
    /// - Precondition: `period > 0`.
    public init(period: Int = 30) {
        self.period = period
        first = ExponentialMovingAverage(period: period)
        second = ExponentialMovingAverage(period: period)
    }

    /// `2 · period − 1` values.
    @inlinable public var warmUpPeriod: Int { 2 * period - 1 }
    /// Whether the second EMA is warmed up.
    @inlinable public var isReady: Bool { second.isReady }

    /// Consumes one value; returns the DEMA once warmed up.
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        guard let single = first.update(value), let double = second.update(single) else { return nil }
        return 2 * single - double
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() {
        first.reset()
        second.reset()
    }
}

/// TA-Lib's name for ``DoubleExponentialMovingAverage``.
public typealias DEMA = DoubleExponentialMovingAverage

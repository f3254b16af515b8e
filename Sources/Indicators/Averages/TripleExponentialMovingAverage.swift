/// Mulloy's triple exponential moving average (TA-Lib `TEMA`).
///
/// `TEMA = 3 · EMA1 − 3 · EMA2 + EMA3` with `EMA2 = EMA(EMA1)` and `EMA3 = EMA(EMA2)`, each
/// seeded as TA-Lib's. Warm-up: `3 · period − 2` values (TA-Lib lookback `3 · (period − 1)`).
/// A non-finite input makes every later output NaN until `reset()`.
public struct TripleExponentialMovingAverage: Indicator {
    /// The period of the three EMAs.
    public let period: Int
    @usableFromInline var first: ExponentialMovingAverage
    @usableFromInline var second: ExponentialMovingAverage
    @usableFromInline var third: ExponentialMovingAverage

    /// Creates a TEMA.
    ///
    /// - Parameter period: TA-Lib accepts 1…100 000 (1 is the identity).
    /// - Precondition: `period > 0`.
    public init(period: Int = 30) {
        self.period = period
        first = ExponentialMovingAverage(period: period)
        second = ExponentialMovingAverage(period: period)
        third = ExponentialMovingAverage(period: period)
    }

    /// `3 · period − 2` values.
    @inlinable public var warmUpPeriod: Int { 3 * period - 2 }
    /// Whether the third EMA is warmed up.
    @inlinable public var isReady: Bool { third.isReady }

    /// Consumes one value; returns the TEMA once warmed up.
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        guard let e1 = first.update(value), let e2 = second.update(e1), let e3 = third.update(e2) else { return nil }
        return e3 + (3 * e1 - 3 * e2)
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() {
        first.reset()
        second.reset()
        third.reset()
    }
}

/// TA-Lib's name for ``TripleExponentialMovingAverage``.
public typealias TEMA = TripleExponentialMovingAverage

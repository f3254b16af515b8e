/// Tillson's T3 moving average (TA-Lib `T3`): a six-fold EMA chain combined with weights from
/// the volume factor `v`.
///
/// With `e1 … e6` chained EMAs of `period` (each seeded by the mean of its first `period`
/// inputs) and `a = v`: `T3 = c1·e6 + c2·e5 + c3·e4 + c4·e3`, `c1 = −a³`, `c2 = 3a² + 3a³`,
/// `c3 = −6a² − 3a − 3a³`, `c4 = 1 + 3a + a³ + 3a²` (`ta_T3.c`), evaluated as TA-Lib 0.8's FMA
/// build does (`fma(c4, e3, fma(c3, e4, fma(c1, e6, c2·e5)))`, each EMA step fused too; see
/// `TillsonStage`), so the values are TA-Lib's to the bit. Warm-up: `6 · (period − 1) + 1`
/// values. A non-finite input makes every later output NaN until `reset()`.
public struct TillsonMovingAverage: Indicator {
    /// The period of each EMA.
    public let period: Int
    /// The volume factor `v` (0 gives a triple EMA, 1 a "generalized DEMA" squared).
    public let volumeFactor: Double
    @usableFromInline var e1, e2, e3, e4, e5, e6: TillsonStage
    @usableFromInline let c1, c2, c3, c4: Double

    /// Creates a T3.
    ///
    /// - Parameters:
    ///   - period: TA-Lib accepts 1…100 000.
    ///   - volumeFactor: TA-Lib accepts 0…1; the default is 0.7.
    /// - Precondition: `period > 0`.
    public init(period: Int = 5, volumeFactor: Double = 0.7) {
        precondition(period > 0, "TillsonMovingAverage period must be positive")
        self.period = period
        self.volumeFactor = volumeFactor
        let ema = TillsonStage(period: period)
        (e1, e2, e3, e4, e5, e6) = (ema, ema, ema, ema, ema, ema)
        let squared = volumeFactor * volumeFactor
        c1 = -squared * volumeFactor
        c2 = 3 * (squared - c1)
        c3 = -6 * squared - 3 * (volumeFactor - c1)
        c4 = 1 + 3 * volumeFactor - c1 + 3 * squared
    }

    /// `6 · (period − 1) + 1` values.
    @inlinable public var warmUpPeriod: Int { 6 * (period - 1) + 1 }
    /// Whether the sixth EMA is warmed up.
    @inlinable public var isReady: Bool { e6.isReady }

    /// Consumes one value; returns the T3 once warmed up.
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        guard let a = e1.update(value), let b = e2.update(a), let c = e3.update(b),
              let d = e4.update(c), let e = e5.update(d), let f = e6.update(e) else { return nil }
        return (c2 * e).addingProduct(c1, f).addingProduct(c3, d).addingProduct(c4, c)
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() {
        e1.reset()
        e2.reset()
        e3.reset()
        e4.reset()
        e5.reset()
        e6.reset()
    }
}

/// TA-Lib's name for ``TillsonMovingAverage``.
public typealias T3 = TillsonMovingAverage

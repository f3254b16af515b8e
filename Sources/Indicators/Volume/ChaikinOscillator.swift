import TradingCore

/// Chaikin's A/D oscillator (TA-Lib `ADOSC`): a fast EMA minus a slow EMA of the
/// accumulation/distribution line.
///
/// As in `ta_ADOSC.c`, both EMAs start at the first A/D value (not at a mean) and update as
/// `ema = k · ad + (1 − k) · ema` with `k = 2 / (period + 1)`, fused as TA-Lib 0.8's FMA build
/// computes it (`fma(1 − k, ema, k · ad)`), so the values are TA-Lib's to the bit; the first
/// output comes at bar
/// `max(fast, slow)`. Warm-up: `max(fast, slow)` bars. A non-finite field makes every later
/// output NaN until `reset()`.
public struct ChaikinOscillator: Indicator {
    /// The fast EMA period.
    public let fastPeriod: Int
    /// The slow EMA period.
    public let slowPeriod: Int
    @usableFromInline var line = AccumulationDistribution()
    @usableFromInline var fast = 0.0
    @usableFromInline var slow = 0.0
    @usableFromInline let fastFactor: Double
    @usableFromInline let slowFactor: Double
    @usableFromInline var seen = 0

    /// Creates a Chaikin oscillator.
    ///
    /// - Parameters:
    ///   - fastPeriod: TA-Lib accepts 2…100 000; default 3.
    ///   - slowPeriod: TA-Lib accepts 2…100 000; default 10. Not swapped when smaller.
    /// - Precondition: both periods are positive.
    public init(fastPeriod: Int = 3, slowPeriod: Int = 10) {
        precondition(fastPeriod > 0 && slowPeriod > 0, "ChaikinOscillator periods must be positive")
        self.fastPeriod = fastPeriod
        self.slowPeriod = slowPeriod
        fastFactor = 2 / Double(fastPeriod + 1)
        slowFactor = 2 / Double(slowPeriod + 1)
    }

    /// `max(fast, slow)` bars.
    @inlinable public var warmUpPeriod: Int { Swift.max(fastPeriod, slowPeriod) }
    /// Whether the warm-up is complete.
    @inlinable public var isReady: Bool { seen >= warmUpPeriod }

    /// Consumes one bar; returns the oscillator once warmed up.
    @inlinable
    public mutating func update(_ bar: Bar) -> Double? {
        let ad = line.update(bar) ?? .nan
        if seen == 0 {
            fast = ad
            slow = ad
        } else {
            fast = (fastFactor * ad).addingProduct(1 - fastFactor, fast)
            slow = (slowFactor * ad).addingProduct(1 - slowFactor, slow)
        }
        if seen < warmUpPeriod { seen += 1 }
        return seen >= warmUpPeriod ? fast - slow : nil
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        line.reset()
        fast = 0
        slow = 0
        seen = 0
    }
}

/// TA-Lib's name for ``ChaikinOscillator``.
public typealias ADOSC = ChaikinOscillator

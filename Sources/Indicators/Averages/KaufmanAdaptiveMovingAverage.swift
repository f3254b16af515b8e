/// Kaufman's adaptive moving average (TA-Lib `KAMA`): an EMA whose smoothing follows the
/// market's efficiency ratio.
///
/// With `ER = |x(t) − x(t−period)| / Σ_{i=t−period+1}^{t} |x(i) − x(i−1)|` (1 when the path is
/// monotonically rising or flat — TA-Lib's `sum ≤ change` and `sum == 0` tests) and
/// `sc = (ER · (2/3 − 2/31) + 2/31)²`, `KAMA(t) = (x(t) − KAMA(t−1)) · sc + KAMA(t−1)`, started
/// from `KAMA = x(period−1)` as in `ta_KAMA.c`; both multiply-adds fused, as in TA-Lib 0.8's
/// FMA build, so the values are TA-Lib's to the bit. Warm-up: `period + 1` values (TA-Lib lookback
/// `period`); `period == 1` is the identity from the first value, as in TA-Lib. A non-finite
/// input makes every later output NaN until `reset()`.
public struct KaufmanAdaptiveMovingAverage: Indicator {
    /// The efficiency-ratio window.
    public let period: Int
    @usableFromInline var history: RingBuffer
    @usableFromInline var pathLength: RollingSum
    @usableFromInline var average = 0.0
    @usableFromInline var seen = 0

    @usableFromInline static let slowest = 2.0 / 31.0
    @usableFromInline static let range = 2.0 / 3.0 - 2.0 / 31.0

    /// Creates a KAMA.
    ///
    /// - Parameter period: TA-Lib accepts 1…100 000.
    /// - Precondition: `period > 0`.
    public init(period: Int = 30) {
        precondition(period > 0, "KaufmanAdaptiveMovingAverage period must be positive")
        self.period = period
        history = RingBuffer(capacity: period)
        pathLength = RollingSum(capacity: period)
    }

    /// `period + 1` values (1 for `period == 1`).
    @inlinable public var warmUpPeriod: Int { period == 1 ? 1 : period + 1 }
    /// Whether the warm-up is complete.
    @inlinable public var isReady: Bool { seen >= warmUpPeriod }

    /// Consumes one value; returns the adaptive average once warmed up.
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        seen += 1
        if period == 1 { return value }
        if history.count > 0 { pathLength.push(Swift.abs(value - history.element(age: 0))) }
        if seen <= period {
            history.push(value)
            return nil
        }
        if seen == period + 1 { average = history.element(age: 0) }
        let change = value - history.oldest
        history.push(value)
        let sum = pathLength.containsNonFinite ? Double.nan : pathLength.sum
        let efficiency = sum <= change || TALibThresholds.isZero(sum) ? 1 : Swift.abs(change / sum)
        var smoothing = Self.slowest.addingProduct(efficiency, Self.range)
        smoothing *= smoothing
        average = average.addingProduct(value - average, smoothing)
        return average
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() {
        history.removeAll()
        pathLength.removeAll()
        average = 0
        seen = 0
    }
}

/// TA-Lib's name for ``KaufmanAdaptiveMovingAverage``.
public typealias KAMA = KaufmanAdaptiveMovingAverage

/// The exponential moving average, seeded like TA-Lib's `EMA`.
///
/// With `k = 2 / (period + 1)`, the first output is the simple mean of the first `period`
/// values and every later one is `EMA(t) = (x(t) − EMA(t−1)) · k + EMA(t−1)` — TA-Lib's
/// default (unstable period 0, `TA_COMPATIBILITY_DEFAULT`), in its operation order and fused
/// as TA-Lib 0.8's FMA build computes it (`fma(x − EMA, k, EMA)`; TA-Lib picks that build at
/// load time on x86-64 v3 CPUs), so the values are TA-Lib's to the bit.
///
/// Warm-up: `period` values (TA-Lib lookback `period − 1`). The average depends on every
/// value since the start, so a non-finite input makes all later outputs NaN, as in TA-Lib;
/// call `reset()` to recover.
public struct ExponentialMovingAverage: Indicator {
    /// The period that sets the smoothing factor and the seed length.
    public let period: Int
    /// The smoothing factor `k`, `2 / (period + 1)` unless given explicitly.
    public let smoothing: Double
    @usableFromInline var seed = SeedMean()
    @usableFromInline var average = 0.0

    /// Creates an EMA with TA-Lib's smoothing factor `2 / (period + 1)`.
    ///
    /// - Parameter period: seed length and smoothing period; TA-Lib accepts 1…100 000.
    /// - Precondition: `period > 0`.
    public init(period: Int = 30) {
        self.init(period: period, smoothing: 2 / Double(period + 1))
    }

    /// Creates an EMA seeded by the mean of the first `period` values with an explicit
    /// smoothing factor (Wilder's smoothing is `smoothing: 1 / period`).
    ///
    /// - Precondition: `period > 0` and `0 < smoothing <= 1`.
    public init(period: Int, smoothing: Double) {
        precondition(period > 0, "ExponentialMovingAverage period must be positive")
        precondition(smoothing > 0 && smoothing <= 1, "smoothing factor must lie in (0, 1]")
        self.period = period
        self.smoothing = smoothing
    }

    /// `period`: the values consumed up to and including the first output.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` values have been seen.
    @inlinable public var isReady: Bool { seed.isComplete(period) }
    /// The last output, or `nil` while warming up.
    @inlinable public var value: Double? { isReady ? average : nil }

    /// Consumes one value; returns the moving average once warmed up.
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        if seed.isComplete(period) {
            average = average.addingProduct(value - average, smoothing)
            return average
        }
        guard let mean = seed.add(value, period: period) else { return nil }
        average = mean
        return average
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() {
        seed.reset()
        average = 0
    }
}

/// TA-Lib's name for ``ExponentialMovingAverage``.
public typealias EMA = ExponentialMovingAverage

import TradingCore

/// Wilder's average true range (TA-Lib `ATR`).
///
/// The first output is the mean of the first `period` true ranges (bars 2…period+1); after
/// that Wilder's smoothing `ATR(t) = (ATR(t−1) · (period − 1) + TR(t)) / period`, evaluated as
/// TA-Lib 0.8 does: `ATR · ((period − 1)/period) + TR · (1 − (period − 1)/period)`, with the
/// product on the dependency chain rounded on its own. TA-Lib's FMA build (which it picks at
/// load time on x86-64 CPUs with FMA) fuses that multiply-add; fusing it here would make a
/// default Swift build call libm's `fma` on every update and triple the array kernel's time
/// (see BENCHMARKS.md, "TA-Lib bit-exactness"), so the values are within one rounding per
/// step of that build (a few 1e-15 relative, longer periods more) rather than identical to it.
/// `period == 1` gives the true range itself.
///
/// Warm-up: `period + 1` bars (TA-Lib lookback `period`, default unstable period 0). The
/// smoothing depends on every bar since the start, so a non-finite field makes all later
/// outputs NaN, as in TA-Lib; call `reset()` to recover.
public struct AverageTrueRange: Indicator {
    /// The smoothing period.
    public let period: Int
    @usableFromInline var trueRange = TrueRange()
    @usableFromInline var seed = SeedMean()
    @usableFromInline var average = 0.0
    /// `(period − 1) / period` and `1 − (period − 1) / period`.
    @usableFromInline let retained: Double
    @usableFromInline let share: Double

    /// Creates an ATR.
    ///
    /// - Parameter period: TA-Lib accepts 1…100 000; the default is TA-Lib's 14.
    /// - Precondition: `period > 0`.
    public init(period: Int = 14) {
        precondition(period > 0, "AverageTrueRange period must be positive")
        self.period = period
        retained = Double(period - 1) / Double(period)
        share = 1 - retained
    }

    /// `period + 1` bars.
    @inlinable public var warmUpPeriod: Int { period + 1 }
    /// Whether `period` true ranges have been seen.
    @inlinable public var isReady: Bool { seed.isComplete(period) }

    /// Consumes one bar; returns the average true range once warmed up.
    @inlinable
    public mutating func update(_ bar: Bar) -> Double? {
        guard let range = trueRange.update(bar) else { return nil }
        if seed.isComplete(period) {
            average = average * retained + range * share
            return average
        }
        guard let mean = seed.add(range, period: period) else { return nil }
        average = mean
        return average
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        trueRange.reset()
        seed.reset()
        average = 0
    }
}

/// TA-Lib's name for ``AverageTrueRange``.
public typealias ATR = AverageTrueRange

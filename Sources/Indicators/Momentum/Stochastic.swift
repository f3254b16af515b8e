import TradingCore

/// Lane's slow stochastic oscillator (TA-Lib `STOCH`).
///
/// `fastK = 100 · (close − lowest low) / (highest high − lowest low)` over `fastKPeriod` bars
/// including the current one (0 when the range is 0, as TA-Lib), `slowK = MA(fastK,
/// slowKPeriod)`, `slowD = MA(slowK, slowDPeriod)` with selectable average types. Warm-up:
/// `fastKPeriod` plus the two averages' lookbacks. Non-finite input follows the averages.
public struct Stochastic: Indicator {
    /// `%K` and `%D` of the slow stochastic at one bar.
    public struct Output: Hashable, Sendable {
        /// The smoothed `%K`.
        public var slowK: Double
        /// The smoothed `%K`, smoothed again.
        public var slowD: Double

        /// Creates an output from its values.
        @inlinable
        public init(slowK: Double, slowD: Double) {
            self.slowK = slowK
            self.slowD = slowD
        }
    }

    @usableFromInline var fastK: StochasticRange
    @usableFromInline var slowK: MovingAverage
    @usableFromInline var slowD: MovingAverage

    /// Creates a slow stochastic.
    ///
    /// - Parameters:
    ///   - fastKPeriod: bars in the high–low range; TA-Lib accepts 1…100 000, default 5.
    ///   - slowKPeriod: `%K` smoothing; TA-Lib accepts 1…100 000, default 3.
    ///   - slowKType: `%K` average type, default SMA.
    ///   - slowDPeriod: `%D` smoothing; TA-Lib accepts 1…100 000, default 3.
    ///   - slowDType: `%D` average type, default SMA.
    /// - Precondition: every period is positive.
    public init(
        fastKPeriod: Int = 5, slowKPeriod: Int = 3, slowKType: MovingAverageType = .simple,
        slowDPeriod: Int = 3, slowDType: MovingAverageType = .simple
    ) {
        fastK = StochasticRange(period: fastKPeriod)
        slowK = MovingAverage(slowKType, period: slowKPeriod)
        slowD = MovingAverage(slowDType, period: slowDPeriod)
    }

    /// `fastKPeriod` + the `%K` and `%D` averages' lookbacks.
    @inlinable public var warmUpPeriod: Int { fastK.period + slowK.warmUpPeriod - 1 + slowD.warmUpPeriod - 1 }
    /// Whether `%D` is warmed up.
    @inlinable public var isReady: Bool { slowD.isReady }

    /// Consumes one bar; returns slow `%K` and `%D` once warmed up.
    @inlinable @inline(__always)
    public mutating func update(_ bar: Bar) -> Output? {
        guard let k = fastK.update(bar), let smoothedK = slowK.update(k), let d = slowD.update(smoothedK) else { return nil }
        return Output(slowK: smoothedK, slowD: d)
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        fastK.reset()
        slowK.reset()
        slowD.reset()
    }
}

/// TA-Lib's name for ``Stochastic``.
public typealias STOCH = Stochastic

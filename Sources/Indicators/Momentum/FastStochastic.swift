import TradingCore

/// Lane's fast stochastic oscillator (TA-Lib `STOCHF`).
///
/// `fastK = 100 · (close − lowest low) / (highest high − lowest low)` over `fastKPeriod` bars
/// including the current one (0 when the range is 0), `fastD = MA(fastK, fastDPeriod)`.
/// Both outputs start together, once `fastD` is ready. Warm-up: `fastKPeriod` plus the
/// average's lookback. Non-finite input follows the average.
public struct FastStochastic: Indicator {
    /// `%K` and `%D` of the fast stochastic at one bar.
    public struct Output: Hashable, Sendable {
        /// The raw `%K`.
        public var fastK: Double
        /// The smoothed `%K`.
        public var fastD: Double

        /// Creates an output from its values.
        @inlinable
        public init(fastK: Double, fastD: Double) {
            self.fastK = fastK
            self.fastD = fastD
        }
    }

    @usableFromInline var fastK: StochasticRange
    @usableFromInline var fastD: MovingAverage

    /// Creates a fast stochastic.
    ///
    /// - Parameters:
    ///   - fastKPeriod: bars in the high–low range; TA-Lib accepts 1…100 000, default 5.
    ///   - fastDPeriod: `%D` smoothing; TA-Lib accepts 1…100 000, default 3.
    ///   - fastDType: `%D` average type, default SMA.
    /// - Precondition: both periods are positive.
    public init(fastKPeriod: Int = 5, fastDPeriod: Int = 3, fastDType: MovingAverageType = .simple) {
        fastK = StochasticRange(period: fastKPeriod)
        fastD = MovingAverage(fastDType, period: fastDPeriod)
    }

    /// `fastKPeriod` + the `%D` average's lookback.
    @inlinable public var warmUpPeriod: Int { fastK.period + fastD.warmUpPeriod - 1 }
    /// Whether `%D` is warmed up.
    @inlinable public var isReady: Bool { fastD.isReady }

    /// Consumes one bar; returns `%K` and `%D` once warmed up.
    @inlinable @inline(__always)
    public mutating func update(_ bar: Bar) -> Output? {
        guard let k = fastK.update(bar), let d = fastD.update(k) else { return nil }
        return Output(fastK: k, fastD: d)
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        fastK.reset()
        fastD.reset()
    }
}

/// TA-Lib's name for ``FastStochastic``.
public typealias STOCHF = FastStochastic

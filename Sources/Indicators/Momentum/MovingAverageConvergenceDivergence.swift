/// Appel's moving-average convergence/divergence (TA-Lib `MACD`).
///
/// `macd = EMA(fast) − EMA(slow)`, `signal = EMA(signal)` of `macd`, `histogram = macd − signal`.
/// As in `ta_MACD.c`, the fast EMA is aligned with the slow one: it starts `slow − fast` values
/// later, so both are seeded by means ending at value `slow − 1`; and TA-Lib swaps the periods
/// when `fast > slow`. Warm-up: `slow + signal − 1` values (TA-Lib lookback
/// `slow − 1 + signal − 1`). A non-finite input makes every later output NaN until `reset()`.
public struct MovingAverageConvergenceDivergence: Indicator {
    /// The three MACD lines at one bar.
    public struct Output: Hashable, Sendable {
        /// `EMA(fast) − EMA(slow)`.
        public var macd: Double
        /// The EMA of `macd`.
        public var signal: Double
        /// `macd − signal`.
        public var histogram: Double

        /// Creates an output from its values.
        @inlinable
        public init(macd: Double, signal: Double, histogram: Double) {
            self.macd = macd
            self.signal = signal
            self.histogram = histogram
        }
    }

    /// The shorter EMA period (after TA-Lib's swap).
    public let fastPeriod: Int
    /// The longer EMA period (after TA-Lib's swap).
    public let slowPeriod: Int
    /// The signal EMA period.
    public let signalPeriod: Int
    @usableFromInline var fast: ExponentialMovingAverage
    @usableFromInline var slow: ExponentialMovingAverage
    @usableFromInline var signal: ExponentialMovingAverage
    @usableFromInline var seen = 0

    /// Creates a MACD.
    ///
    /// - Parameters:
    ///   - fastPeriod: TA-Lib accepts 2…100 000; default 12.
    ///   - slowPeriod: TA-Lib accepts 2…100 000; default 26. Swapped with `fastPeriod` when smaller.
    ///   - signalPeriod: TA-Lib accepts 1…100 000; default 9.
    /// - Precondition: every period is positive.
    public init(fastPeriod: Int = 12, slowPeriod: Int = 26, signalPeriod: Int = 9) {
        precondition(fastPeriod > 0 && slowPeriod > 0 && signalPeriod > 0, "MACD periods must be positive")
        self.fastPeriod = Swift.min(fastPeriod, slowPeriod)
        self.slowPeriod = Swift.max(fastPeriod, slowPeriod)
        self.signalPeriod = signalPeriod
        fast = ExponentialMovingAverage(period: self.fastPeriod)
        slow = ExponentialMovingAverage(period: self.slowPeriod)
        signal = ExponentialMovingAverage(period: signalPeriod)
    }

    /// `slow + signal − 1` values.
    @inlinable public var warmUpPeriod: Int { slowPeriod + signalPeriod - 1 }
    /// Whether the signal line is warmed up.
    @inlinable public var isReady: Bool { signal.isReady }

    /// Consumes one value; returns the three lines once warmed up.
    @inlinable
    public mutating func update(_ value: Double) -> Output? {
        seen += 1
        let fastValue = seen > slowPeriod - fastPeriod ? fast.update(value) : nil
        guard let slowValue = slow.update(value), let fastValue else { return nil }
        let macd = fastValue - slowValue
        guard let signalValue = signal.update(macd) else { return nil }
        return Output(macd: macd, signal: signalValue, histogram: macd - signalValue)
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() {
        fast.reset()
        slow.reset()
        signal.reset()
        seen = 0
    }
}

/// The term-of-art name for ``MovingAverageConvergenceDivergence``.
public typealias MACD = MovingAverageConvergenceDivergence

import TradingCore

/// The Keltner channel in Raschke's modern form: an EMA of the close with bands a multiple of
/// the average true range away.
///
/// `middle = EMA(close, period)`, `upper = middle + multiplier · ATR(atrPeriod)`,
/// `lower = middle − multiplier · ATR(atrPeriod)`; defaults EMA(20) ± 2 × ATR(10). The EMA and
/// ATR are TradingKit's ``ExponentialMovingAverage`` and ``AverageTrueRange`` (TA-Lib's to the
/// bit, and within 1e-14 relative of its FMA build, respectively).
/// Warm-up: `max(period, atrPeriod + 1)` bars. A non-finite field makes every later output
/// NaN until `reset()` (both parts are recursive).
public struct KeltnerChannel: Indicator {
    /// The channel at one bar.
    public struct Output: Hashable, Sendable {
        /// `middle + multiplier · ATR`.
        public var upper: Double
        /// The EMA of the close.
        public var middle: Double
        /// `middle − multiplier · ATR`.
        public var lower: Double

        /// Creates an output from its values.
        @inlinable
        public init(upper: Double, middle: Double, lower: Double) {
            self.upper = upper
            self.middle = middle
            self.lower = lower
        }
    }

    /// The EMA period of the middle line.
    public var period: Int { average.period }
    /// The ATR period of the band width.
    public var atrPeriod: Int { range.period }
    /// The number of ATRs between the middle line and each band.
    public let multiplier: Double
    @usableFromInline var average: ExponentialMovingAverage
    @usableFromInline var range: AverageTrueRange

    /// Creates a Keltner channel.
    ///
    /// - Parameters:
    ///   - period: EMA period; default 20.
    ///   - atrPeriod: ATR period; default 10.
    ///   - multiplier: ATRs per band; default 2.
    /// - Precondition: both periods are positive.
    public init(period: Int = 20, atrPeriod: Int = 10, multiplier: Double = 2) {
        average = ExponentialMovingAverage(period: period)
        range = AverageTrueRange(period: atrPeriod)
        self.multiplier = multiplier
    }

    /// `max(period, atrPeriod + 1)` bars.
    @inlinable public var warmUpPeriod: Int { Swift.max(average.warmUpPeriod, range.warmUpPeriod) }
    /// Whether both the EMA and the ATR are warmed up.
    @inlinable public var isReady: Bool { average.isReady && range.isReady }

    /// Consumes one bar; returns the channel once warmed up.
    @inlinable
    public mutating func update(_ bar: Bar) -> Output? {
        let middle = average.update(bar.close)
        guard let width = range.update(bar), let middle else { return nil }
        let offset = multiplier * width
        return Output(upper: middle + offset, middle: middle, lower: middle - offset)
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        average.reset()
        range.reset()
    }
}

/// The percentage price oscillator (TA-Lib `PPO`): the gap between a fast and a slow moving
/// average in percent of the slow one.
///
/// `PPO = (MA(fast) − MA(slow)) / MA(slow) · 100`, 0 when `|MA(slow)| < 1e-14` (TA-Lib 0.8); the
/// average type is selectable. As in TA-Lib's `INT_PO`, the periods are swapped when
/// `fast > slow`, and both averages run from the first value (unlike ``MACD``, whose fast EMA
/// TA-Lib starts late). Warm-up: that of `MA(slow)`. Non-finite input follows the chosen average.
public struct PercentagePriceOscillator: Indicator {
    /// The shorter period (after TA-Lib's swap).
    public let fastPeriod: Int
    /// The longer period (after TA-Lib's swap).
    public let slowPeriod: Int
    /// The moving-average type of both averages.
    public let averageType: MovingAverageType
    @usableFromInline var fast: MovingAverage
    @usableFromInline var slow: MovingAverage

    /// Creates a PPO.
    ///
    /// - Parameters:
    ///   - fastPeriod: TA-Lib accepts 2…100 000; default 12.
    ///   - slowPeriod: TA-Lib accepts 2…100 000; default 26.
    ///   - averageType: default ``MovingAverageType/exponential``, the default of TA-Lib's
    ///     Python package (0.6+); the C library's own default is SMA.
    /// - Precondition: both periods are positive.
    public init(fastPeriod: Int = 12, slowPeriod: Int = 26, averageType: MovingAverageType = .exponential) {
        precondition(fastPeriod > 0 && slowPeriod > 0, "PPO periods must be positive")
        self.fastPeriod = Swift.min(fastPeriod, slowPeriod)
        self.slowPeriod = Swift.max(fastPeriod, slowPeriod)
        self.averageType = averageType
        fast = MovingAverage(averageType, period: self.fastPeriod)
        slow = MovingAverage(averageType, period: self.slowPeriod)
    }

    /// The slow average's warm-up.
    @inlinable public var warmUpPeriod: Int { slow.warmUpPeriod }
    /// Whether the slow average is warmed up.
    @inlinable public var isReady: Bool { slow.isReady }

    /// Consumes one value; returns the oscillator once warmed up.
    #if compiler(>=6.3)
    @inline(always)  // otherwise an out-of-line call per update; see RollingSum.push(_:)
    #else
    @inline(__always)
    #endif
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        let fastValue = fast.update(value)
        guard let slowValue = slow.update(value), let fastValue else { return nil }
        return TALibThresholds.isNearZero(slowValue) ? 0 : ((fastValue - slowValue) / slowValue) * 100
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() {
        fast.reset()
        slow.reset()
    }
}

/// TA-Lib's name for ``PercentagePriceOscillator``.
public typealias PPO = PercentagePriceOscillator

import TradingCore

/// Williams' %R (TA-Lib `WILLR`), −100…0.
///
/// `%R = −100 · (highest high − close) / (highest high − lowest low)` over `period` bars
/// including the current one, in TA-Lib 0.8's arithmetic (`−100 · ((HH − C) / (HH − LL))`), 0 when
/// the range is 0. Warm-up: `period` bars. A non-finite field makes the outputs whose window
/// contains it NaN.
public struct WilliamsPercentRange: Indicator {
    /// The window length.
    public let period: Int
    @usableFromInline var range: RollingRange

    /// Creates a Williams %R.
    ///
    /// - Parameter period: TA-Lib accepts 2…100 000 (1 is accepted here); default 14.
    /// - Precondition: `period > 0`.
    public init(period: Int = 14) {
        precondition(period > 0, "WilliamsPercentRange period must be positive")
        self.period = period
        range = RollingRange(period: period)
    }

    /// `period` bars.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` bars have been seen.
    @inlinable public var isReady: Bool { range.isFull }

    /// Consumes one bar; returns %R once warmed up.
    @inlinable @inline(__always)
    public mutating func update(_ bar: Bar) -> Double? {
        guard range.push(bar) else { return nil }
        guard !range.containsNonFinite, bar.close.isFinite else { return .nan }
        // Zero within TA-Lib 0.8's dead-zone, as for the stochastic (`StochasticRange`).
        let width = range.high - range.low
        guard !TALibThresholds.isZeroScaled(width, scale: abs(range.high) + abs(range.low)) else { return 0 }
        return -100 * ((range.high - bar.close) / width)
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        range.removeAll()
    }
}

/// TA-Lib's name for ``WilliamsPercentRange``.
public typealias WILLR = WilliamsPercentRange

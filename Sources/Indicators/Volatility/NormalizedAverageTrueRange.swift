import TradingCore

/// The average true range as a percentage of the close (TA-Lib `NATR`).
///
/// `NATR = ATR / close · 100`, 0 when the close is 0. With `period == 1` TA-Lib
/// returns the plain true range, not normalized, and so does this type. Warm-up:
/// `period + 1` bars. Non-finite input follows ``AverageTrueRange``.
public struct NormalizedAverageTrueRange: Indicator {
    /// The ATR period.
    public var period: Int { average.period }
    @usableFromInline var average: AverageTrueRange

    /// Creates the indicator.
    ///
    /// - Parameter period: TA-Lib accepts 1…100 000; default 14.
    /// - Precondition: `period > 0`.
    public init(period: Int = 14) {
        average = AverageTrueRange(period: period)
    }

    /// `period + 1` bars.
    @inlinable public var warmUpPeriod: Int { average.warmUpPeriod }
    /// Whether the ATR is warmed up.
    @inlinable public var isReady: Bool { average.isReady }

    /// Consumes one bar; returns the normalized ATR once warmed up.
    @inlinable
    public mutating func update(_ bar: Bar) -> Double? {
        guard let range = average.update(bar) else { return nil }
        if average.period == 1 { return range }
        return TALibThresholds.isZero(bar.close) ? 0 : (range / bar.close) * 100
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() { average.reset() }
}

/// TA-Lib's name for ``NormalizedAverageTrueRange``.
public typealias NATR = NormalizedAverageTrueRange

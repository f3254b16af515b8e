import TradingCore

/// Wilder's true range (TA-Lib `TRANGE`): the bar's range widened to include a gap from the
/// previous close.
///
/// `TR(t) = max(high(t) − low(t), |high(t) − close(t−1)|, |low(t) − close(t−1)|)`
///
/// Warm-up: 2 bars (TA-Lib lookback 1 — the first bar has no previous close). A non-finite
/// field makes the outputs that use it NaN.
public struct TrueRange: Indicator {
    @usableFromInline var previousClose = Double.nan
    @usableFromInline var seen = 0

    /// Creates a true-range indicator.
    public init() {}

    /// 2: the first bar only provides a previous close.
    @inlinable public var warmUpPeriod: Int { 2 }
    /// Whether two bars have been seen.
    @inlinable public var isReady: Bool { seen >= 2 }

    /// The true range of a bar given the previous close (TA-Lib's comparison order).
    @inlinable
    public static func trueRange(high: Double, low: Double, previousClose: Double) -> Double {
        guard high.isFinite, low.isFinite, previousClose.isFinite else { return .nan }
        var greatest = high - low
        let upGap = Swift.abs(previousClose - high)
        if upGap > greatest { greatest = upGap }
        let downGap = Swift.abs(low - previousClose)
        if downGap > greatest { greatest = downGap }
        return greatest
    }

    /// ``trueRange(high:low:previousClose:)`` with selects instead of branches — the same
    /// comparisons, so the same value — for array loops, where which distance wins is
    /// unpredictable on market data. (In the streaming indicators the branches measured
    /// cheaper.)
    @inlinable @inline(__always)
    static func trueRangeWithSelects(high: Double, low: Double, previousClose: Double) -> Double {
        var greatest = high - low
        let upGap = Swift.abs(previousClose - high)
        greatest = upGap > greatest ? upGap : greatest
        let downGap = Swift.abs(low - previousClose)
        greatest = downGap > greatest ? downGap : greatest
        let allFinite = high.isFinite && low.isFinite && previousClose.isFinite
        return allFinite ? greatest : .nan
    }

    /// Consumes one bar; returns its true range from the second bar on.
    @inlinable
    public mutating func update(_ bar: Bar) -> Double? {
        defer { previousClose = bar.close }
        if seen < 2 { seen += 1 }
        guard seen >= 2 else { return nil }
        return Self.trueRange(high: bar.high, low: bar.low, previousClose: previousClose)
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        previousClose = .nan
        seen = 0
    }
}

/// TA-Lib's name for ``TrueRange``.
public typealias TRANGE = TrueRange

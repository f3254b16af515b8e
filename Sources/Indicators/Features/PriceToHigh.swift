import TradingCore

/// How far the close stands below the highest high of the last `period` bars, as a fraction.
///
/// `PriceToHigh(t) = close(t) / max(high(t−period+1) … high(t)) − 1` — 0 at a new high and
/// negative below it (the TrendBreakout "price vs N-bar high" feature). The window includes
/// the current bar, so the value never exceeds 0 for consistent bars (close ≤ high).
///
/// Warm-up: `period` bars. A non-finite high or close makes the outputs using it NaN.
public struct PriceToHigh: Indicator {
    /// The number of bars whose highs are compared.
    public var period: Int { highest.period }
    @usableFromInline var highest: RollingMaximum

    /// Creates the feature over a `period`-bar high.
    ///
    /// - Precondition: `period > 0`.
    public init(period: Int) {
        highest = RollingMaximum(period: period)
    }

    /// `period` bars.
    @inlinable public var warmUpPeriod: Int { highest.warmUpPeriod }
    /// Whether `period` bars have been seen.
    @inlinable public var isReady: Bool { highest.isReady }

    /// Consumes one bar; returns `close / highest high − 1` once warmed up.
    @inlinable @inline(__always)
    public mutating func update(_ bar: Bar) -> Double? {
        guard let high = highest.update(bar.high) else { return nil }
        return bar.close / high - 1
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() { highest.reset() }
}

/// The bars of one instrument up to and including the current step — never later ones.
///
/// A view: it shares the engine's storage (no copy) and exposes only the first `count`
/// bars, so a strategy cannot read the future even when a backtest has the whole series
/// in memory.
public struct BarHistory: Sendable {
    @usableFromInline let series: BarSeries
    /// The number of visible bars.
    public let count: Int

    @usableFromInline
    init(series: BarSeries, count: Int) {
        self.series = series
        self.count = count
    }

    /// The instrument's ticker.
    public var symbol: String { series.symbol }

    /// Whether no bar is visible yet.
    @inlinable
    public var isEmpty: Bool { count == 0 }

    /// The bar at `index` (0 is the oldest).
    ///
    /// - Precondition: `index < count`.
    @inlinable
    public subscript(index: Int) -> Bar {
        precondition(index >= 0 && index < count, "bar index beyond the present")
        return series[index]
    }

    /// The latest bar, or `nil` when none is visible.
    @inlinable
    public var last: Bar? { count > 0 ? series[count - 1] : nil }

    /// The visible closes.
    @inlinable
    public var closes: ArraySlice<Double> { series.close[0..<count] }
    /// The visible highs.
    @inlinable
    public var highs: ArraySlice<Double> { series.high[0..<count] }
    /// The visible lows.
    @inlinable
    public var lows: ArraySlice<Double> { series.low[0..<count] }
}

/// How far a ``Backtest`` run has got: what its progress handler receives every
/// ``Backtest/progressInterval`` steps.
public struct BacktestProgress: Sendable, Hashable {
    /// Bars delivered to the engine so far, over all series.
    public var barsProcessed: Int
    /// Bars in all series together.
    public var totalBars: Int

    /// Creates a progress report.
    public init(barsProcessed: Int, totalBars: Int) {
        self.barsProcessed = barsProcessed
        self.totalBars = totalBars
    }

    /// The share of the bars delivered, in [0, 1] (1 when there are none).
    public var fraction: Double { totalBars > 0 ? Double(barsProcessed) / Double(totalBars) : 1 }
}

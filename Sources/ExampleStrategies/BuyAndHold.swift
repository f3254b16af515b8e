import TradingCore

/// Buys every instrument at the first opportunity and holds to the end.
///
/// At the first bar of each instrument it submits a market buy filled at the next open,
/// sized at the fill from the buying power then available, in whole lots, commission
/// included. The i-th of n instruments bought takes `1 / (n − i)` of what is left, so the
/// capital is split about equally. The benchmark every strategy should beat.
///
/// backtesting.py's equivalent (`if not self.position: self.buy()`) enters one bar later:
/// its first `next()` is on the second bar, so its buy fills at the third bar's open.
public struct BuyAndHold: Strategy, Sendable {
    private var ordered: [Bool] = []
    private var orderedCount = 0

    /// Creates the strategy.
    public init() {}

    /// Prepares one flag per instrument.
    public mutating func onStart(_ context: inout StrategyContext) {
        ordered = Array(repeating: false, count: context.instruments.count)
    }

    /// Buys each instrument once, at its first bar.
    public mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {
        guard orderedCount < ordered.count else { return }
        bars.forEachBar { index, _ in
            guard !ordered[index] else { return }
            ordered[index] = true
            let fraction = 1 / Double(ordered.count - orderedCount)
            orderedCount += 1
            context.submit(OrderIntent(symbol: context.instruments[index].symbol, side: .buy,
                                       quantity: .fractionOfBuyingPower(fraction), strategy: "buy-and-hold"))
        }
    }
}

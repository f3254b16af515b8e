import Indicators
import Testing
import TradingCore

/// The strategy from README.md's tour, verbatim, so the README's sample keeps compiling and
/// doing what the text says.
struct OversoldInUptrend: Strategy {
    var rsi = RelativeStrengthIndex(period: 2)
    var trend = SimpleMovingAverage(period: 200)

    mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {
        guard let bar = bars[0] else { return }          // instrument 0 has a bar at this close
        let rsiValue = rsi.update(bar.close)             // nil while warming up
        let average = trend.update(bar.close)
        guard let rsiValue, let average else { return }
        let symbol = context.instruments[0].symbol
        let isLong = context.portfolio.position(symbol).quantity > 0
        if !isLong && rsiValue < 10 && bar.close > average {
            context.target(percent: 100, symbol)         // market order, fills at the next open
        } else if isLong && rsiValue > 70 {
            context.closePosition(symbol)
        }
    }
}

@Suite("README example")
struct ReadmeExampleTests {
    @Test("the README's strategy runs on GOOG with costs and trades only after the 200-bar warm-up",
          .enabled(if: ReferenceData.isAvailable("GOOG-2004-2013.csv")))
    func readmeStrategy() throws {
        let goog = try BarSeries(contentsOfCSVFile: ReferenceData.path("GOOG-2004-2013.csv"), symbol: "GOOG")
        let backtest = Backtest(
            instruments: [Instrument(symbol: "GOOG")], series: [goog], cash: 10_000,
            execution: ExecutionConfiguration(slippage: FixedBasisPointsSlippage(basisPoints: 5),
                                              commission: PercentOfNotionalCommission(rate: 0.001)))
        let result = backtest.run(OversoldInUptrend())
        #expect(result.trades.count > 10)
        #expect(result.trades.allSatisfy { $0.side == .long && $0.commission > 0 })
        #expect(result.trades.allSatisfy { $0.entryTime > goog.timestamps[199] })
        #expect(result.metrics.tradeCount == result.trades.count)
        #expect(abs(result.finalEquity - 10_000 - result.trades.reduce(0) { $0 + $1.pnl }) < 1e-6)
    }
}

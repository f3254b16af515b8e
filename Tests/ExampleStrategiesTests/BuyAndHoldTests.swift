import ExampleStrategies
import Testing
import TradingCore

@Suite("BuyAndHold")
struct BuyAndHoldTests {
    @Test("GOOG 2004-2013 with 10 000: 99 shares at the second open, closed at the last close",
          .enabled(if: ReferenceData.isAvailable("GOOG-2004-2013.csv")))
    func goog() throws {
        let series = try ReferenceData.series("GOOG-2004-2013.csv", symbol: "GOOG")
        let result = Backtest(instruments: [Instrument(symbol: "GOOG")], series: [series], cash: 10_000).run(BuyAndHold())
        try #require(result.trades.count == 1)
        let trade = result.trades[0]
        #expect(trade.quantity == 99)
        #expect(trade.entryPrice == 101.01)
        #expect(trade.exitPrice == 806.19)
        #expect(trade.entryTime == series.timestamps[1] && trade.barsHeld == series.count - 2)
        #expect(abs(result.finalEquity - (10_000 - 99 * 101.01 + 99 * 806.19)) < 1e-9)
        #expect(abs(result.finalEquity - 79_812.82) < 1e-6)
    }

    @Test("several instruments get about equal shares of the capital")
    func equalSplit() {
        let series = SampleData.symbols.map {
            SampleData.series(symbol: $0, start: Timestamp(year: 2018, month: 1, day: 1), end: Timestamp(year: 2018, month: 6, day: 30), seed: 3)
        }
        let backtest = Backtest(instruments: series.map { SampleData.instrument(for: $0.symbol) }, series: series, cash: 90_000,
                                endOfRun: .leaveOpen)
        let result = backtest.run(BuyAndHold())
        #expect(result.fills.count == 3)
        for fill in result.fills {
            #expect(abs(fill.quantity * fill.price - 30_000) <= fill.price * 2)
        }
        #expect(result.orders.allSatisfy { $0.status == .filled })
    }
}

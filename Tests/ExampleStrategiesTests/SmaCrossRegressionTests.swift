import ExampleStrategies
import Testing
import TradingCore

/// SmaCross on GOOG 2004-08-19 … 2013-03-01 (2 148 daily bars), cash 10 000, against
/// backtesting.py 0.6.6 (`Backtest(GOOG, SmaCross, cash=10_000, commission=c, finalize_trades=f)`).
///
/// backtesting.py's `finalize_trades=True` closes leftovers at the last bar's *open*
/// (``EndOfRunPolicy/closeAtLastOpen``); `False` leaves them open and marks equity at the last
/// close (``EndOfRunPolicy/leaveOpen``). Final equity agrees to 1e-6 (the cent, with margin);
/// every trade's prices and size agree exactly.
@Suite("SmaCross regression (GOOG vs backtesting.py)", .enabled(if: ReferenceData.isAvailable("GOOG-2004-2013.csv")))
struct SmaCrossRegressionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var fast: Int
        var slow: Int
        var commission: Double
        var endOfRun: EndOfRunPolicy
        var tradeCount: Int
        var finalEquity: Double
        var testDescription: String { "SmaCross(\(fast), \(slow)) commission \(commission) \(endOfRun.rawValue)" }
    }

    static let cases: [Case] = [
        Case(fast: 10, slow: 30, commission: 0, endOfRun: .closeAtLastOpen, tradeCount: 66, finalEquity: 51_422.99),
        Case(fast: 10, slow: 30, commission: 0, endOfRun: .leaveOpen, tradeCount: 65, finalEquity: 51_959.95),
        Case(fast: 10, slow: 30, commission: 0.002, endOfRun: .closeAtLastOpen, tradeCount: 66, finalEquity: 39_280.736820),
        Case(fast: 10, slow: 30, commission: 0.002, endOfRun: .leaveOpen, tradeCount: 65, finalEquity: 39_770.031220),
        Case(fast: 10, slow: 20, commission: 0, endOfRun: .closeAtLastOpen, tradeCount: 94, finalEquity: 80_964.98),
        Case(fast: 10, slow: 20, commission: 0, endOfRun: .leaveOpen, tradeCount: 93, finalEquity: 81_812.37),
        Case(fast: 10, slow: 20, commission: 0.002, endOfRun: .closeAtLastOpen, tradeCount: 94, finalEquity: 55_574.512940),
        Case(fast: 10, slow: 20, commission: 0.002, endOfRun: .leaveOpen, tradeCount: 93, finalEquity: 56_263.519340),
    ]

    static func run(fast: Int, slow: Int, commission: Double, endOfRun: EndOfRunPolicy) throws -> BacktestResult {
        let series = try ReferenceData.series("GOOG-2004-2013.csv", symbol: "GOOG")
        let execution = ExecutionConfiguration(commission: PercentOfNotionalCommission(rate: commission))
        let backtest = Backtest(instruments: [Instrument(symbol: "GOOG")], series: [series], cash: 10_000,
                                execution: execution, endOfRun: endOfRun)
        return backtest.run(SmaCross(fast: fast, slow: slow))
    }

    @Test("trade count and final equity match backtesting.py", arguments: cases)
    func matchesBacktestingPy(_ expected: Case) throws {
        let result = try Self.run(fast: expected.fast, slow: expected.slow, commission: expected.commission, endOfRun: expected.endOfRun)
        #expect(result.trades.count == expected.tradeCount)
        #expect(abs(result.finalEquity - expected.finalEquity) < 1e-6)
    }

    @Test("individual trades match backtesting.py (SmaCross(10, 30), commission 0.2 %)")
    func individualTrades() throws {
        let result = try Self.run(fast: 10, slow: 30, commission: 0.002, endOfRun: .closeAtLastOpen)
        // (signed size, entry bar, exit bar, entry price, exit price, PnL) from backtesting.py's `_trades`.
        let expected: [(index: Int, size: Double, entryBar: Int, exitBar: Int, entry: Double, exit: Double, pnl: Double)] = [
            (0, -55, 70, 86, 180.36, 186.31, -367.5836999999994),
            (1, 51, 86, 113, 186.31, 193.69, 337.6199999999998),
            (64, -53, 2061, 2088, 672.01, 695.0, -1363.3730600000004),
            (65, 49, 2088, 2147, 695.0, 797.8, 4890.905599999998),
        ]
        try #require(result.trades.count == 66)
        let series = try ReferenceData.series("GOOG-2004-2013.csv", symbol: "GOOG")
        for row in expected {
            let trade = result.trades[row.index]
            #expect(trade.side.sign * trade.quantity == row.size)
            #expect(trade.entryTime == series.timestamps[row.entryBar] && trade.exitTime == series.timestamps[row.exitBar])
            #expect(trade.entryPrice == row.entry && trade.exitPrice == row.exit)
            #expect(trade.barsHeld == row.exitBar - row.entryBar)
            #expect(abs(trade.pnl - row.pnl) < 1e-6)
        }
    }

    @Test("closing at the last close differs from backtesting.py only in the last trade's exit")
    func closeAtLastClose() throws {
        let atOpen = try Self.run(fast: 10, slow: 30, commission: 0, endOfRun: .closeAtLastOpen)
        let atClose = try Self.run(fast: 10, slow: 30, commission: 0, endOfRun: .closeAtLastClose)
        #expect(Array(atOpen.trades.dropLast()) == Array(atClose.trades.dropLast()))
        #expect(atClose.trades.last?.exitPrice == 806.19)
        #expect(abs(atClose.finalEquity - 51_959.95) < 1e-6)
    }
}

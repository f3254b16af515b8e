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
        let expected: [(Double, Int, Int, Double, Double, Double)] = [
            (-55, 70, 86, 180.36, 186.31, -367.4553),
        ]
        try #require(result.trades.count == 66)
        let first = result.trades[0]
        #expect(first.side == .short && first.quantity == abs(expected[0].0))
        #expect(first.entryPrice == expected[0].3 && first.exitPrice == expected[0].4)
        #expect(first.barsHeld == expected[0].2 - expected[0].1)
        #expect(abs(first.pnl - expected[0].5) < 1e-6)
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

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

    /// SmaCross on one reference file with cash 10 000 and a percent-of-notional commission.
    static func run(file: String = "GOOG-2004-2013.csv", symbol: String = "GOOG", fast: Int, slow: Int, commission: Double,
                    endOfRun: EndOfRunPolicy) throws -> BacktestResult {
        let series = try ReferenceData.series(file, symbol: symbol)
        let execution = ExecutionConfiguration(commission: PercentOfNotionalCommission(rate: commission))
        let backtest = Backtest(instruments: [Instrument(symbol: symbol)], series: [series], cash: 10_000,
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

/// SmaCross(10, 30) on the 2000–2025 daily files (yfinance conventions, split-adjusted
/// prices as they are; cash 10 000; leftovers closed at the last open) against backtesting.py
/// 0.6.6 (`Backtest(df, SmaCross, cash=10_000, commission=c, finalize_trades=True)` on the
/// file's open/high/low/close/volume), the same strategy as above on other instruments and
/// 20–25 years: the trade count, the signed sizes of the first five and last three round
/// trips, the final equity, best and worst trade (net of commission), SQN and win rate
/// agree (to 1e-12 relative with commission, where the two sum commissions in a different
/// order; final equity exactly without).
@Suite("SmaCross on 2000–2025 daily data vs backtesting.py", .enabled(if: ReferenceData.isAvailable("daily/MU.csv")))
struct SmaCrossDailyParityTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var symbol: String
        var commission: Double
        var tradeCount: Int
        var finalEquity: Double
        var firstSizes: [Double]
        var lastSizes: [Double]
        /// backtesting.py's "Best Trade [%]", "Worst Trade [%]", "SQN" and "Win Rate [%]".
        var best: Double, worst: Double, sqn: Double, winRate: Double
        var testDescription: String { "\(symbol) commission \(commission)" }
    }

    static let cases: [Case] = [
        Case(symbol: "MU", commission: 0, tradeCount: 247, finalEquity: 75.43757557868958,
             firstSizes: [282, -282, 77, -77, 39], lastSizes: [1, -1, -1],
             best: 75.64651000645337, worst: -56.92307692307692, sqn: -1.6721953224286756, winRate: 32.79352226720648),
        Case(symbol: "MU", commission: 0.002, tradeCount: 234, finalEquity: 63.543783350468004,
             firstSizes: [282, -281, 76, -76, 38], lastSizes: [1, -1, -1],
             best: 75.09521698644046, worst: -57.43692307692307, sqn: -1.6962042157563915, winRate: 32.05128205128205),
        Case(symbol: "GLD", commission: 0, tradeCount: 205, finalEquity: 11_445.726512908936,
             firstSizes: [231, -231, 220, -220, 217], lastSizes: [34, -34, 32],
             best: 23.9923433951968, worst: -16.057733214665337, sqn: 0.2000648636872044, winRate: 37.5609756097561),
        Case(symbol: "GLD", commission: 0.002, tradeCount: 205, finalEquity: 5_061.423488601689,
             firstSizes: [230, -229, 217, -216, 213], lastSizes: [15, -15, 14],
             best: 23.54435870840641, worst: -16.425617748236007, sqn: -0.9382976363939862, winRate: 33.65853658536586),
        Case(symbol: "GOOG", commission: 0, tradeCount: 184, finalEquity: 64_193.07123756409,
             firstSizes: [-2226, 2083, -2083, 2014, -2014], lastSizes: [205, -205, 258],
             best: 53.595952323481995, worst: -18.39887768850339, sqn: 0.825168049615564, winRate: 43.47826086956522),
        Case(symbol: "GOOG", commission: 0.002, tradeCount: 184, finalEquity: 30_575.975231315573,
             firstSizes: [-2221, 2071, -2062, 1986, -1978], lastSizes: [98, -98, 123],
             best: 53.08876041883504, worst: -18.835675443880397, sqn: 0.4511404041931598, winRate: 39.130434782608695),
        Case(symbol: "SPY", commission: 0, tradeCount: 213, finalEquity: 11_821.09546661377,
             firstSizes: [68, -68, 65, -65, 62], lastSizes: [16, -16, 17],
             best: 29.053419945993607, worst: -8.834829070446926, sqn: 0.26940936475089544, winRate: 36.61971830985916),
        Case(symbol: "SPY", commission: 0.002, tradeCount: 213, finalEquity: 5_063.984411102308,
             firstSizes: [68, -68, 65, -64, 61], lastSizes: [7, -6, 7],
             best: 28.711526785885592, worst: -9.217159412306032, sqn: -1.0891499445914197, winRate: 34.27230046948357),
    ]

    @Test("trades and final equity match backtesting.py", arguments: cases)
    func matchesBacktestingPy(_ expected: Case) throws {
        let result = try SmaCrossRegressionTests.run(file: "daily/\(expected.symbol).csv", symbol: expected.symbol, fast: 10, slow: 30,
                                                     commission: expected.commission, endOfRun: .closeAtLastOpen)
        let sizes = result.trades.map { $0.side.sign * $0.quantity }
        #expect(sizes.count == expected.tradeCount)
        #expect(Array(sizes.prefix(5)) == expected.firstSizes)
        #expect(Array(sizes.suffix(3)) == expected.lastSizes)
        #expect(abs(result.finalEquity - expected.finalEquity) <= 1e-12 * expected.finalEquity)
        if expected.commission == 0 { #expect(result.finalEquity == expected.finalEquity) }
        let metrics = result.metrics
        #expect(isClose(metrics.bestTradePct, expected.best))
        #expect(isClose(metrics.worstTradePct, expected.worst))
        #expect(isClose(metrics.sqn, expected.sqn))
        #expect(isClose(metrics.winRatePct, expected.winRate))
    }

    /// Within 1e-12 relative (the commission sums' order differs from backtesting.py's).
    func isClose(_ value: Double?, _ expected: Double) -> Bool {
        guard let value else { return false }
        return abs(value - expected) <= 1e-12 * Swift.max(1, abs(expected))
    }
}

/// SmaCross on tick-rounded minute bars, where the 10- and 30-bar means tie exactly now and
/// then: backtesting.py's pandas averages keep such ties, so no cross is traded on them.
/// Needs no reference files: the bars are the first 40 000 of `tradingkit bench csv`'s
/// synthetic file (seed 7), on which backtesting.py 0.6.6 (`Backtest(df, SmaCross,
/// cash=1_000_000, finalize_trades=True)`) makes 1 548 trades and ends at 937 357.3943000011.
/// With TA-Lib's running-sum SMA the first tie (bar 29 996) became a cross: 1 547 trades.
@Suite("SmaCross on tied averages vs backtesting.py")
struct SmaCrossTieParityTests {
    @Test("trade count and final equity match backtesting.py on 40 000 synthetic minute bars")
    func tiesAreNotCrosses() {
        let parameters = SyntheticMarketParameters(initialPrice: 150, annualVolatility: 0.3, averageVolume: 500_000, tickSize: 0.0001)
        var generator = SyntheticMarketGenerator(parameters: parameters, seed: 7, periodsPerYear: 252 * 390)
        let start = Timestamp(year: 2020, month: 1, day: 1).rawValue, minute = 60 * Timestamp.nanosecondsPerSecond
        let series = generator.series(symbol: "SYN", timestamps: (1...40_000).map { Timestamp(rawValue: start + Int64($0) * minute) })
        let result = Backtest(instruments: [Instrument(symbol: "SYN")], series: [series], cash: 1_000_000, endOfRun: .closeAtLastOpen)
            .run(SmaCross(fast: 10, slow: 30))
        #expect(result.trades.count == 1_548)
        #expect(abs(result.metrics.equityFinal - 937_357.3943000011) <= 1e-9 * 937_357.3943000011)
        #expect(result.trades.contains { $0.entryTime == series.timestamps[29_996] })
    }
}

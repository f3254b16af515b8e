import Foundation
import Testing
import TradingCore

@Suite("PerformanceMetrics")
struct MetricsTests {
    @Test("hand-computed curve: returns, Sharpe, Sortino, volatility, drawdown")
    func handComputed() throws {
        // Equity 100 → 110 → 99 → 108.9 → 121: returns 0.1, −0.1, 0.1, 0.111…
        let equity = [100, 110, 99, 108.9, 121.0]
        let metrics = PerformanceMetrics(equityCurve: dailyCurve(equity), trades: [], tradedNotional: 0)
        let r = [0.1, -0.1, 0.1, 121 / 108.9 - 1]
        let mean = r.reduce(0, +) / 4
        let std = (r.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
        #expect(metrics.periodsPerYear == 252)
        #expect(isClose(metrics.sharpeRatio, mean / std * 252.0.squareRoot()))
        #expect(isClose(metrics.sortinoRatio, mean / (0.01 / 4).squareRoot() * 252.0.squareRoot()))
        #expect(isClose(metrics.volatilityAnnualizedPct, std * 252.0.squareRoot() * 100))
        #expect(isClose(metrics.totalReturnPct, 21))
        #expect(isClose(metrics.maxDrawdownPct, -10))
        // Peak at index 1 (110); back above it at index 4 → 3 bars, 3 days.
        #expect(metrics.maxDrawdownDurationBars == 3)
        #expect(metrics.maxDrawdownDurationDays == 3)
        #expect(metrics.equityPeak == 121 && metrics.equityFinal == 121 && metrics.equityInitial == 100)
        #expect(metrics.barCount == 5)
        #expect(metrics.start == Timestamp(year: 2020, month: 1, day: 1))
        #expect(metrics.end == Timestamp(year: 2020, month: 1, day: 5))
        let years = 4 / 365.25
        let cagr = try #require(metrics.cagrPct)
        #expect(isClose(cagr, (pow(1.21, 1 / years) - 1) * 100))
        #expect(isClose(metrics.calmarRatio, cagr / 10))
    }

    @Test("an unrecovered drawdown runs to the last point")
    func unrecoveredDrawdown() {
        let metrics = PerformanceMetrics(equityCurve: dailyCurve([100, 120, 90, 100, 110, 80, 95]), trades: [], tradedNotional: 0)
        #expect(isClose(metrics.maxDrawdownPct, (80.0 / 120 - 1) * 100))
        #expect(metrics.maxDrawdownDurationBars == 5)
        #expect(metrics.maxDrawdownDurationDays == 5)
    }

    @Test("trade statistics against hand-computed values")
    func tradeStatistics() throws {
        let trades = [
            makeTrade(entry: 10, exit: 12, quantity: 10, commission: 1),   // +19, +20 % gross, +19 % net
            makeTrade(entry: 20, exit: 18, quantity: 5, commission: 0.5),  // −10.5, −10 % gross, −10.5 % net
            makeTrade(entry: 50, exit: 40, quantity: 2, side: .short),     // +20, +20 %
            makeTrade(entry: 5, exit: 5, quantity: 1),                     // 0
        ]
        let metrics = PerformanceMetrics(equityCurve: dailyCurve([1000, 1010]), trades: trades, tradedNotional: 0)
        #expect(metrics.tradeCount == 4)
        #expect(isClose(metrics.winRatePct, 50))
        #expect(isClose(metrics.profitFactor, 39 / 10.5))
        #expect(isClose(metrics.expectancy, 28.5 / 4))
        #expect(isClose(metrics.averageWin, 19.5))
        #expect(isClose(metrics.averageLoss, -10.5))
        #expect(isClose(metrics.bestTradePct, 20))
        #expect(isClose(metrics.worstTradePct, -10.5))
        #expect(trades.map(\.returnPct).map { ($0 * 1e9).rounded() / 1e9 } == [19, -10.5, 20, 0])
        #expect(trades.map(\.grossReturnPct).map { ($0 * 1e9).rounded() / 1e9 } == [20, -10, 20, 0])
        let pnl = [19, -10.5, 20, 0]
        let mean = pnl.reduce(0, +) / 4
        let std = (pnl.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
        #expect(isClose(metrics.sqn, 2 * mean / std))
    }

    @Test("exposure and turnover")
    func exposureAndTurnover() {
        let curve = dailyCurve([100, 100, 110, 120], exposure: [0, 100, 110, 0])
        let metrics = PerformanceMetrics(equityCurve: curve, trades: [], tradedNotional: 215)
        #expect(metrics.exposurePct == 50)
        #expect(isClose(metrics.turnover, 215 / 107.5))
    }

    @Test("empty curve: every value defined or nil, nothing NaN")
    func emptyCurve() {
        let metrics = PerformanceMetrics(equityCurve: EquityCurve(), trades: [], tradedNotional: 0)
        #expect(metrics.barCount == 0 && metrics.start == nil && metrics.end == nil)
        #expect(metrics.totalReturnPct == nil && metrics.cagrPct == nil && metrics.sharpeRatio == nil)
        #expect(metrics.sortinoRatio == nil && metrics.volatilityAnnualizedPct == nil && metrics.calmarRatio == nil)
        #expect(metrics.maxDrawdownPct == 0 && metrics.maxDrawdownDurationBars == 0 && metrics.exposurePct == 0)
        #expect(metrics.turnover == nil && metrics.winRatePct == nil && metrics.periodsPerYear == 252)
        #expect(!metrics.jsonValue.encoded().contains("nan"))
    }

    @Test("one point: zero return, no annualized figures")
    func onePoint() {
        let metrics = PerformanceMetrics(equityCurve: dailyCurve([100]), trades: [], tradedNotional: 0)
        #expect(metrics.totalReturnPct == 0)
        #expect(metrics.cagrPct == nil && metrics.sharpeRatio == nil && metrics.sortinoRatio == nil)
        #expect(metrics.equityFinal == 100 && metrics.maxDrawdownPct == 0)
    }

    @Test("constant equity: Sharpe, Sortino and Calmar are nil, volatility 0")
    func constantEquity() {
        let metrics = PerformanceMetrics(equityCurve: dailyCurve(Array(repeating: 100, count: 30)), trades: [], tradedNotional: 0)
        #expect(metrics.sharpeRatio == nil && metrics.sortinoRatio == nil && metrics.calmarRatio == nil)
        #expect(metrics.volatilityAnnualizedPct == 0)
        #expect(metrics.cagrPct == 0 && metrics.totalReturnPct == 0)
        #expect(metrics.maxDrawdownDurationBars == 0)
    }

    @Test("all winners: profit factor and average loss are nil, win rate 100 %")
    func allWinners() {
        let trades = [makeTrade(entry: 10, exit: 11), makeTrade(entry: 10, exit: 12)]
        let metrics = PerformanceMetrics(equityCurve: dailyCurve([100, 103]), trades: trades, tradedNotional: 0)
        #expect(metrics.winRatePct == 100 && metrics.profitFactor == nil && metrics.averageLoss == nil)
        #expect(isClose(metrics.averageWin, 1.5))
    }

    @Test("one trade: SQN nil; rising without a loss: Sortino nil")
    func degenerateRatios() {
        let metrics = PerformanceMetrics(equityCurve: dailyCurve([100, 101, 103]), trades: [makeTrade(entry: 1, exit: 2)], tradedNotional: 0)
        #expect(metrics.sqn == nil && metrics.sortinoRatio == nil && metrics.sharpeRatio != nil)
    }

    @Test("a wiped-out account stays NaN-free")
    func wipedOut() {
        let metrics = PerformanceMetrics(equityCurve: dailyCurve([100, 50, 0, 0, -5]), trades: [], tradedNotional: 0)
        #expect(metrics.cagrPct == -100)
        #expect(isClose(metrics.totalReturnPct, -105))
        #expect(metrics.maxDrawdownPct == -105)
        #expect(!metrics.jsonValue.encoded().contains("nan") && !metrics.jsonValue.encoded().contains("inf"))
    }

    @Test("the periods-per-year override replaces the inferred value")
    func periodsOverride() throws {
        let curve = dailyCurve([100, 101, 99, 102])
        let daily = PerformanceMetrics(equityCurve: curve, trades: [], tradedNotional: 0)
        let crypto = PerformanceMetrics(equityCurve: curve, trades: [], tradedNotional: 0, periodsPerYear: 365)
        #expect(crypto.periodsPerYear == 365)
        #expect(isClose(crypto.sharpeRatio, try #require(daily.sharpeRatio) * (365.0 / 252).squareRoot()))
    }

    static let spacings: [(seconds: Int64, periods: Double)] = [
        (60, 98_280), (3_600, 1_638), (28_800, 252), (21_600, 273), (86_400, 252), (259_200, 252),
        (604_800, 52), (2_592_000, 12), (7_862_400, 4), (31_536_000, 1),
    ]

    @Test("periods per year from bar spacing", arguments: spacings)
    func periodsFromSpacing(spacing: (seconds: Int64, periods: Double)) {
        let timestamps = (0..<20).map { Timestamp(secondsSinceEpoch: 1_600_000_000 + Int64($0) * spacing.seconds) }
        #expect(isClose(PerformanceMetrics.inferredPeriodsPerYear(timestamps: timestamps), spacing.periods))
    }

    @Test("weekend gaps do not move the median of daily bars")
    func weekdaysOnly() {
        var timestamps: [Timestamp] = []
        var day = Timestamp.daysFromCivil(year: 2024, month: 1, day: 1)
        while timestamps.count < 260 {
            if (day + 4) % 7 < 5 { timestamps.append(Timestamp(secondsSinceEpoch: Int64(day) * 86_400 + 16 * 3_600)) }
            day += 1
        }
        #expect(PerformanceMetrics.inferredPeriodsPerYear(timestamps: timestamps) == 252)
    }

    @Test("Sharpe and Sortino match a naive implementation on seeded random returns", arguments: [1, 2, 3, 42] as [UInt64])
    func randomAgainstNaive(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var equity = [10_000.0]
        for _ in 0..<500 { equity.append(equity.last! * (1 + Double.random(in: -0.03...0.031, using: &random))) }
        let metrics = PerformanceMetrics(equityCurve: dailyCurve(equity), trades: [], tradedNotional: 0)
        let returns = (1..<equity.count).map { equity[$0] / equity[$0 - 1] - 1 }
        let mean = returns.reduce(0, +) / Double(returns.count)
        let variance = returns.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(returns.count - 1)
        let downside = returns.map { min($0, 0) * min($0, 0) }.reduce(0, +) / Double(returns.count)
        // Tolerance 1e-10 relative: the naive sums differ only in rounding order.
        #expect(isClose(metrics.sharpeRatio, mean / variance.squareRoot() * 252.0.squareRoot(), tolerance: 1e-10))
        #expect(isClose(metrics.sortinoRatio, mean / downside.squareRoot() * 252.0.squareRoot(), tolerance: 1e-10))
        var peak = 0.0, worst = 0.0
        for value in equity { peak = max(peak, value); worst = min(worst, value / peak - 1) }
        #expect(isClose(metrics.maxDrawdownPct, worst * 100))
        #expect(metrics.maxDrawdownPct <= 0)
    }

    @Test("JSON keys are the property names, in order, with null for nil")
    func jsonKeys() {
        let metrics = PerformanceMetrics(equityCurve: dailyCurve([100, 110]), trades: [], tradedNotional: 0)
        guard case .object(let members) = metrics.jsonValue else {
            Issue.record("metrics JSON is not an object")
            return
        }
        #expect(members.map(\.key) == [
            "start", "end", "barCount", "periodsPerYear", "equityInitial", "equityFinal", "equityPeak",
            "totalReturnPct", "cagrPct", "volatilityAnnualizedPct", "sharpeRatio", "sortinoRatio", "calmarRatio",
            "maxDrawdownPct", "maxDrawdownDurationBars", "maxDrawdownDurationDays", "tradeCount", "winRatePct",
            "profitFactor", "expectancy", "averageWin", "averageLoss", "bestTradePct", "worstTradePct", "sqn",
            "exposurePct", "turnover",
        ])
        #expect(metrics.jsonValue.encoded().hasPrefix(#"{"start":"2020-01-01","end":"2020-01-02","barCount":2,"#))
        #expect(metrics.jsonValue.encoded().contains(#""winRatePct":null"#))
    }

    @Test("summary rows label every metric and format nil as a dash")
    func summaryRows() {
        let rows = PerformanceMetrics(equityCurve: dailyCurve([10_000, 12_345.678]), trades: [], tradedNotional: 0).summaryRows
        #expect(rows.count == 26)
        #expect(rows.first { $0.label == "Final equity" }?.value == "12,345.68")
        #expect(rows.first { $0.label == "Total return" }?.value == "23.46 %")
        #expect(rows.first { $0.label == "Win rate" }?.value == "—")
    }

    @Test("programmer errors stop the process")
    func preconditions() async {
        await #expect(processExitsWith: .failure) { _ = PerformanceMetrics(equityCurve: EquityCurve(), trades: [], tradedNotional: -1) }
        await #expect(processExitsWith: .failure) { _ = PerformanceMetrics(equityCurve: EquityCurve(), trades: [], tradedNotional: 0, periodsPerYear: 0) }
    }
}

import Foundation
import Testing
import TradingCore

/// `GOOG-2004-2013.csv` in the shared real-data folder next to the package, if present.
let metricsReferenceFile: URL? = {
    let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data/real/GOOG-2004-2013.csv").standardizedFileURL
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}()

/// Cross-checks ``PerformanceMetrics`` on a real equity curve against backtesting.py 0.6.6
/// (`backtesting._stats.compute_stats`), empyrical-reloaded 0.7.1 and numpy.
///
/// The curve: a long-only SMA(10)/SMA(30) cross on `GOOG-2004-2013.csv` (backtesting.py's
/// sample data), filled at the signal bar's close with all equity in whole shares, 0.2 %
/// commission per fill, an open position closed at the last close. The Python side ran
/// the identical loop and fed the same equity array and trades to `compute_stats` and
/// empyrical (`sharpe_ratio`, `sortino_ratio`, `annual_volatility` with annualization
/// 252). Values that follow the same definition agree to 1e-9 relative; where the
/// definitions differ, the backtesting.py value is recorded beside ours.
@Suite("PerformanceMetrics on real data", .enabled(if: metricsReferenceFile != nil, "../shared/data/real is absent"))
struct MetricsReferenceTests {
    /// The equity curve, trades and traded notional of the reference strategy.
    static func run() throws -> (curve: EquityCurve, trades: [Trade], notional: Double) {
        let text = try String(contentsOf: try #require(metricsReferenceFile), encoding: .utf8)
        var times: [Timestamp] = [], close: [Double] = []
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            let date = fields[0].split(separator: "-").map { Int($0)! }
            times.append(Timestamp(year: date[0], month: date[1], day: date[2]))
            close.append(Double(fields[4])!)
        }
        func sma(_ index: Int, _ period: Int) -> Double {
            var sum = 0.0
            for j in (index - period + 1)...index { sum += close[j] }
            return sum / Double(period)
        }
        let rate = 0.002
        var cash = 10_000.0, quantity = 0.0, notional = 0.0
        var entry = (index: 0, price: 0.0, commission: 0.0)
        var curve = EquityCurve(), trades: [Trade] = []
        func exit(at index: Int) {
            let commission = quantity * close[index] * rate
            cash += quantity * close[index] - commission
            notional += quantity * close[index]
            trades.append(Trade(
                symbol: "GOOG", side: .long, quantity: quantity, entryTime: times[entry.index], entryPrice: entry.price,
                exitTime: times[index], exitPrice: close[index], commission: entry.commission + commission,
                barsHeld: index - entry.index
            ))
            quantity = 0
        }
        for index in close.indices {
            if index >= 30 {
                let (fast0, slow0, fast1, slow1) = (sma(index - 1, 10), sma(index - 1, 30), sma(index, 10), sma(index, 30))
                if quantity == 0 && fast0 < slow0 && fast1 > slow1 {
                    let shares = (cash / (close[index] * (1 + rate))).rounded(.down)
                    let commission = shares * close[index] * rate
                    cash -= shares * close[index] + commission
                    notional += shares * close[index]
                    quantity = shares
                    entry = (index, close[index], commission)
                } else if quantity > 0 && fast0 > slow0 && fast1 < slow1 {
                    exit(at: index)
                }
            }
            if index == close.count - 1 && quantity > 0 { exit(at: index) }
            let value = quantity * close[index]
            curve.append(timestamp: times[index], equity: cash + value, cash: cash, grossExposure: value, netExposure: value)
        }
        return (curve, trades, notional)
    }

    @Test("equal definitions agree with backtesting.py, empyrical and numpy")
    func agreesWithPythonReferences() throws {
        let (curve, trades, notional) = try Self.run()
        let m = PerformanceMetrics(equityCurve: curve, trades: trades, tradedNotional: notional)
        let tolerance = 1e-9
        #expect(m.periodsPerYear == 252)
        #expect(m.tradeCount == 33)                                            // "# Trades"
        #expect(isClose(m.equityFinal, 55_693.00977999998, tolerance: tolerance))   // "Equity Final [$]"
        #expect(isClose(m.equityPeak, 57_790.12085999998, tolerance: tolerance))    // "Equity Peak [$]"
        #expect(isClose(m.totalReturnPct, 456.9300977999998, tolerance: tolerance)) // "Return [%]"
        #expect(isClose(m.cagrPct, 22.298451127381114, tolerance: tolerance))       // "CAGR [%]"
        #expect(isClose(m.maxDrawdownPct, -29.64155631634373, tolerance: tolerance)) // "Max. Drawdown [%]"
        #expect(m.maxDrawdownDurationDays == 584)                              // "Max. Drawdown Duration"
        #expect(m.maxDrawdownDurationBars == 401)
        #expect(isClose(m.winRatePct, 57.57575757575758, tolerance: tolerance))    // "Win Rate [%]"
        // "Best/Worst Trade [%]": backtesting.py's Trade.pl_pct, net of commission (the gross
        // returns of these trades are 53.659165978530154 and -9.356650264327648).
        #expect(isClose(m.bestTradePct, 53.15184764657309, tolerance: tolerance))
        #expect(isClose(m.worstTradePct, -9.737936963798994, tolerance: tolerance))
        #expect(isClose(m.sqn, 1.8707436656339758, tolerance: tolerance))          // "SQN"
        #expect(isClose(m.sharpeRatio, 1.014889480765341, tolerance: tolerance))   // empyrical.sharpe_ratio
        #expect(isClose(m.sortinoRatio, 1.6171904327090632, tolerance: tolerance)) // empyrical.sortino_ratio
        #expect(isClose(m.volatilityAnnualizedPct, 22.278329904669807, tolerance: tolerance)) // empyrical.annual_volatility
        #expect(isClose(m.profitFactor, 2.4915219943576643, tolerance: tolerance)) // numpy: Σ pnl⁺ / |Σ pnl⁻|
        #expect(isClose(m.expectancy, 1_384.6366600000001, tolerance: tolerance))  // numpy: mean pnl
        #expect(isClose(m.averageWin, 4_017.271911578948, tolerance: tolerance))
        #expect(isClose(m.averageLoss, -2_188.225467142857, tolerance: tolerance))
        #expect(isClose(m.calmarRatio, 0.7522699175915475, tolerance: tolerance))  // numpy: CAGR / |max DD|
        #expect(isClose(m.exposurePct, 56.09869646182495, tolerance: tolerance))   // numpy: share of bars with gross ≠ 0
        #expect(isClose(m.turnover, 66.07809879945658, tolerance: tolerance))      // numpy: Σ |notional| / mean equity
    }

    @Test("where definitions differ, the gap to backtesting.py is the documented one")
    func documentedDifferences() throws {
        let (curve, trades, notional) = try Self.run()
        let m = PerformanceMetrics(equityCurve: curve, trades: trades, tradedNotional: notional)
        // backtesting.py: Sharpe 0.8099 (compounded annual return ÷ compounded volatility),
        // Sortino 1.5972, Calmar 0.7534 (annualized geometric return, not CAGR), volatility
        // 27.57 %, profit factor 4.208 (over trade returns in %, not PnL), exposure 57.64 %
        // (entry through exit bar inclusive, where ours counts bars holding a position at the
        // close: one bar fewer per trade, 33 / 2148 = 1.54 points).
        #expect(isClose(m.exposurePct + 33.0 / 2_148 * 100, 57.63500931098696, tolerance: 1e-9))
        #expect(try #require(m.sharpeRatio) > 0.80994899474314574)
        #expect(try #require(m.volatilityAnnualizedPct) < 27.57101000654682)
    }
}

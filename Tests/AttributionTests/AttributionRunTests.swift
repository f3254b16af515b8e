import Attribution
import TradingCore
import Testing

/// Attribution of whole engine runs: the trades' total is the run's PnL (final equity minus
/// initial cash) whenever the run closes its positions at the end, and every dimension sums to it.
@Suite("Attribution of engine runs")
struct AttributionRunTests {
    /// Trades every way a position can change: long and short entries with brackets, flips
    /// (short to long in one fill), partial closes, additions, reactions to fills, several
    /// strategy tags, and factor exposures with zero, negative and NaN scores and weights.
    struct Churn: Strategy {
        var step = 0

        mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {
            step += 1
            for index in 0..<bars.instrumentCount {
                guard let bar = bars[index] else { continue }
                let symbol = context.instruments[index].symbol
                let held = context.portfolio.positions[index].quantity
                let phase = (step + 3 * index) % 17
                let factors = [FactorExposure(factor: "momentum", score: Double(step % 7) - 3, weight: 0.6),
                               FactorExposure(factor: "breakout", score: phase == 4 ? .nan : 1, weight: -0.4),
                               FactorExposure(factor: "carry", score: 2, weight: 0)]
                if held == 0 && phase == 0 {
                    context.submit(OrderIntent(symbol: symbol, side: .buy, quantity: .units(12), type: .limit(price: bar.close * 0.995),
                                               stopLoss: bar.close * 0.93, takeProfit: bar.close * 1.06, strategy: "bracket",
                                               entryFactors: factors))
                } else if held == 0 && phase == 4 {
                    context.submit(OrderIntent(symbol: symbol, side: .sell, quantity: .units(9), strategy: "short", entryFactors: factors))
                } else if held < 0 && phase == 9 {
                    context.submit(OrderIntent(symbol: symbol, side: .buy, quantity: .units(-held + 5), strategy: "flip",
                                               entryFactors: Array(factors.prefix(1))))
                } else if held > 0 && phase == 12 {
                    context.submit(OrderIntent.market(.sell, (held / 3).rounded(.down) + 0.5, symbol, strategy: "trim"))
                } else if held > 0 && phase == 14 {
                    context.submit(OrderIntent.market(.buy, 3, symbol, strategy: "add"))
                }
            }
        }

        mutating func onFill(_ fill: Fill, _ context: inout StrategyContext) {
            if step % 5 == 0 { context.submit(OrderIntent.market(fill.side, 1, fill.symbol, strategy: "echo")) }
        }
    }

    static let series = ["MU", "GLD", "GOOG"].map {
        SampleData.series(symbol: $0, start: Timestamp(year: 2016, month: 1, day: 1), end: Timestamp(year: 2018, month: 12, day: 31), seed: 11)
    }

    @Test("the total is the run's PnL and every dimension sums to it", arguments: [EndOfRunPolicy.closeAtLastClose, .closeAtLastOpen])
    func runTotals(policy: EndOfRunPolicy) {
        let backtest = Backtest(
            instruments: Self.series.map { SampleData.instrument(for: $0.symbol) }, series: Self.series, cash: 100_000,
            execution: ExecutionConfiguration(slippage: FixedBasisPointsSlippage(basisPoints: 7), commission: PercentOfNotionalCommission(rate: 0.002)),
            endOfRun: policy)
        let result = backtest.run(Churn())
        let report = AttributionReport(trades: result.trades)
        #expect(result.trades.count > 50)
        #expect(Set(result.trades.map(\.side)).count == 2)
        #expect(result.trades.contains { $0.strategy == "flip" } && result.trades.contains { $0.entryFactors.isEmpty })
        // Tolerance: 1e-12 of the gross PnL moved (each trade's PnL is rounded once more than
        // the account's cash, which is booked fill by fill).
        let scale = max(result.trades.map { abs($0.pnl) }.reduce(0, +), 1)
        #expect(abs(report.totalPnL - (result.finalEquity - backtest.cash)) <= 1e-12 * scale,
                "\(report.totalPnL) vs \(result.finalEquity - backtest.cash)")
        for dimension in AttributionDimension.allCases {
            let parts = report.rows(for: dimension).map(\.pnl).reduce(0, +)
            #expect(abs(parts - report.totalPnL) <= 1e-12 * scale, "\(dimension): \(parts) vs \(report.totalPnL)")
        }
        #expect(report.pnl(.factor, FactorShares.unattributedKey) != nil)
        #expect(report.pnl(.factor, "carry") == 0)
    }
}

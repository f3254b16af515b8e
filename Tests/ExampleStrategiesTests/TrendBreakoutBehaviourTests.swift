import Attribution
import ExampleStrategies
import Factors
import TradingCore
import Testing

@Suite("TrendBreakout rules")
struct TrendBreakoutBehaviourTests {
    @Test("every trade records the strategy and the entry factor scores and weights, above the threshold")
    func entriesCarryContributions() {
        let parameters = TrendBreakoutParameters()
        let result = TrendBreakoutSampleRun.run(parameters)
        #expect(!result.trades.isEmpty)
        for trade in result.trades {
            #expect(trade.strategy == TrendBreakoutStrategy.name)
            #expect(Set(trade.entryContributions.keys) == ["momentum", "breakout"])
            // The scores and the configured weights at entry are recorded, not only their products.
            #expect(trade.entryFactors.map(\.factor) == ["momentum", "breakout"])
            #expect(trade.entryFactors.map(\.weight) == [parameters.factors.momentumWeight, parameters.factors.breakoutWeight])
            #expect(trade.entryFactors.allSatisfy { $0.score.isFinite && $0.contribution == $0.weight * $0.score })
            #expect(trade.entryContributions.values.reduce(0, +) > parameters.entryThreshold)
            #expect(trade.side == .long)
        }
        // With every trade attributable, the factor rows have no unattributed bucket.
        #expect(AttributionReport(trades: result.trades).pnl(.factor, FactorShares.unattributedKey) == nil)
    }

    @Test("no order before the composite has warmed up")
    func warmUp() throws {
        let configuration = FactorConfiguration()
        let warmUp = TrendBreakoutParameters().warmUpPeriod
        #expect(warmUp == max(configuration.makeMomentumFactor().warmUpPeriod, configuration.makeBreakoutFactor().warmUpPeriod))
        #expect(warmUp == 127 + 126 - 1)
        let result = TrendBreakoutSampleRun.run()
        let firstOrder = try #require(result.orders.first)
        let firstDecisionBar = TrendBreakoutSampleRun.series[0].firstIndex(atOrAfter: firstOrder.createdAt)
        #expect(firstDecisionBar >= warmUp - 1)
    }

    @Test("positions are closed after the maximum holding period", arguments: [3, 10])
    func holdingLimit(bars: Int) {
        let result = TrendBreakoutSampleRun.run(TrendBreakoutParameters(maximumHoldingBars: bars))
        #expect(!result.trades.isEmpty)
        // The exit is decided at the close of bar `entry + bars` and fills at the next open.
        #expect(result.trades.allSatisfy { $0.barsHeld <= bars + 1 })
    }

    @Test("a tighter trailing stop cuts trades shorter")
    func trailingStop() {
        let loose = TrendBreakoutSampleRun.run(TrendBreakoutParameters(stopMultiple: 6))
        let tight = TrendBreakoutSampleRun.run(TrendBreakoutParameters(stopMultiple: 1))
        func averageBars(_ trades: [Trade]) -> Double { Double(trades.map(\.barsHeld).reduce(0, +)) / Double(trades.count) }
        #expect(averageBars(tight.trades) < averageBars(loose.trades))
    }

    @Test("shorts only when allowed")
    func shorts() {
        let parameters = TrendBreakoutParameters(allowsShorts: true)
        let result = TrendBreakoutSampleRun.run(parameters)
        let shorts = result.trades.filter { $0.side == .short }
        #expect(!shorts.isEmpty)
        for trade in shorts { #expect(trade.entryContributions.values.reduce(0, +) < -parameters.entryThreshold) }
    }

    @Test("fixed-risk sizing risks 1 % of equity down to the 3-ATR stop, capped at the equal slice")
    func fixedRiskSize() throws {
        let result = TrendBreakoutSampleRun.run(TrendBreakoutParameters(sizing: .fixedRisk))
        let order = try #require(result.orders.first)
        guard case .units(let quantity) = order.intent.quantity else { Issue.record("expected a fixed quantity"); return }
        // Recompute the ATR the strategy saw at the decision bar; equity is still the starting cash.
        let series = try #require(TrendBreakoutSampleRun.series.first { $0.symbol == order.intent.symbol })
        let decision = series.firstIndex(atOrAfter: order.createdAt)
        var factor = BreakoutFactor()
        for index in 0...decision { _ = factor.update(series[index]) }
        let atr = try #require(factor.features).averageTrueRange
        let expected = min(0.01 * 100_000 / (3 * atr), 0.95 / 3 * 100_000 / series[decision].close).rounded(.down)
        #expect(quantity == expected)
        let equalWeight = try #require(TrendBreakoutSampleRun.run().orders.first)
        #expect(equalWeight.createdAt == order.createdAt)
        #expect(equalWeight.intent.quantity == .units((0.95 / 3 * 100_000 / series[decision].close).rounded(.down)))
    }

    @Test("the risk manager's limits hold: one open position at most")
    func riskManager() {
        var limits = TrendBreakoutSampleRun.riskLimits
        limits.maximumOpenPositions = 1
        let result = TrendBreakoutSampleRun.run(backtest: TrendBreakoutSampleRun.backtest(riskLimits: limits))
        #expect(!result.riskInterventions.isEmpty)
        let trades = result.trades.sorted { $0.entryTime < $1.entryTime }
        for (earlier, later) in zip(trades, trades.dropFirst()) {
            #expect(later.entryTime >= earlier.exitTime, "\(earlier.symbol) and \(later.symbol) overlap")
        }
    }

    @Test("a drawdown halt stops new entries")
    func drawdownHalt() {
        var limits = TrendBreakoutSampleRun.riskLimits
        limits.maximumDrawdown = 0.05
        let halted = TrendBreakoutSampleRun.run(backtest: TrendBreakoutSampleRun.backtest(riskLimits: limits))
        #expect(halted.trades.count < TrendBreakoutSampleRun.run().trades.count)
        #expect(halted.riskInterventions.contains { $0.outcome != .approved })
    }
}

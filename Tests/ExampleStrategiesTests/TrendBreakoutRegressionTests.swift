import Attribution
import ExampleStrategies
import TradingCore
import Testing

/// LEAN-style regression statistics: the run is deterministic, so these numbers may only
/// change with a deliberate change to the strategy, the factors, the engine or the sample
/// data — update them then, and say why in the commit. Tolerance: 1e-9 relative.
@Suite("TrendBreakout regression on the synthetic sample")
struct TrendBreakoutRegressionTests {
    static func isClose(_ value: Double?, _ expected: Double) -> Bool {
        guard let value else { return false }
        return abs(value - expected) <= 1e-9 * max(1, abs(expected))
    }

    @Test("equal-weight sizing (the executable's default run)")
    func equalWeight() throws {
        let result = TrendBreakoutSampleRun.run()
        let metrics = result.metrics
        #expect(metrics.tradeCount == 48)
        #expect(result.orders.count == 97)
        #expect(result.riskInterventions.isEmpty)
        #expect(Self.isClose(metrics.equityFinal, 90_093.15070355014))
        #expect(Self.isClose(metrics.maxDrawdownPct, -27.65607862975308))
        #expect(Self.isClose(metrics.sharpeRatio, -0.1277606204139754))
        #expect(Self.isClose(metrics.winRatePct, 31.25))
        #expect(Self.isClose(metrics.exposurePct, 38.52050594097356))

        let attribution = AttributionReport(trades: result.trades)
        // The position still open at the end is closed at the last close and reported as a
        // trade, so the trades — and every attribution dimension — cover the whole PnL.
        #expect(abs(attribution.totalPnL - (result.finalEquity - 100_000)) <= 1e-9 * 100_000)
        for dimension in AttributionDimension.allCases {
            #expect(abs(attribution.rows(for: dimension).map(\.pnl).reduce(0, +) - attribution.totalPnL) <= 1e-9 * 100_000)
        }
        #expect(Self.isClose(attribution.pnl(.factor, "breakout"), -7_692.6257593642895))
        #expect(Self.isClose(attribution.pnl(.factor, "momentum"), -2_214.223537085545))
        #expect(Self.isClose(attribution.pnl(.symbol, "GLD"), -5_753.185701417442))
        #expect(Self.isClose(attribution.pnl(.symbol, "GOOG"), -7_515.15504087493))
        #expect(Self.isClose(attribution.pnl(.symbol, "MU"), 3_361.4914458425355))

        let first = try #require(result.trades.first)
        #expect(first.symbol == "MU" && first.quantity == 253 && first.barsHeld == 26)
        #expect(first.entryTime == Timestamp(year: 2016, month: 2, day: 26) && first.exitTime == Timestamp(year: 2016, month: 4, day: 4))
        #expect(Self.isClose(first.entryContributions["breakout"], 0.7906414424096179))
        #expect(Self.isClose(first.entryContributions["momentum"], -0.09045809962226276))
        let last = try #require(result.trades.last)
        #expect(last.symbol == "GOOG" && last.quantity == 75 && last.exitTime == Timestamp(year: 2024, month: 12, day: 31))
    }

    @Test("fixed-risk sizing")
    func fixedRisk() {
        let result = TrendBreakoutSampleRun.run(TrendBreakoutParameters(sizing: .fixedRisk))
        let metrics = result.metrics
        #expect(metrics.tradeCount == 48)
        #expect(Self.isClose(metrics.equityFinal, 93_187.35919790754))
        #expect(Self.isClose(metrics.maxDrawdownPct, -12.39772334171242))
        #expect(Self.isClose(metrics.sharpeRatio, -0.3006254651107015))
        #expect(Self.isClose(metrics.winRatePct, 31.25))
    }

    @Test("the same inputs give identical results")
    func deterministic() {
        let first = TrendBreakoutSampleRun.run()
        let second = TrendBreakoutSampleRun.run()
        #expect(first.trades == second.trades)
        #expect(first.equityCurve.equity == second.equityCurve.equity)
    }
}

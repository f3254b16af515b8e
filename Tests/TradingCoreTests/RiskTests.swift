import Testing
import TradingCore

/// One scenario per risk rule: the decision, its rule and the resulting quantity.
@Suite("Risk manager")
struct RiskTests {
    static let flat = Array(repeating: (100.0, 101.0, 99.0, 100.0), count: 5)

    static func run(_ limits: RiskLimits, rows: [(Double, Double, Double, Double)] = flat,
                    _ script: [Int: (inout StrategyContext) -> Void]) -> BacktestResult {
        let a = EngineFixture.series(rows, symbol: "A"), b = EngineFixture.series(rows, symbol: "B")
        let instruments = [Instrument(symbol: "A"), Instrument(symbol: "B", assetClass: .commodity)]
        return Backtest(instruments: instruments, series: [a, b], cash: 100_000, riskLimits: limits, endOfRun: .leaveOpen)
            .run(ScriptedStrategy(script))
    }

    @Test("position cap resizes to the share of equity")
    func positionCap() {
        let result = Self.run(RiskLimits(maximumPositionFraction: 0.5), [0: { context in context.submit(.market(.buy, 1_000, "A")) }])
        #expect(result.riskDecisions.map(\.outcome) == [.resized])
        #expect(result.riskDecisions[0].rule == .maximumPositionFraction && result.riskDecisions[0].approvedQuantity == 500)
        #expect(result.fills.map(\.quantity) == [500])
    }

    @Test("asset-class cap counts the class's existing exposure")
    func assetClassCap() {
        let limits = RiskLimits(maximumAssetClassFraction: [.equity: 0.6])
        let result = Self.run(limits, [0: { context in context.submit(.market(.buy, 400, "A")) },
                                       1: { context in context.submit(.market(.buy, 400, "A")) }])
        #expect(result.riskDecisions.map(\.outcome) == [.approved, .resized])
        #expect(result.riskDecisions[1].rule == .maximumAssetClassExposure && result.riskDecisions[1].approvedQuantity == 200)
    }

    @Test("gross leverage cap counts every instrument")
    func grossLeverage() {
        let result = Self.run(RiskLimits(maximumGrossLeverage: 1), [0: { context in context.submit(.market(.buy, 800, "A")) },
                                                                    1: { context in context.submit(.market(.buy, 400, "B")) }])
        #expect(result.riskDecisions.map(\.outcome) == [.approved, .resized])
        #expect(result.riskDecisions[1].rule == .maximumGrossLeverage && result.riskDecisions[1].approvedQuantity == 200)
    }

    @Test("order notional cap")
    func orderNotional() {
        let result = Self.run(RiskLimits(maximumOrderNotional: 5_000), [0: { context in context.submit(.market(.buy, 1_000, "A")) }])
        #expect(result.riskDecisions[0].rule == .maximumOrderNotional && result.riskDecisions[0].approvedQuantity == 50)
    }

    @Test("open-position limit rejects a new position but not an addition")
    func openPositions() {
        let result = Self.run(RiskLimits(maximumOpenPositions: 1), [0: { context in context.submit(.market(.buy, 10, "A")) },
                                                                    1: { context in
                                                                        context.submit(.market(.buy, 10, "B"))
                                                                        context.submit(.market(.buy, 10, "A"))
                                                                    }])
        #expect(result.riskDecisions.map(\.outcome) == [.approved, .rejected, .approved])
        #expect(result.riskDecisions[1].rule == .maximumOpenPositions)
        #expect(result.orders.map(\.status) == [.filled, .rejected, .filled])
    }

    @Test("daily loss limit blocks new risk after a losing day but lets positions be reduced")
    func dailyLoss() {
        let rows = [(100.0, 101.0, 99.0, 100.0), (100, 101, 99, 100), (100, 100, 60, 60), (60, 61, 59, 60), (60, 61, 59, 60)]
        let result = Self.run(RiskLimits(dailyLossLimit: 0.05), rows: rows, [
            0: { context in context.submit(.market(.buy, 500, "A")) },
            2: { context in
                context.submit(.market(.buy, 10, "B"))
                context.submit(.market(.sell, 100, "A"))
            },
        ])
        #expect(result.riskDecisions.map(\.outcome) == [.approved, .rejected, .approved])
        #expect(result.riskDecisions[1].rule == .dailyLossLimit)
    }

    @Test("drawdown halt flattens when asked and refuses new risk afterwards")
    func drawdownHalt() {
        let rows = [(100.0, 101.0, 99.0, 100.0), (100, 101, 99, 100), (100, 100, 50, 50), (50, 51, 49, 50), (50, 51, 49, 50)]
        let limits = RiskLimits(maximumDrawdown: 0.2, flattensOnDrawdownHalt: true)
        let result = Self.run(limits, rows: rows, [
            0: { context in context.submit(.market(.buy, 900, "A")) },
            3: { context in context.submit(.market(.buy, 10, "A")) },
        ])
        #expect(result.fills.map(\.side) == [.buy, .sell])
        #expect(result.orders[1].intent.strategy == "drawdown halt")
        #expect(result.riskDecisions.last?.outcome == .rejected && result.riskDecisions.last?.rule == .drawdownHalt)
    }

    @Test("every decision is recorded, approvals included, with a reason")
    func decisionsRecorded() {
        let result = Self.run(RiskLimits(maximumPositionFraction: 0.5), [0: { context in
            context.submit(.market(.buy, 10, "A"))
            context.submit(.market(.buy, 10_000, "B"))
        }])
        #expect(result.riskDecisions.count == 2)
        #expect(result.riskDecisions.allSatisfy { !$0.reason.isEmpty })
        #expect(result.riskInterventions.count == 1 && result.riskInterventionCount == 1)
    }
}

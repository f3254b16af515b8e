import Testing
import TradingCore

/// Ways around the pre-trade limits and the bracket rules, each closed: orders still working
/// count against the limits, turning a position around is new risk, exits never open a
/// position, exits do not outlive a parent that ends unfilled, lots survive binary rounding.
@Suite("Risk and brackets: edge cases")
struct RiskAndBracketEdgeTests {
    typealias Row = (Double, Double, Double, Double)
    static let flat = Array(repeating: (100.0, 101.0, 99.0, 100.0), count: 6)

    /// The net filled quantity of `symbol`.
    static func net(_ result: BacktestResult, _ symbol: String) -> Double {
        result.fills.filter { $0.symbol == symbol }.reduce(0) { $0 + $1.side.sign * $1.quantity }
    }

    /// Two instruments, A and B, on the same bars; 100 000 of cash; positions left open.
    static func run(_ limits: RiskLimits = .none, rows: [Row] = flat, _ script: [Int: (inout StrategyContext) -> Void]) -> BacktestResult {
        let a = EngineFixture.series(rows, symbol: "A"), b = EngineFixture.series(rows, symbol: "B")
        return Backtest(instruments: [Instrument(symbol: "A"), Instrument(symbol: "B")], series: [a, b], cash: 100_000,
                        riskLimits: limits, endOfRun: .leaveOpen).run(ScriptedStrategy(script))
    }

    @Test("a position cap counts the orders sent before in the same bar")
    func splitOrdersAgainstPositionCap() {
        let result = Self.run(RiskLimits(maximumPositionFraction: 0.1), [0: { context in
            context.submit(.market(.buy, 100, "A"))
            context.submit(.market(.buy, 100, "A"))
        }])
        #expect(result.riskDecisions.map(\.outcome) == [.approved, .rejected])
        #expect(Self.net(result, "A") == 100)
    }

    @Test("the open-position limit counts positions that working orders will open")
    func splitOrdersAgainstOpenPositions() {
        let result = Self.run(RiskLimits(maximumOpenPositions: 1), [0: { context in
            context.submit(.market(.buy, 10, "A"))
            context.submit(.market(.buy, 10, "B"))
        }])
        #expect(result.riskDecisions.map(\.outcome) == [.approved, .rejected])
        #expect(result.riskDecisions[1].reason == "1 positions open or being opened, limit 1")
        #expect(Self.net(result, "B") == 0)
    }

    @Test("after the kill switch's flatten, a second close counts as new risk and is rejected")
    func killSwitchAndSecondClose() {
        let result = Self.run(.none, [0: { context in context.submit(.market(.buy, 100, "A")) },
                               2: { context in
                                   context.activateKillSwitch()
                                   context.target(quantity: 0, "A")
                               }])
        #expect(Self.net(result, "A") == 0)
        #expect(result.riskDecisions.last?.rule == .killSwitch)
    }

    @Test("turning a long into a short is new risk: refused under the drawdown halt")
    func flipUnderDrawdownHalt() {
        let rows: [Row] = [(100, 101, 99, 100), (100, 101, 99, 100), (100, 100, 50, 50), (50, 51, 49, 50), (50, 51, 49, 50), (50, 51, 49, 50)]
        let result = Self.run(RiskLimits(maximumDrawdown: 0.2), rows: rows, [
            0: { context in context.submit(.market(.buy, 900, "A")) },
            3: { context in context.submit(.market(.sell, 1_800, "A")) },
        ])
        #expect(result.riskDecisions.last?.rule == .drawdownHalt)
        #expect(Self.net(result, "A") == 900)
    }

    @Test("turning a long into a short is capped like any new position")
    func flipAgainstPositionCap() {
        let rows: [Row] = [(100, 101, 99, 100), (100, 101, 99, 100), (100, 200, 100, 200), (200, 201, 199, 200), (200, 201, 199, 200), (200, 201, 199, 200)]
        let result = Self.run(RiskLimits(maximumPositionFraction: 0.1), rows: rows, [
            0: { context in context.submit(.market(.buy, 100, "A")) },
            3: { context in context.submit(.market(.sell, 200, "A")) },
        ])
        #expect(result.riskDecisions.last?.outcome == .resized)
        #expect(abs(Self.net(result, "A")) * 200 <= 0.1 * result.finalEquity)
    }

    @Test("an order sized at its fill is checked against the buying power a close sent with it releases")
    func deferredSizeAgainstCap() {
        let result = Self.run(RiskLimits(maximumPositionFraction: 0.5), [
            0: { context in
                context.submit(.market(.buy, 500, "A"))
                context.submit(.market(.buy, 500, "B"))
            },
            2: { context in
                context.submit(OrderIntent(symbol: "A", side: .sell, quantity: .entirePosition))
                context.submit(OrderIntent(symbol: "B", side: .buy, quantity: .fractionOfBuyingPower(1)))
            },
        ])
        #expect(result.riskDecisions.last?.outcome == .rejected)
        #expect(result.riskDecisions.last?.requestedQuantity == 500)
        #expect(Self.net(result, "B") == 500)
    }

    @Test("an order is refused while its instrument has no price to check a money limit against")
    func noReferencePrice() {
        let a = EngineFixture.series(Self.flat, symbol: "A")
        let b = EngineFixture.series(Array(Self.flat.prefix(3)), symbol: "B", startDay: 3)
        let result = Backtest(instruments: [Instrument(symbol: "A"), Instrument(symbol: "B")], series: [a, b], cash: 100_000,
                              riskLimits: RiskLimits(maximumOrderNotional: 1_000), endOfRun: .leaveOpen)
            .run(ScriptedStrategy([0: { context in context.submit(.market(.buy, 900, "B")) }]))
        #expect(result.riskDecisions.map(\.rule) == [.noReferencePrice])
        #expect(result.fills.isEmpty)
    }

    @Test("a bracket exit never closes more than the position: after a manual close it is cancelled")
    func exitAfterManualClose() {
        let rows: [Row] = [(100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 99, 100), (85, 86, 80, 80), (80, 81, 79, 80)]
        let result = Self.run(.none, rows: rows, [
            0: { context in context.submit(OrderIntent(symbol: "A", side: .buy, quantity: .units(40), stopLoss: 90, takeProfit: 200)) },
            2: { context in context.closePosition("A") },
        ])
        #expect(Self.net(result, "A") == 0)
        #expect(result.fills.count == 2)
        #expect(result.orders[1].status == .cancelled && result.orders[1].reason == "no position left to close")
        #expect(result.orders[2].status == .cancelled)
    }

    @Test("a moved stop stays in the OCO pair: the take-profit's fill cancels it")
    func replacedStopKeepsOCO() {
        let rows: [Row] = [(100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 99, 100), (110, 116, 109, 115), (100, 101, 90, 90), (90, 91, 89, 90)]
        let result = Self.run(.none, rows: rows, [
            0: { context in context.submit(OrderIntent(symbol: "A", side: .buy, quantity: .units(100), stopLoss: 90, takeProfit: 112)) },
            2: { context in context.replace(ClientOrderID(rawValue: 2), with: .stop(.sell, 100, "A", stop: 95)) },
        ])
        #expect(result.orders[3].role == .stopLoss && result.orders[3].parentID == ClientOrderID(rawValue: 1))
        #expect(result.fills.map(\.price) == [100, 112])
        #expect(result.orders[3].status == .cancelled && result.orders[3].reason == "OCO sibling filled")
        #expect(Self.net(result, "A") == 0)
    }

    @Test("once an exit has closed a partly filled entry, the rest of the entry is cancelled")
    func exitCancelsPartlyFilledParent() {
        let rows: [Row] = [(100, 101, 99, 100), (100, 101, 90, 100), (100, 101, 99, 100), (60, 61, 40, 50), (50, 51, 49, 50), (50, 51, 49, 50)]
        let series = EngineFixture.series(rows, symbol: "A", volume: 100)
        let execution = ExecutionConfiguration(fillModel: VolumeCappedFillModel(IntrabarFillModel(), maximumVolumeShare: 1))
        let result = Backtest(instruments: [Instrument(symbol: "A")], series: [series], cash: 100_000, execution: execution, endOfRun: .leaveOpen)
            .run(ScriptedStrategy([0: { context in
                context.submit(OrderIntent(symbol: "A", side: .buy, quantity: .units(200), stopLoss: 95, takeProfit: 200))
            }]))
        #expect(result.fills.map(\.quantity) == [100, 100])
        #expect(result.fills.map(\.price) == [100, 95])
        #expect(result.orders[0].status == .cancelled && result.orders[0].reason == "bracket exit O-0000002 filled")
        #expect(Self.net(result, "A") == 0)
    }

    @Test("the exits of an entry that expires unfilled end with it")
    func exitsOfExpiredParent() {
        let result = Self.run(.none, [0: { context in
            context.submit(OrderIntent(symbol: "A", side: .buy, quantity: .units(10), type: .limit(price: 50), timeInForce: .day,
                                       stopLoss: 40, takeProfit: 60))
        }])
        #expect(result.orders.map(\.status) == [.expired, .cancelled, .cancelled])
        #expect(result.orders[1].reason == "parent order O-0000001 ended unfilled")
    }

    @Test("the drawdown halt cancels working orders that would add risk, and keeps those that reduce it")
    func haltCancelsOpeningOrders() {
        let rows: [Row] = [(100, 101, 99, 100), (100, 101, 99, 100), (100, 100, 50, 50), (50, 51, 40, 45), (45, 46, 44, 45), (45, 46, 44, 45)]
        let result = Self.run(RiskLimits(maximumDrawdown: 0.2), rows: rows, [
            0: { context in
                context.submit(.market(.buy, 900, "A"))
                context.submit(.limit(.buy, 100, "B", price: 42))
            },
            1: { context in context.submit(.limit(.sell, 400, "A", price: 120)) },
        ])
        #expect(Self.net(result, "B") == 0)
        #expect(result.orders[1].status == .cancelled)
        #expect(result.orders[2].status == .accepted)
    }

    @Test("whole lots survive binary rounding: three lots of 0.1 are 0.3")
    func lotRounding() {
        let instrument = Instrument(symbol: "X", lotSize: 0.1)
        #expect(instrument.roundedToLot(0.3) == 3 * 0.1)
        #expect(instrument.roundedToLot(0.29999) == 2 * 0.1)
        #expect(Instrument(symbol: "Y").roundedToLot(99.999_999_999) == 99)
        #expect(EqualWeightSizer().quantity(for: SizingRequest(equity: 30, price: 100, instrument: instrument)) == 3 * 0.1)
        let series = EngineFixture.series(Self.flat, symbol: "A")
        let result = Backtest(instruments: [Instrument(symbol: "A", lotSize: 0.1)], series: [series], cash: 100_000,
                              riskLimits: RiskLimits(maximumOrderNotional: 30), endOfRun: .leaveOpen)
            .run(ScriptedStrategy([0: { context in context.submit(.market(.buy, 0.3, "A")) }]))
        #expect(result.riskDecisions.map(\.outcome) == [.approved])
        #expect(result.orders[0].status == .filled)
    }

    @Test("rounding dust left by closing in parts closes the position")
    func dust() {
        let a = EngineFixture.series(Self.flat, symbol: "A"), b = EngineFixture.series(Self.flat, symbol: "B")
        let result = Backtest(instruments: [Instrument(symbol: "A", lotSize: 0.1), Instrument(symbol: "B", lotSize: 0.1)],
                              series: [a, b], cash: 100_000, riskLimits: RiskLimits(maximumOpenPositions: 1), endOfRun: .leaveOpen)
            .run(ScriptedStrategy([
                0: { context in context.submit(.market(.buy, 0.1, "A")); context.submit(.market(.buy, 0.2, "A")) },
                1: { context in context.submit(.market(.sell, 0.1, "A")); context.submit(.market(.sell, 0.2, "A")) },
                2: { context in context.submit(.market(.buy, 1, "B")) },
            ]))
        #expect(result.riskDecisions.last?.outcome == .approved)
        #expect(result.trades.count == 2)
        #expect(Self.net(result, "B") == 1)
    }
}

import Testing
import TradingCore

/// Hand-computed fills for every order type and fill rule (gaps included), the bracket
/// OCO rules, time in force, partial fills and the same-bar-close option.
@Suite("Execution: fill rules")
struct ExecutionFillTests {
    typealias Row = (Double, Double, Double, Double)
    static let decisionBar: Row = (100, 101, 99, 100)

    struct SingleOrderCase: Sendable, CustomTestStringConvertible {
        var name: String
        var side: OrderSide
        var type: OrderType
        var bars: [Row]
        /// The expected fill price and bar (1 = the bar after the decision), or nil for no fill.
        var expected: (price: Double, bar: Int)?
        var testDescription: String { name }
    }

    static let singleOrderCases: [SingleOrderCase] = [
        SingleOrderCase(name: "market buy fills at the next open", side: .buy, type: .market, bars: [(102, 103, 101, 102)], expected: (102, 1)),
        SingleOrderCase(name: "market sell fills at the next open", side: .sell, type: .market, bars: [(98, 99, 97, 98)], expected: (98, 1)),
        SingleOrderCase(name: "buy limit touched inside the bar fills at the limit", side: .buy, type: .limit(price: 99), bars: [(101, 102, 98.5, 100)], expected: (99, 1)),
        SingleOrderCase(name: "buy limit gapped through fills at the better open", side: .buy, type: .limit(price: 99), bars: [(98, 99.5, 97, 99)], expected: (98, 1)),
        SingleOrderCase(name: "buy limit not reached does not fill", side: .buy, type: .limit(price: 95), bars: [(101, 102, 98, 100), (100, 101, 96, 97)], expected: nil),
        SingleOrderCase(name: "buy limit fills on a later bar", side: .buy, type: .limit(price: 95), bars: [(101, 102, 98, 100), (97, 98, 94, 95)], expected: (95, 2)),
        SingleOrderCase(name: "sell limit touched fills at the limit", side: .sell, type: .limit(price: 105), bars: [(101, 106, 100, 104)], expected: (105, 1)),
        SingleOrderCase(name: "sell limit gapped through fills at the better open", side: .sell, type: .limit(price: 105), bars: [(107, 108, 106, 107)], expected: (107, 1)),
        SingleOrderCase(name: "sell stop touched fills at the stop", side: .sell, type: .stop(stop: 95), bars: [(99, 100, 94, 96)], expected: (95, 1)),
        SingleOrderCase(name: "sell stop gapped through fills at the worse open", side: .sell, type: .stop(stop: 95), bars: [(90, 92, 89, 91)], expected: (90, 1)),
        SingleOrderCase(name: "buy stop touched fills at the stop", side: .buy, type: .stop(stop: 105), bars: [(101, 106, 100, 104)], expected: (105, 1)),
        SingleOrderCase(name: "buy stop gapped through fills at the worse open", side: .buy, type: .stop(stop: 105), bars: [(108, 110, 107, 109)], expected: (108, 1)),
        SingleOrderCase(name: "stop-limit triggered with stop inside the limit fills at the stop", side: .buy,
                        type: .stopLimit(stop: 105, limit: 106), bars: [(101, 107, 100, 106)], expected: (105, 1)),
        SingleOrderCase(name: "stop-limit triggered above its limit waits, then fills at the limit", side: .buy,
                        type: .stopLimit(stop: 105, limit: 104), bars: [(101, 107, 100, 106), (105, 106, 103.5, 105)], expected: (104, 2)),
        SingleOrderCase(name: "stop-limit gapped through, marketable, fills at the open", side: .buy,
                        type: .stopLimit(stop: 105, limit: 110), bars: [(108, 109, 107, 108)], expected: (108, 1)),
        SingleOrderCase(name: "stop-limit gapped above its limit fills when the bar comes back to it", side: .buy,
                        type: .stopLimit(stop: 105, limit: 106), bars: [(108, 109, 105.5, 107)], expected: (106, 1)),
        SingleOrderCase(name: "sell stop-limit triggered below its limit fills at the stop", side: .sell,
                        type: .stopLimit(stop: 95, limit: 94), bars: [(99, 100, 93, 96)], expected: (95, 1)),
    ]

    @Test("single orders fill at hand-computed prices", arguments: singleOrderCases)
    func singleOrder(_ testCase: SingleOrderCase) {
        let series = EngineFixture.series([Self.decisionBar] + testCase.bars)
        let strategy = ScriptedStrategy([0: { context in
            context.submit(OrderIntent(symbol: "TEST", side: testCase.side, quantity: .units(10), type: testCase.type))
        }])
        let result = EngineFixture.run(strategy, [series])
        if let expected = testCase.expected {
            #expect(result.fills.count == 1)
            #expect(result.fills.first?.price == expected.price)
            #expect(result.fills.first?.timestamp == EngineFixture.day(expected.bar))
            #expect(result.orders[0].status == .filled)
        } else {
            #expect(result.fills.isEmpty)
            #expect(result.orders[0].status == .accepted)
        }
    }

    static func bracketRun(_ bars: [Row], priority: BracketPriority = .stopLossFirst) -> BacktestResult {
        let series = EngineFixture.series([decisionBar] + bars)
        let strategy = ScriptedStrategy([0: { context in
            context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(10), stopLoss: 95, takeProfit: 110))
        }])
        return EngineFixture.run(strategy, [series], execution: ExecutionConfiguration(bracketPriority: priority))
    }

    @Test("a bar touching both bracket exits fills the stop-loss by default and cancels the take-profit")
    func bracketStopFirst() {
        let result = Self.bracketRun([(100, 104, 98, 102), (102, 111, 94, 100)])
        #expect(result.fills.map(\.price) == [100, 95])
        #expect(result.orders.map(\.role) == [.primary, .stopLoss, .takeProfit])
        #expect(result.orders.map(\.status) == [.filled, .filled, .cancelled])
        #expect(result.orders[2].reason == "OCO sibling filled")
        #expect(result.trades.count == 1 && result.trades[0].pnl == -50)
    }

    @Test("the optimistic priority fills the take-profit instead")
    func bracketTakeProfitFirst() {
        let result = Self.bracketRun([(100, 104, 98, 102), (102, 111, 94, 100)], priority: .takeProfitFirst)
        #expect(result.fills.map(\.price) == [100, 110])
        #expect(result.orders.map(\.status) == [.filled, .cancelled, .filled])
    }

    @Test("a gap through the stop-loss fills at the open whatever the priority", arguments: BracketPriority.allCases)
    func bracketGap(_ priority: BracketPriority) {
        let result = Self.bracketRun([(100, 104, 98, 102), (93, 111, 92, 95)], priority: priority)
        #expect(result.fills.map(\.price) == [100, 93])
    }

    @Test("exits of an entry filled at the open can trigger in the same bar")
    func bracketSameBar() {
        let result = Self.bracketRun([(100, 101, 94, 96)])
        #expect(result.fills.map(\.price) == [100, 95])
        #expect(result.fills.map(\.timestamp) == [EngineFixture.day(1), EngineFixture.day(1)])
    }

    @Test("a DAY order expires after its first day; a GTC order keeps working")
    func dayExpiry() {
        let series = EngineFixture.series([Self.decisionBar, (100, 101, 99, 100), (100, 101, 89, 95)])
        let strategy = ScriptedStrategy([0: { context in
            context.submit(.limit(.buy, 10, "TEST", price: 90, timeInForce: .day))
            context.submit(.limit(.buy, 10, "TEST", price: 90, timeInForce: .goodTillCancelled))
        }])
        let result = EngineFixture.run(strategy, [series])
        #expect(result.orders.map(\.status) == [.expired, .filled])
        #expect(result.fills.count == 1 && result.fills[0].orderID == ClientOrderID(rawValue: 2) && result.fills[0].price == 90)
    }

    @Test("an IOC order's unfilled remainder is cancelled after its first bar")
    func immediateOrCancel() {
        let series = EngineFixture.series([Self.decisionBar, (100, 101, 99, 100), (100, 101, 89, 95)])
        let strategy = ScriptedStrategy([0: { context in
            context.submit(.limit(.buy, 10, "TEST", price: 90, timeInForce: .immediateOrCancel))
        }])
        let result = EngineFixture.run(strategy, [series])
        #expect(result.orders[0].status == .cancelled && result.orders[0].reason == "IOC remainder")
        #expect(result.fills.isEmpty)
    }

    @Test("volume-capped fills carry the rest over to later bars")
    func volumeCap() {
        let series = EngineFixture.series([Self.decisionBar, (100, 101, 99, 100), (101, 102, 100, 101), (102, 103, 101, 102)], volume: 1_000)
        let strategy = ScriptedStrategy([0: { context in context.submit(.market(.buy, 250, "TEST")) }])
        let execution = ExecutionConfiguration(fillModel: VolumeCappedFillModel(IntrabarFillModel(), maximumVolumeShare: 0.1))
        let result = EngineFixture.run(strategy, [series], execution: execution)
        #expect(result.fills.map(\.quantity) == [100, 100, 50])
        #expect(result.fills.map(\.price) == [100, 101, 102])
        #expect(result.orders[0].status == .filled)
        let average: Double = (100 * 100 + 100 * 101 + 50 * 102) / 250
        #expect(abs(result.orders[0].averageFillPrice - average) < 1e-12)
    }

    @Test("a deferred-size order split by the volume cap stays partially filled until its last fill")
    func volumeCapDeferredSize() {
        let series = EngineFixture.series([Self.decisionBar, (100, 101, 99, 100), (100, 101, 99, 100)], volume: 1_000)
        let strategy = ScriptedStrategy([0: { context in
            context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .fractionOfBuyingPower(1)))
        }])
        let execution = ExecutionConfiguration(fillModel: VolumeCappedFillModel(IntrabarFillModel(), maximumVolumeShare: 0.1))
        let result = EngineFixture.run(strategy, [series], cash: 25_000, execution: execution)
        #expect(result.fills.map(\.quantity) == [100, 100])
        #expect(result.fills.map(\.leavesQuantity) == [150, 50])
        #expect(result.orders[0].status == .partiallyFilled && result.orders[0].filledQuantity == 200)
    }

    @Test("a volume-capped IOC order fills what it can and cancels the rest")
    func volumeCapIOC() {
        let series = EngineFixture.series([Self.decisionBar, (100, 101, 99, 100), (101, 102, 100, 101)], volume: 1_000)
        let strategy = ScriptedStrategy([0: { context in
            context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(250), timeInForce: .immediateOrCancel))
        }])
        let execution = ExecutionConfiguration(fillModel: VolumeCappedFillModel(IntrabarFillModel(), maximumVolumeShare: 0.1))
        let result = EngineFixture.run(strategy, [series], execution: execution)
        #expect(result.fills.map(\.quantity) == [100])
        #expect(result.orders[0].status == .cancelled && result.orders[0].filledQuantity == 100)
    }

    /// A fill model of the host's own: market orders at the bar's midpoint, at most 30 units a bar.
    struct MidpointFillModel: FillModel {
        func fillPrice(for type: OrderType, side: OrderSide, isTriggered: inout Bool, open: Double, bar: Bar) -> Double? {
            type == .market ? (bar.high + bar.low) / 2 : IntrabarFillModel().fillPrice(for: type, side: side, isTriggered: &isTriggered,
                                                                                        open: open, bar: bar)
        }

        func fillableQuantity(_ remaining: Double, bar: Bar) -> Double { Swift.min(remaining, 30) }
    }

    @Test("a host's own fill model decides prices and capacity, alone and under the volume cap")
    func customFillModel() {
        let series = EngineFixture.series([Self.decisionBar, (100, 104, 98, 100), (101, 103, 101, 102), (102, 106, 100, 102)], volume: 250)
        let strategy = ScriptedStrategy([0: { context in context.submit(.market(.buy, 70, "TEST")) }])
        let own = EngineFixture.run(strategy, [series], execution: ExecutionConfiguration(fillModel: MidpointFillModel()))
        #expect(own.fills.map(\.quantity) == [30, 30, 10])
        #expect(own.fills.map(\.price) == [101, 102, 103])
        // The cap (10 % of 250 = 25 units) binds before the model's 30.
        let capped = ExecutionConfiguration(fillModel: VolumeCappedFillModel(MidpointFillModel(), maximumVolumeShare: 0.1))
        let cappedRun = EngineFixture.run(strategy, [series], execution: capped)
        #expect(cappedRun.fills.map(\.quantity) == [25, 25, 20])
        #expect(cappedRun.fills.map(\.price) == [101, 102, 103])
    }

    @Test("orders finishing on one bar leave the others working, in submission order")
    func partlyFinishedWorkingOrders() {
        let series = EngineFixture.series([Self.decisionBar, (100, 101, 99, 100), (100, 101, 99, 100), (97, 98, 94, 95)])
        let strategy = ScriptedStrategy([0: { context in
            context.submit(.market(.buy, 10, "TEST"))
            context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(5), type: .limit(price: 96)))
            context.submit(.market(.buy, 20, "TEST"))
            context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(7), type: .limit(price: 95)))
        }])
        let result = EngineFixture.run(strategy, [series])
        #expect(result.fills.map(\.orderID.rawValue) == [1, 3, 2, 4])
        #expect(result.fills.map(\.price) == [100, 100, 96, 95])
        #expect(result.fills.map(\.timestamp) == [EngineFixture.day(1), EngineFixture.day(1), EngineFixture.day(3), EngineFixture.day(3)])
    }

    @Test("the same-bar-close option fills market orders at the deciding bar's close")
    func sameBarClose() {
        let series = EngineFixture.series([(100, 101, 99, 100.5), (102, 103, 101, 102)])
        let strategy = ScriptedStrategy([0: { context in context.submit(.market(.buy, 10, "TEST")) }])
        let result = EngineFixture.run(strategy, [series], execution: ExecutionConfiguration(marketFillTiming: .sameBarClose))
        #expect(result.fills.map(\.price) == [100.5])
        #expect(result.fills.map(\.timestamp) == [EngineFixture.day(0)])
        let expectedEquity: [Double] = [100_000, 100_000 + 10 * (102 - 100.5)]
        #expect(result.equityCurve.equity == expectedEquity)
    }

    @Test("cancel stops an order; replace cancels it and links the new one")
    func cancelAndReplace() {
        let series = EngineFixture.series([Self.decisionBar, (100, 101, 99.5, 100), (100, 101, 98.5, 100), (100, 101, 89, 95)])
        let strategy = ScriptedStrategy([
            0: { context in
                context.submit(.limit(.buy, 10, "TEST", price: 90))
                context.submit(.limit(.buy, 10, "TEST", price: 90))
            },
            1: { context in
                context.cancel(ClientOrderID(rawValue: 1))
                context.replace(ClientOrderID(rawValue: 2), with: .limit(.buy, 5, "TEST", price: 99))
            },
        ])
        let result = EngineFixture.run(strategy, [series])
        #expect(result.orders.map(\.status) == [.cancelled, .cancelled, .filled])
        #expect(result.orders[2].replacesID == ClientOrderID(rawValue: 2))
        #expect(result.fills.map(\.price) == [99] && result.fills.map(\.quantity) == [5])
    }

    @Test("a same-bar-close fill with slippage leaves the bar's equity valued at the close")
    func sameBarCloseMarksAtClose() {
        let series = EngineFixture.series([Self.decisionBar, (102, 103, 101, 102)])
        let strategy = ScriptedStrategy([0: { context in context.submit(.market(.buy, 10, "TEST")) }])
        let execution = ExecutionConfiguration(slippage: FixedBasisPointsSlippage(basisPoints: 100), marketFillTiming: .sameBarClose)
        let result = EngineFixture.run(strategy, [series], execution: execution)
        #expect(result.fills.map(\.price) == [101])
        let expected: [Double] = [99_990, 100_010]  // 10 × 100 close − 10 × 101 paid; then + 10 × 2
        #expect(result.equityCurve.equity == expected)
    }

    @Test("replacing an order that has already filled rejects the replacement")
    func replaceAfterFill() {
        let series = EngineFixture.series([Self.decisionBar, (100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 99, 100)])
        let strategy = ScriptedStrategy([
            0: { context in context.submit(.market(.buy, 10, "TEST")) },
            1: { context in context.replace(ClientOrderID(rawValue: 1), with: .market(.buy, 5, "TEST")) },
        ])
        let result = EngineFixture.run(strategy, [series])
        #expect(result.orders.map(\.status) == [.filled, .rejected])
        #expect(result.orders[1].reason == "order O-0000001 to replace is no longer open")
        #expect(result.orders[1].replacesID == ClientOrderID(rawValue: 1))
        #expect(result.fills.map(\.quantity) == [10])
        #expect(result.riskDecisions.last?.outcome == .rejected)
    }

    @Test("deferred sizing buys whole shares with the commission inside the budget")
    func fractionSizingWithCommission() {
        let series = EngineFixture.series([Self.decisionBar, (100, 101, 99, 100)])
        let strategy = ScriptedStrategy([0: { context in
            context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .fractionOfBuyingPower(1)))
        }])
        let execution = ExecutionConfiguration(commission: PercentOfNotionalCommission(rate: 0.01))
        let result = EngineFixture.run(strategy, [series], cash: 10_000, execution: execution)
        #expect(result.fills.map(\.quantity) == [99])
        #expect(result.fills[0].commission == 99)
        #expect(abs(result.equityCurve.cash.last! - 1) < 1e-9)
    }

    @Test("orders beyond buying power and shorts of unshortable instruments are rejected by the venue")
    func venueRejections() {
        let series = EngineFixture.series([Self.decisionBar, (100, 101, 99, 100)])
        let strategy = ScriptedStrategy([0: { context in
            context.submit(.market(.buy, 20, "TEST"))
            context.submit(.market(.sell, 1, "TEST"))
        }])
        let backtest = Backtest(instruments: [Instrument(symbol: "TEST", isShortable: false)], series: [series], cash: 1_000, endOfRun: .leaveOpen)
        let result = backtest.run(strategy)
        #expect(result.orders.map(\.status) == [.rejected, .rejected])
        #expect(result.orders[0].reason == "insufficient buying power")
        #expect(result.orders[1].reason == "TEST is not shortable")
        #expect(result.fills.isEmpty)
    }

    @Test("fixed slippage moves buys up and sells down")
    func slippageDirection() {
        let series = EngineFixture.series([Self.decisionBar, (100, 101, 99, 100), (100, 101, 99, 100)])
        let strategy = ScriptedStrategy([0: { context in context.submit(.market(.buy, 10, "TEST")) },
                                         1: { context in context.submit(.market(.sell, 10, "TEST")) }])
        let result = EngineFixture.run(strategy, [series], execution: ExecutionConfiguration(slippage: FixedBasisPointsSlippage(basisPoints: 10)))
        #expect(result.fills.map(\.price) == [100 * 1.001, 100 * 0.999])
        #expect(abs(result.fills[0].slippage - 10 * 100 * 0.001) < 1e-9)
    }

    /// A model returning a fixed fraction, whatever its range.
    struct ConstantSlippage: SlippageModel {
        var fraction: Double
        func slippageFraction(quantity: Double, price: Double, bar: Bar) -> Double { fraction }
    }

    @Test("a slippage fraction outside [0, 1) rejects the order instead of filling at a price ≤ 0",
          arguments: [1.0, 1.5, -0.01, Double.nan, Double.infinity])
    func slippageOutOfRange(_ fraction: Double) {
        let series = EngineFixture.series([Self.decisionBar, (100, 101, 99, 100), (100, 101, 99, 100)])
        let strategy = ScriptedStrategy([0: { context in
            context.submit(.market(.sell, 10, "TEST"))
            context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .fractionOfBuyingPower(0.5)))
        }])
        let result = EngineFixture.run(strategy, [series], execution: ExecutionConfiguration(slippage: ConstantSlippage(fraction: fraction)))
        #expect(result.fills.isEmpty)
        #expect(result.orders.map(\.status) == [.rejected, .rejected])
        #expect(result.orders.allSatisfy { $0.reason == "slippage fraction \(fraction) outside [0, 1)" })
        #expect(result.equityCurve.equity.allSatisfy { $0 == 100_000 })
    }

    @Test("a slippage fraction just below 1 still fills, at a positive price")
    func slippageNearOne() {
        let series = EngineFixture.series([Self.decisionBar, (100, 101, 99, 100)])
        let strategy = ScriptedStrategy([0: { context in context.submit(.market(.sell, 10, "TEST")) }])
        let result = EngineFixture.run(strategy, [series], execution: ExecutionConfiguration(slippage: ConstantSlippage(fraction: 0.75)))
        #expect(result.fills.map(\.price) == [25])
        #expect(result.orders[0].status == .filled)
    }
}

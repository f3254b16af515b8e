import Testing
import TradingCore

/// The order lifecycle where the strategy's reactions and the venue's reports cross, and the
/// end-of-run close-out: found by a seeded random fuzzer, each case minimized.
@Suite("Engine: lifecycle edge cases")
struct EngineLifecycleEdgeTests {
    static let rows: [(Double, Double, Double, Double)] = Array(repeating: (100, 101, 99, 100), count: 4)

    /// Runs `script` per bar and, once, `onFirstFill` from `onFill` until it returns true.
    struct ReactingStrategy: Strategy {
        var script: [Int: (inout StrategyContext) -> Void]
        var onFirstFill: (Fill, inout StrategyContext) -> Bool
        var done = false
        mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) { script[context.step]?(&context) }
        mutating func onFill(_ fill: Fill, _ context: inout StrategyContext) {
            if !done { done = onFirstFill(fill, &context) }
        }
    }

    @Test("replacing an order whose fill has not reached the engine yet is rejected by the venue")
    func replaceOfOrderFilledAtTheVenue() {
        let strategy = ReactingStrategy(script: [0: { context in
            context.submit(.market(.buy, 10, "TEST"))
            context.submit(.market(.buy, 10, "TEST"))
        }], onFirstFill: { fill, context in
            guard fill.orderID.rawValue == 1 else { return false }
            context.replace(ClientOrderID(rawValue: 2), with: .market(.buy, 10, "TEST"))
            return true
        })
        let result = EngineFixture.run(strategy, [EngineFixture.series(Self.rows)])
        #expect(result.orders[2].status == .rejected)
        #expect(result.orders[2].reason == "order O-0000002 to replace is no longer open")
        #expect(result.fills.reduce(0) { $0 + $1.signedQuantity } == 20)
    }

    @Test("a replaced exit closes no more than its own quantity")
    func replacedExitKeepsItsQuantity() {
        let rows: [(Double, Double, Double, Double)] = [(100, 101, 99, 100), (100, 101, 99, 100), (96, 97, 94, 95), (95, 96, 85, 86), (86, 87, 85, 86)]
        let result = EngineFixture.run(ScriptedStrategy([
            0: { context in context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(100), type: .limit(price: 95), stopLoss: 90)) },
            1: { context in context.replace(ClientOrderID(rawValue: 2), with: .stop(.sell, 10, "TEST", stop: 90)) },
        ]), [EngineFixture.series(rows)])
        #expect(result.orders[2].role == .stopLoss)
        #expect(result.orders[2].filledQuantity == 10)
    }

    @Test("an exit replaced by an order for another instrument becomes an order of its own, priced on its own bars")
    func exitReplacedWithAnotherSymbol() {
        let a = EngineFixture.series(Array(repeating: (100, 101, 99, 100), count: 4), symbol: "A")
        let b = EngineFixture.series(Array(repeating: (10, 10.1, 9.9, 10), count: 4), symbol: "B")
        let result = EngineFixture.run(ScriptedStrategy([
            0: { context in
                context.submit(.market(.buy, 5, "B"))
                context.submit(OrderIntent(symbol: "A", side: .buy, quantity: .units(1), stopLoss: 90, takeProfit: 150))
            },
            1: { context in context.replace(ClientOrderID(rawValue: 4), with: .limit(.sell, 5, "B", price: 50)) },
        ]), [a, b])
        #expect(result.orders[4].role == .primary && result.orders[4].parentID == nil)
        #expect(!result.fills.contains { $0.symbol == "B" && $0.side == .sell })
        #expect(result.orders[4].status == .accepted)
    }

    @Test("the end-of-run close-out is not limited by the last bar's volume")
    func closeOutIgnoresVolumeCap() {
        let bars = (0..<3).map { Bar(timestamp: EngineFixture.day($0), open: 100, high: 101, low: 99, close: 100, volume: $0 == 2 ? 0 : 1_000) }
        let result = EngineFixture.run(ScriptedStrategy([0: { context in context.submit(.market(.buy, 10, "TEST")) }]),
                                       [try! BarSeries(symbol: "TEST", bars: bars)],
                                       execution: ExecutionConfiguration(fillModel: VolumeCappedFillModel(IntrabarFillModel(), maximumVolumeShare: 0.1)),
                                       endOfRun: .closeAtLastClose)
        #expect(result.fills.reduce(0) { $0 + $1.signedQuantity } == 0)
        #expect(result.trades.count == 1)
    }

    @Test("an order a strategy sends in reaction to a close-out fill is rejected: no bar is left to trade it")
    func ordersAfterTheEndAreRejected() {
        let rows: [(Double, Double, Double, Double)] = [(100, 101, 99, 100), (100, 101, 99, 100), (100, 121, 99, 120)]
        let strategy = ReactingStrategy(script: [0: { context in context.submit(.market(.buy, 10, "TEST")) }], onFirstFill: { fill, context in
            guard context.order(fill.orderID)?.intent.strategy == "end of run" else { return false }
            context.submit(.market(.buy, 10, "TEST"))
            return true
        })
        let result = EngineFixture.run(strategy, [EngineFixture.series(rows)], endOfRun: .closeAtLastOpen)
        #expect(result.fills.reduce(0) { $0 + $1.signedQuantity } == 0)
        #expect(result.orders[2].status == .rejected && result.orders[2].reason == "the run has ended")
    }

    @Test("the kill switch's flatten orders cannot be cancelled by the strategy")
    func flattenOrdersAreProtected() {
        let result = EngineFixture.run(ScriptedStrategy([
            0: { context in context.submit(.market(.buy, 10, "TEST")) },
            2: { context in
                context.activateKillSwitch()
                context.cancel(ClientOrderID(rawValue: 2))
            },
        ]), [EngineFixture.series(Self.rows)])
        #expect(result.orders[1].intent.strategy == "kill switch")
        #expect(result.orders[1].status == .filled)
        #expect(result.fills.reduce(0) { $0 + $1.signedQuantity } == 0)
    }

    @Test("the exits of a replacement the venue refuses are refused with it: they never trade as stand-alone stops")
    func exitsOfARefusedReplacement() {
        let rows: [(Double, Double, Double, Double)] = [(100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 99, 100), (85, 86, 70, 75)]
        let strategy = ReactingStrategy(script: [0: { context in
            context.submit(.market(.buy, 10, "TEST"))
            context.submit(.market(.buy, 10, "TEST"))
        }], onFirstFill: { fill, context in
            guard fill.orderID.rawValue == 1 else { return false }
            // Order 2 has filled at the venue too, but the engine does not know it yet.
            context.replace(ClientOrderID(rawValue: 2), with: OrderIntent(symbol: "TEST", side: .buy, quantity: .units(10),
                                                                          type: .limit(price: 90), stopLoss: 80, takeProfit: 120))
            return true
        })
        let result = EngineFixture.run(strategy, [EngineFixture.series(rows)])
        #expect(result.orders[2].status == .rejected)
        #expect(result.orders[3...4].allSatisfy { $0.status == .rejected && $0.reason == "parent order O-0000003 was not accepted" })
        #expect(result.fills.reduce(0) { $0 + $1.signedQuantity } == 20)
    }

    @Test("an exit's replacement carries no bracket of its own: nothing is left waiting for an exit to fill")
    func replacedExitDropsItsBracket() {
        let rows: [(Double, Double, Double, Double)] = [(100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 99, 100), (94, 95, 90, 91)]
        let result = EngineFixture.run(ScriptedStrategy([
            0: { context in context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(10), stopLoss: 90, takeProfit: 120)) },
            1: { context in
                context.replace(ClientOrderID(rawValue: 2), with: OrderIntent(symbol: "TEST", side: .sell, quantity: .units(10),
                                                                              type: .stop(stop: 95), stopLoss: 105, takeProfit: 80))
            },
        ]), [EngineFixture.series(rows)])
        #expect(result.orders.count == 4)
        #expect(result.orders[3].role == .stopLoss && result.orders[3].intent.stopLoss == nil && result.orders[3].intent.takeProfit == nil)
        #expect(result.orders[3].status == .filled && result.orders[2].status == .cancelled)
        #expect(result.orders.allSatisfy { !$0.status.isOpen })
    }

    @Test("an order sent in reaction to a fill at a bar's open is created at that bar, not the one before")
    func ordersFromCallbacksAreCreatedAtTheirEvent() {
        let strategy = ReactingStrategy(script: [0: { context in context.submit(.market(.buy, 10, "TEST")) }], onFirstFill: { _, context in
            context.submit(.market(.sell, 10, "TEST"))
            return true
        })
        let result = EngineFixture.run(strategy, [EngineFixture.series(Self.rows)])
        #expect(result.orders[0].createdAt == EngineFixture.day(0))
        #expect(result.fills[0].timestamp == EngineFixture.day(1))
        #expect(result.orders[1].createdAt == EngineFixture.day(1))
        #expect(result.riskDecisions[1].time == EngineFixture.day(1))
        #expect(result.fills[1].timestamp == EngineFixture.day(2))
    }

    /// Sends a market order from `onTimer`.
    struct TimerStrategy: Strategy {
        mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {}
        mutating func onTimer(_ time: Timestamp, _ context: inout StrategyContext) { context.submit(.market(.buy, 1, "TEST")) }
    }

    @Test("an order sent from a timer is created at the timer's time; the context's time stays the latest bar's")
    func ordersFromTimersAreCreatedAtTheTimer() {
        var engine = TradingEngine(strategy: TimerStrategy(), instruments: [Instrument(symbol: "TEST")], cash: 1_000)
        engine.process(BarSlice(timestamp: EngineFixture.day(0),
                                bars: [Bar(timestamp: EngineFixture.day(0), open: 100, high: 101, low: 99, close: 100, volume: 1_000)]))
        let timer = Timestamp(rawValue: EngineFixture.day(0).rawValue + Timestamp.nanosecondsPerDay / 2)
        engine.process(timer: timer)
        #expect(engine.context.time == EngineFixture.day(0))
        #expect(engine.context.orders[0].createdAt == timer)
    }

    @Test("the venue answers an order from a timer at its creation, and does not fill it at the close before it")
    func venueAnswersTimerOrdersAtTheirCreation() {
        let instruments = [Instrument(symbol: "TEST")]
        var engine = TradingEngine(strategy: TimerStrategy(), instruments: instruments, cash: 1_000)
        var venue = FillSimulator(instruments: instruments, cash: 1_000, configuration: ExecutionConfiguration(marketFillTiming: .sameBarClose))
        let slice = BarSlice(timestamp: EngineFixture.day(0),
                             bars: [Bar(timestamp: EngineFixture.day(0), open: 100, high: 101, low: 99, close: 100, volume: 1_000)])
        venue.process(slice)
        engine.process(slice)
        let timer = Timestamp(rawValue: EngineFixture.day(0).rawValue + Timestamp.nanosecondsPerDay / 2)
        engine.process(timer: timer)
        for case .submit(let order) in engine.commands { venue.submit(order) }
        #expect(venue.reports == [.accepted(ClientOrderID(rawValue: 1), at: timer)])
    }

    @Test("a day exit matched as the other leg of its bracket still expires at the end of its day")
    func dayExitExpiresAsTheSecondLeg() {
        let rows: [(Double, Double, Double, Double)] = [(100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 99, 100), (100, 112, 99, 111)]
        let result = EngineFixture.run(ScriptedStrategy([
            0: { context in context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(10), stopLoss: 90, takeProfit: 120)) },
            1: { context in context.replace(ClientOrderID(rawValue: 3), with: .limit(.sell, 10, "TEST", price: 110, timeInForce: .day)) },
        ]), [EngineFixture.series(rows)])
        #expect(result.orders[3].role == .takeProfit)
        #expect(result.orders[3].status == .expired && result.orders[3].updatedAt == EngineFixture.day(3))
        #expect(result.fills.reduce(0) { $0 + $1.signedQuantity } == 10)
    }

    @Test("a stop-limit exit triggered without filling stays triggered while its bracket's other leg works")
    func stopLimitExitKeepsItsTriggerInAPair() {
        let rows: [(Double, Double, Double, Double)] = [(100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 94, 97), (97, 98, 96.5, 97)]
        let result = EngineFixture.run(ScriptedStrategy([
            0: { context in context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(10), stopLoss: 90, takeProfit: 120)) },
            1: { context in
                context.replace(ClientOrderID(rawValue: 2), with: OrderIntent(symbol: "TEST", side: .sell, quantity: .units(10),
                                                                              type: .stopLimit(stop: 95, limit: 96)))
            },
        ]), [EngineFixture.series(rows)])
        #expect(result.orders[3].role == .stopLoss)
        #expect(result.orders[3].status == .filled && result.orders[3].averageFillPrice == 97)
        #expect(result.fills.last?.timestamp == EngineFixture.day(4))
    }

    @Test("a stop-limit its deciding close triggers under the same-bar-close timing stays triggered when its limit does not fill")
    func stopLimitTriggeredAtTheDecidingClose() {
        let rows: [(Double, Double, Double, Double)] = [(100, 101, 99, 101), (99.5, 99.8, 98.5, 99), (99, 99.5, 98.5, 99)]
        let result = EngineFixture.run(ScriptedStrategy([
            0: { context in
                context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(10), type: .stopLimit(stop: 100, limit: 99)))
            },
        ]), [EngineFixture.series(rows)], execution: ExecutionConfiguration(marketFillTiming: .sameBarClose))
        #expect(result.orders[0].status == .filled && result.orders[0].averageFillPrice == 99)
        #expect(result.fills.first?.timestamp == EngineFixture.day(1))
    }

    @Test("a replaced exit closes no more than its bracket's entry bought, when other orders hold more and the entry is gone")
    func replacedExitClosesOnlyItsBracket() {
        let rows: [(Double, Double, Double, Double)] = [(100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 99, 100), (94, 95, 90, 91)]
        let result = EngineFixture.run(ScriptedStrategy([
            0: { context in
                context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(10), stopLoss: 90))
                context.submit(.market(.buy, 100, "TEST"))
            },
            2: { context in
                context.replace(ClientOrderID(rawValue: 2), with: OrderIntent(symbol: "TEST", side: .sell, quantity: .entirePosition,
                                                                              type: .stop(stop: 95)))
            },
        ]), [EngineFixture.series(rows)])
        #expect(result.orders[3].role == .stopLoss && result.orders[3].status == .filled)
        #expect(result.orders[3].filledQuantity == 10)
        #expect(result.fills.reduce(0) { $0 + $1.signedQuantity } == 100)
    }

    @Test("the exits of an entry that ends unfilled say so, with the entry's own reason")
    func exitsOfAnUnfilledEntry() {
        let result = EngineFixture.run(ScriptedStrategy([0: { context in
            context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(10), type: .limit(price: 90),
                                       timeInForce: .immediateOrCancel, stopLoss: 80, takeProfit: 120))
        }]), [EngineFixture.series(Self.rows)])
        #expect(result.orders[0].status == .cancelled && result.orders[0].reason == "IOC remainder")
        #expect(result.orders[1...2].allSatisfy { $0.status == .cancelled && $0.reason == "parent order O-0000001 ended unfilled (IOC remainder)" })
    }
}

import Testing
import TradingCore

/// Fill rules at their edges: time in force and missing bars under the same-bar-close
/// option, limits and slippage, bracket exits with partial and same-bar fills, lots.
@Suite("Execution: edge cases")
struct ExecutionEdgeTests {
    typealias Row = (Double, Double, Double, Double)

    /// Daily bars with a volume per bar, on the given day numbers.
    static func series(_ rows: [(Double, Double, Double, Double, Double)], symbol: String = "TEST", days: [Int]? = nil) -> BarSeries {
        let bars = rows.enumerated().map { index, row in
            Bar(timestamp: EngineFixture.day(days?[index] ?? index), open: row.0, high: row.1, low: row.2, close: row.3, volume: row.4)
        }
        return try! BarSeries(symbol: symbol, bars: bars)
    }

    static let sameBarClose = ExecutionConfiguration(marketFillTiming: .sameBarClose)
    static let tenPercentOfVolume = VolumeCappedFillModel(IntrabarFillModel(), maximumVolumeShare: 0.1)

    /// The total filled quantity of order `id`.
    static func filled(_ result: BacktestResult, _ id: Int) -> Double {
        result.fills.filter { $0.orderID.rawValue == id }.map(\.quantity).reduce(0, +)
    }

    @Test("same-bar close: an IOC limit not marketable at the close is cancelled at once")
    func sameBarCloseIOC() {
        let series = EngineFixture.series([(100, 101, 99, 100), (99, 100, 97, 98)])
        let result = EngineFixture.run(ScriptedStrategy([0: { context in
            context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(10), type: .limit(price: 98.5), timeInForce: .immediateOrCancel))
        }]), [series], execution: Self.sameBarClose)
        #expect(result.fills.isEmpty)
        #expect(result.orders[0].status == .cancelled && result.orders[0].reason == "IOC remainder")
    }

    @Test("same-bar close: the rest of a volume-capped IOC order is cancelled, not carried to the next open")
    func sameBarCloseIOCRemainder() {
        let series = EngineFixture.series([(100, 101, 99, 100), (103, 104, 102, 103)], volume: 1_000)
        let execution = ExecutionConfiguration(fillModel: Self.tenPercentOfVolume, marketFillTiming: .sameBarClose)
        let result = EngineFixture.run(ScriptedStrategy([0: { context in
            context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(250), timeInForce: .immediateOrCancel))
        }]), [series], execution: execution)
        #expect(result.fills.map(\.quantity) == [100])
        #expect(result.orders[0].status == .cancelled)
    }

    @Test("same-bar close: a DAY order decided on day 0 works that day only")
    func sameBarCloseDay() {
        let series = EngineFixture.series([(100, 101, 99, 100), (99, 100, 97, 98)])
        let result = EngineFixture.run(ScriptedStrategy([0: { context in
            context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(10), type: .limit(price: 98.5), timeInForce: .day))
        }]), [series], execution: Self.sameBarClose)
        #expect(result.fills.isEmpty)
        #expect(result.orders[0].status == .expired)
    }

    @Test("same-bar close: an instrument without a bar now waits for its next bar instead of filling at an old close")
    func sameBarCloseMissingBar() {
        let a = EngineFixture.series([(100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 99, 100)], symbol: "A")
        let b = Self.series([(50, 51, 49, 50, 1e6), (60, 61, 59, 60, 1e6)], symbol: "B", days: [0, 2])
        let result = EngineFixture.run(ScriptedStrategy([1: { context in context.submit(.market(.buy, 10, "B")) }]), [a, b],
                                       execution: Self.sameBarClose)
        #expect(result.fills.map(\.price) == [60])
        #expect(result.fills.map(\.timestamp) == [EngineFixture.day(2)])
    }

    @Test("exits activated by a fill at the open compare against the open, not the slipped entry price")
    func exitsSeeTheOpen() {
        let series = EngineFixture.series([(100, 101, 99, 100), (100, 100.02, 99.9, 100), (100, 100.02, 99.9, 100)])
        let result = EngineFixture.run(ScriptedStrategy([0: { context in
            context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(10), stopLoss: 90, takeProfit: 100.05))
        }]), [series], execution: ExecutionConfiguration(slippage: FixedBasisPointsSlippage(basisPoints: 10)))
        #expect(result.fills.count == 1)
        #expect(result.orders[2].status == .accepted)
    }

    @Test("slippage never takes a limit order past its limit", arguments: [OrderSide.buy, .sell])
    func slippageStopsAtTheLimit(_ side: OrderSide) {
        let series = EngineFixture.series([(100, 101, 99, 100), (100, 101.5, 98.5, 100)])
        let limit = side == .buy ? 99.0 : 101.0
        let result = EngineFixture.run(ScriptedStrategy([0: { context in context.submit(.limit(side, 10, "TEST", price: limit)) }]), [series],
                                       execution: ExecutionConfiguration(slippage: FixedBasisPointsSlippage(basisPoints: 10)))
        #expect(result.fills.map(\.price) == [limit])
    }

    @Test("same-bar close with a volume cap: the exits cover what the entry bought at the close too")
    func sameBarCloseExitsCoverFirstFill() {
        let series = Self.series([(100, 101, 99, 100, 1_000), (100, 101, 99, 100, 1_000), (100, 100, 80, 85, 1_000_000), (85, 86, 84, 85, 1_000_000)])
        let execution = ExecutionConfiguration(fillModel: Self.tenPercentOfVolume, marketFillTiming: .sameBarClose)
        let result = EngineFixture.run(ScriptedStrategy([0: { context in
            context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(200), stopLoss: 90))
        }]), [series], execution: execution)
        #expect(Self.filled(result, 1) == 200)
        #expect(Self.filled(result, 2) == 200)
    }

    @Test("same-bar close: a bracket's exit closes what its entry bought, not the position held before it")
    func sameBarCloseExitClosesOnlyTheEntry() {
        let series = EngineFixture.series([(100, 101, 99, 100), (100, 101, 99, 100), (100, 100, 80, 85), (85, 86, 84, 85)])
        let strategy = ScriptedStrategy([
            0: { context in context.submit(.market(.buy, 100, "TEST")) },
            1: { context in context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .fractionOfBuyingPower(0.1), stopLoss: 90)) },
        ])
        for execution in [Self.sameBarClose, ExecutionConfiguration()] {
            let result = EngineFixture.run(strategy, [series], execution: execution)
            #expect(Self.filled(result, 2) > 0)
            #expect(Self.filled(result, 3) == Self.filled(result, 2))
        }
    }

    @Test("an order or bracket with a quantity or price that is not a positive number is refused with its exits", arguments: [
        (OrderIntent.limit(.buy, 10, "TEST", price: .nan), "limit price nan is not a positive number"),
        (OrderIntent.stop(.sell, 10, "TEST", stop: -1), "stop price -1.0 is not a positive number"),
        (OrderIntent(symbol: "TEST", side: .buy, quantity: .units(10), type: .stopLimit(stop: 101, limit: .infinity)),
         "limit price inf is not a positive number"),
        (OrderIntent(symbol: "TEST", side: .buy, quantity: .units(10), stopLoss: .nan, takeProfit: 120),
         "stop-loss price nan is not a positive number"),
        (OrderIntent(symbol: "TEST", side: .buy, quantity: .units(10), stopLoss: 90, takeProfit: 0),
         "take-profit price 0.0 is not a positive number"),
        (OrderIntent(symbol: "TEST", side: .buy, quantity: .units(.nan), stopLoss: 90), "quantity nan is not a positive number"),
        (OrderIntent.market(.sell, -5, "TEST"), "quantity -5.0 is not a positive number"),
        (OrderIntent(symbol: "TEST", side: .buy, quantity: .fractionOfBuyingPower(1.5)), "fraction 1.5 of buying power is outside (0, 1]"),
    ])
    func unusableIntents(_ intent: OrderIntent, _ reason: String) {
        #expect(intent.refusalReason == reason)
        let series = EngineFixture.series(Array(repeating: (100.0, 101.0, 99.0, 100.0), count: 3))
        let result = EngineFixture.run(ScriptedStrategy([0: { context in context.submit(intent) }]), [series])
        #expect(!result.orders.isEmpty && result.orders.allSatisfy { $0.status == .rejected && $0.reason == reason })
        #expect(result.riskDecisions.map(\.reason) == [reason])
        #expect(result.fills.isEmpty)
        // The venue refuses it too when a host submits it directly.
        var venue = FillSimulator(instruments: [Instrument(symbol: "TEST")], cash: 100_000)
        venue.process(BarSlice(timestamp: series.timestamps[0], bars: [series[0]]))
        venue.submit(Order(id: ClientOrderID(rawValue: 1), intent: intent, createdAt: series.timestamps[0]))
        #expect(venue.reports == [.rejected(ClientOrderID(rawValue: 1), reason: reason, at: series.timestamps[0])])
    }

    @Test("an order sized beyond the range of a number is rejected as such, not as below one lot")
    func sizeBeyondRange() {
        let tiny = 1e-300
        let series = EngineFixture.series(Array(repeating: (tiny, tiny, tiny, tiny), count: 3))
        let strategy = ScriptedStrategy([0: { context in
            context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .fractionOfBuyingPower(1)))
        }])
        let result = EngineFixture.run(strategy, [series], cash: 1e15)
        #expect(result.orders.map(\.status) == [.rejected])
        #expect(result.orders[0].reason == "quantity inf is not a finite number at price 1e-300")
        #expect(result.fills.isEmpty && result.equityCurve.equity.allSatisfy { $0 == 1e15 })
    }

    @Test("a stop moved while its entry is partly filled protects everything the entry buys")
    func replacedStopDuringPartialEntry() {
        let series = Self.series([(100, 101, 99, 100, 1_000), (100, 101, 99, 100, 1_000), (100, 101, 99, 100, 1_000),
                                  (100, 100, 80, 85, 1_000_000), (85, 86, 84, 85, 1_000_000)])
        let result = EngineFixture.run(ScriptedStrategy([
            0: { context in context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(200), stopLoss: 90, takeProfit: 120)) },
            1: { context in context.replace(ClientOrderID(rawValue: 2), with: .stop(.sell, 200, "TEST", stop: 95)) },
        ]), [series], execution: ExecutionConfiguration(fillModel: Self.tenPercentOfVolume))
        #expect(Self.filled(result, 1) == 200)
        #expect(Self.filled(result, 4) == 200)
    }

    @Test("a stop moved while its entry is partly filled still protects that part after the entry expires")
    func replacedStopAfterPartialExpiry() {
        let series = Self.series([(100, 101, 99, 100, 1_000), (100, 101, 99, 100, 1_000), (100, 101, 99, 100, 1_000),
                                  (100, 100, 80, 85, 1_000_000), (85, 86, 84, 85, 1_000_000)])
        let result = EngineFixture.run(ScriptedStrategy([
            0: { context in context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(200), timeInForce: .day, stopLoss: 90)) },
            1: { context in context.replace(ClientOrderID(rawValue: 2), with: .stop(.sell, 100, "TEST", stop: 95)) },
        ]), [series], execution: ExecutionConfiguration(fillModel: Self.tenPercentOfVolume))
        #expect(result.orders[0].status == .expired && result.orders[0].filledQuantity == 100)
        #expect(Self.filled(result, 3) == 100)
        #expect(!result.orders[2].status.isOpen)
    }

    @Test("a bracket pair is decided once a bar: a volume-capped exit takes its cap once")
    func bracketPairOncePerBar() {
        let series = Self.series([(100, 101, 99, 100, 1_000), (100, 101, 99, 100, 1_000), (100, 101, 99, 100, 1_000),
                                  (100, 100, 80, 85, 1_000), (85, 86, 84, 85, 1_000), (85, 86, 84, 85, 1_000)])
        let result = EngineFixture.run(ScriptedStrategy([0: { context in
            context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(200), stopLoss: 90, takeProfit: 120))
        }]), [series], execution: ExecutionConfiguration(fillModel: Self.tenPercentOfVolume))
        let stopFills = result.fills.filter { $0.orderID.rawValue == 2 }
        #expect(stopFills.map(\.quantity) == [100, 100])
        #expect(Set(stopFills.map(\.timestamp)).count == 2)
    }

    @Test("an IOC order that replaces a bracket exit is cancelled after its first bar")
    func iocReplacementOfExit() {
        let series = EngineFixture.series([(100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 99, 100), (100, 130, 99, 125)])
        let result = EngineFixture.run(ScriptedStrategy([
            0: { context in context.submit(OrderIntent(symbol: "TEST", side: .buy, quantity: .units(10), stopLoss: 90, takeProfit: 120)) },
            1: { context in
                context.replace(ClientOrderID(rawValue: 3), with: OrderIntent(symbol: "TEST", side: .sell, quantity: .units(10),
                                                                              type: .limit(price: 110), timeInForce: .immediateOrCancel))
            },
        ]), [series])
        #expect(result.orders[3].status == .cancelled)
        #expect(result.fills.count == 1)
    }

    @Test("a quantity that is not a whole number of lots fills its whole lots and ends", arguments: [(1.5, 1.0, OrderStatus.cancelled), (0.5, 0, .rejected)])
    func fractionalLots(_ quantity: Double, _ filled: Double, _ status: OrderStatus) {
        let series = EngineFixture.series(Array(repeating: (100, 101, 99, 100), count: 6))
        let result = EngineFixture.run(ScriptedStrategy([0: { context in context.submit(.market(.buy, quantity, "TEST")) }]), [series])
        #expect(result.orders[0].filledQuantity == filled)
        #expect(result.orders[0].status == status)
    }

    @Test("an order whose rest the venue refuses after a partial fill ends cancelled, its fills standing")
    func refusedRemainderIsCancelled() {
        let series = EngineFixture.series([(100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 99, 100)], volume: 100)
        let result = EngineFixture.run(ScriptedStrategy([0: { context in context.submit(.market(.buy, 15, "TEST")) }]), [series],
                                       cash: 1_000, execution: ExecutionConfiguration(fillModel: Self.tenPercentOfVolume))
        #expect(result.fills.map(\.quantity) == [10])
        #expect(result.orders[0].status == .cancelled && result.orders[0].reason == "insufficient buying power")
    }
}

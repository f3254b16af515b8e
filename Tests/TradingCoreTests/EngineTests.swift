import Testing
import TradingCore

/// A strategy submitting a seeded stream of random orders of every type (for invariants
/// and determinism).
struct RandomOrderStrategy: Strategy {
    var random: SplitMix64
    var historyChecks = 0
    var historyViolations = 0

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {
        for index in 0..<bars.instrumentCount {
            guard let bar = bars[index] else { continue }
            let history = context.bars(index)
            historyChecks += 1
            if history.last?.timestamp != context.time || history.last?.timestamp != bar.timestamp { historyViolations += 1 }
            guard random.nextDouble() < 0.3 else { continue }
            let symbol = context.instruments[index].symbol
            let side: OrderSide = random.nextDouble() < 0.5 ? .buy : .sell
            let quantity = Double(1 + random.next(below: 50))
            let offset = bar.close * 0.01 * (random.nextDouble() + 0.1)
            switch random.next(below: 6) {
            case 0: context.submit(.market(side, quantity, symbol))
            case 1: context.submit(.limit(side, quantity, symbol, price: bar.close - side.sign * offset, timeInForce: .day))
            case 2: context.submit(.stop(side, quantity, symbol, stop: bar.close + side.sign * offset))
            case 3: context.submit(OrderIntent(symbol: symbol, side: side, quantity: .units(quantity), type: .market,
                                               stopLoss: bar.close - side.sign * 2 * offset, takeProfit: bar.close + side.sign * 2 * offset))
            case 4: context.closePosition(symbol)
            default:
                if let open = context.openOrders.first { context.cancel(open.id) }
            }
        }
    }
}

@Suite("Engine")
struct EngineTests {
    static let series = [
        EngineFixture.randomSeries("A", count: 400, seed: 11),
        EngineFixture.randomSeries("B", count: 300, seed: 12, startDay: 50),
        EngineFixture.randomSeries("C", count: 400, seed: 13),
    ]

    @Test("every equity point satisfies cash + net exposure = equity under random order streams", arguments: [1, 2, 3] as [UInt64])
    func accountingInvariants(_ seed: UInt64) {
        let execution = ExecutionConfiguration(slippage: FixedBasisPointsSlippage(basisPoints: 3),
                                               commission: PerShareCommission(perShare: 0.01, minimum: 1))
        let result = EngineFixture.run(RandomOrderStrategy(seed: seed), Self.series, cash: 1_000_000,
                                       execution: execution, endOfRun: .closeAtLastClose)
        let curve = result.equityCurve
        #expect(curve.count == 400)
        for index in 0..<curve.count {
            let expected = curve.cash[index] + curve.netExposure[index]
            #expect(abs(curve.equity[index] - expected) <= 1e-9 * abs(curve.equity[index]))
        }
        #expect(result.fills.count > 100)
        let tradePnL = result.trades.reduce(0) { $0 + $1.pnl }
        #expect(abs(tradePnL - (result.finalEquity - 1_000_000)) <= 1e-9 * result.finalEquity)
        let commission = result.fills.reduce(0) { $0 + $1.commission }
        #expect(abs(commission - result.totalCommission) <= 1e-9 * commission)
    }

    @Test("the strategy sees bars up to the present and never later ones")
    func historyIsPastOnly() {
        let (_, strategy) = Backtest(instruments: Self.series.map { Instrument(symbol: $0.symbol) }, series: Self.series, cash: 1_000_000)
            .runReturningStrategy(RandomOrderStrategy(seed: 5))
        #expect(strategy.historyChecks == 400 + 300 + 400)
        #expect(strategy.historyViolations == 0)
    }

    @Test("two runs produce byte-identical outputs")
    func determinism() {
        func outputs() -> [String] {
            let result = EngineFixture.run(RandomOrderStrategy(seed: 9), Self.series, cash: 1_000_000, endOfRun: .closeAtLastClose)
            return [CSVExport.equity(result.equityCurve), CSVExport.trades(result.trades), CSVExport.orders(result.orders),
                    result.metrics.jsonValue.encoded()]
        }
        #expect(outputs() == outputs())
    }

    @Test("a progress handler hears every progressInterval steps how many bars were delivered, and changes nothing")
    func progressReports() {
        let long = EngineFixture.randomSeries("A", count: 70_000, seed: 21)
        let late = EngineFixture.randomSeries("B", count: 40_000, seed: 22, startDay: 10_000)
        let backtest = Backtest(instruments: [Instrument(symbol: "A"), Instrument(symbol: "B")], series: [long, late], cash: 1_000_000)
        var reports: [BacktestProgress] = []
        let reported = backtest.run(RandomOrderStrategy(seed: 3)) { reports.append($0) }
        // One report after step 65 536 (day 65 535): all of B (days 10 000…49 999) and 65 536 bars of A.
        #expect(Backtest.progressInterval == 65_536)
        #expect(reports == [BacktestProgress(barsProcessed: 65_536 + 40_000, totalBars: 110_000)])
        #expect(abs(reports[0].fraction - 105_536.0 / 110_000) < 1e-15)
        let silent = backtest.run(RandomOrderStrategy(seed: 3))
        #expect(reported.equityCurve == silent.equityCurve)
        #expect(reported.orders == silent.orders)

        var single: [BacktestProgress] = []
        _ = Backtest(instruments: [Instrument(symbol: "A")], series: [long], cash: 1_000_000).run(EmptyRunStrategy()) { single.append($0) }
        #expect(single.map(\.barsProcessed) == [65_536])
        #expect(BacktestProgress(barsProcessed: 0, totalBars: 0).fraction == 1)
    }

    @Test("instruments with different calendars share one timeline")
    func calendarMerge() {
        let a = EngineFixture.series([(10, 11, 9, 10), (10, 11, 9, 10), (10, 11, 9, 10)], symbol: "A")
        let b = EngineFixture.series([(20, 21, 19, 20), (20, 21, 19, 22)], symbol: "B", startDay: 2)
        let strategy = ScriptedStrategy([2: { context in context.submit(.market(.buy, 1, "B")) }])
        let result = EngineFixture.run(strategy, [a, b], endOfRun: .closeAtLastClose)
        #expect(result.equityCurve.timestamps == (0...3).map(EngineFixture.day))
        #expect(result.fills.map(\.price) == [20, 22])
        #expect(result.finalEquity == 100_002)
    }

    @Test("an instrument without a bar at a step (later listing, halt) reads a NaN close, not a trap")
    func closeOfMissingBar() {
        let a = EngineFixture.series([(10, 11, 9, 10), (10, 11, 9, 12)], symbol: "A")
        let b = EngineFixture.series([(20, 21, 19, 22)], symbol: "B", startDay: 1)
        struct CloseReader: Strategy {
            var closes: [[Double]] = []
            mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {
                closes.append((0..<bars.instrumentCount).map { bars.close($0) })
            }
        }
        var engine = TradingEngine(strategy: CloseReader(), instruments: [Instrument(symbol: "A"), Instrument(symbol: "B")], cash: 1_000)
        engine.process(BarSlice(timestamp: EngineFixture.day(0), bars: [a[0], nil]))
        engine.process(BarSlice(timestamp: EngineFixture.day(1), bars: [a[1], b[0]]))
        #expect(engine.strategy.closes.count == 2)
        #expect(engine.strategy.closes.first?[0] == 10 && engine.strategy.closes.first?[1].isNaN == true)
        #expect(engine.strategy.closes.last == [12, 22])
    }

    @Test("the kill switch cancels open orders, flattens, and refuses new risk")
    func killSwitch() {
        let series = EngineFixture.series(Array(repeating: (100, 101, 99, 100), count: 6))
        let strategy = ScriptedStrategy([
            0: { context in context.submit(.market(.buy, 10, "TEST")) },
            1: { context in context.submit(.limit(.buy, 10, "TEST", price: 50)) },
            2: { context in context.activateKillSwitch() },
            3: { context in context.submit(.market(.buy, 10, "TEST")) },
        ])
        let result = EngineFixture.run(strategy, [series])
        #expect(result.orders.map(\.status) == [.filled, .cancelled, .filled, .rejected])
        #expect(result.orders[2].intent.strategy == "kill switch")
        #expect(result.fills.map(\.side) == [.buy, .sell])
        #expect(result.riskDecisions.last?.rule == .killSwitch)
    }

    @Test("an end-of-run close-out is part of the last equity point")
    func closeOutInLastPoint() {
        let series = EngineFixture.series([(100, 101, 99, 100), (100, 101, 99, 104), (104, 106, 103, 105)])
        let strategy = ScriptedStrategy([0: { context in context.submit(.market(.buy, 10, "TEST")) }])
        let execution = ExecutionConfiguration(commission: PerOrderCommission(amount: 1))
        let result = EngineFixture.run(strategy, [series], execution: execution, endOfRun: .closeAtLastClose)
        #expect(result.trades.count == 1 && result.trades[0].exitPrice == 105)
        #expect(result.equityCurve.equity == [100_000, 100_039, 100_048])
        #expect(result.equityCurve.grossExposure.last == 0)
    }

    @Test("a timer event lets the strategy act between bars")
    func timer() {
        struct TimerStrategy: Strategy {
            var timers: [Timestamp] = []
            mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {}
            mutating func onTimer(_ time: Timestamp, _ context: inout StrategyContext) {
                timers.append(time)
                context.submit(.market(.buy, 1, "TEST"))
            }
        }
        var engine = TradingEngine(strategy: TimerStrategy(), instruments: [Instrument(symbol: "TEST")], cash: 1_000)
        engine.start()
        engine.process(BarSlice(timestamp: EngineFixture.day(0), bars: [Bar(timestamp: EngineFixture.day(0), open: 1, high: 1, low: 1, close: 1, volume: 1)]))
        engine.process(timer: Timestamp(rawValue: EngineFixture.day(0).rawValue + 3_600 * Timestamp.nanosecondsPerSecond))
        #expect(engine.strategy.timers.count == 1)
        #expect(engine.commands.count == 1)
    }

    @Test("target helpers trade the difference to the target")
    func targets() {
        let series = EngineFixture.series(Array(repeating: (100, 101, 99, 100), count: 4))
        let strategy = ScriptedStrategy([
            0: { context in context.target(percent: 50, "TEST") },
            2: { context in context.target(quantity: -100, "TEST") },
        ])
        let result = EngineFixture.run(strategy, [series])
        #expect(result.fills.map(\.quantity) == [500, 600])
        #expect(result.fills.map(\.side) == [.buy, .sell])
    }

    @Test("target helpers given a quantity or percent that is not a number submit an order the engine refuses", arguments: [
        Double.nan, .infinity, -.infinity,
    ])
    func targetsNotANumber(_ bad: Double) {
        let series = EngineFixture.series(Array(repeating: (100, 101, 99, 100), count: 3))
        let strategy = ScriptedStrategy([
            0: { context in context.target(quantity: bad, "TEST") },
            1: { context in context.target(percent: bad, "TEST") },
        ])
        let result = EngineFixture.run(strategy, [series])
        #expect(result.orders.count == 2)
        #expect(result.orders.allSatisfy { $0.status == .rejected && $0.reason.hasPrefix("quantity ") })
        #expect(result.fills.isEmpty)
    }
}

/// A strategy that does nothing.
struct EmptyRunStrategy: Strategy {
    mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {}
}

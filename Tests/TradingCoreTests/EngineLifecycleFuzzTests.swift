import Testing
@testable import TradingCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A seeded fuzzer of the order lifecycle: a random strategy (market, limit, stop and stop-limit
/// orders, every time in force, brackets, deferred quantities, cancels and replacements of any
/// open order, exits included, on bars, in its callbacks and on timers) over random bars with
/// gaps and missing bars, under random execution and risk settings. The driver is
/// ``Backtest``'s loop, written out so that every report can be checked on its way to the
/// engine and the engine compared with the venue after every step; each run without timers is
/// also compared with ``Backtest/run(_:name:progress:)``.
///
/// Invariants: (i) with the close-out at the last close every order ends in a final status and
/// no position is left; (ii) after every step the engine's open orders (their status and
/// filled quantity too), positions and cash are the venue's; (iii) no report reaches an order
/// after it ended; (iv) no order is created after its first report; (v) an exit's fill never
/// exceeds the position it closes, nor do a bracket's exits (replacements included) close more
/// than its entry bought; after every step (vi) no exit is open whose entry ended unfilled,
/// nor any child of an exit, and (vii) no immediate-or-cancel order is open after a bar it
/// could trade on; (viii) an order sent in a callback is not created before the event it reacts
/// to; (ix) after every step no day order is open on a later day than its first chance to
/// trade. Each defect these found is pinned by a minimal case in ``EngineLifecycleEdgeTests``.
///
/// `TRADINGKIT_FUZZ_SEEDS=n` runs n seeds instead of the default (a search before a change to
/// the engine or the venue; 10 000 seeds take about two minutes in a debug build) and prints
/// the first failure of each invariant per seed, by invariant.
@Suite("Engine: lifecycle fuzzing")
struct EngineLifecycleFuzzTests {
    /// Enough seeds to catch each defect the fuzzer has found (each fails within the first 60),
    /// in well under a second of a debug build.
    static let defaultSeedCount = 64

    /// The seed count `TRADINGKIT_FUZZ_SEEDS` asks for, if any.
    static var requestedSeedCount: Int? {
        guard let text = getenv("TRADINGKIT_FUZZ_SEEDS"), let count = Int(String(cString: text)), count > 0 else { return nil }
        return count
    }

    @Test("random strategies over random bars: every order ends, and the engine and the venue agree throughout")
    func randomRunsKeepTheLifecycleInvariants() {
        let seedCount = Self.requestedSeedCount ?? Self.defaultSeedCount
        var failures: [String] = []
        var failingSeeds = 0
        for seed in 0..<UInt64(seedCount) {
            let violations = LifecycleFuzzRun(seed: seed).violations()
            if !violations.isEmpty {
                failingSeeds += 1
                // The first violation of each invariant.
                var kinds: Set<Substring> = []
                for violation in violations where kinds.insert(violation.prefix { $0 != ":" }).inserted {
                    failures.append("seed \(seed): \(violation)")
                }
            }
        }
        if Self.requestedSeedCount != nil {
            print("lifecycle fuzz: \(failingSeeds) of \(seedCount) seeds fail")
            var byKind: [String: [String]] = [:]
            for failure in failures {
                let kind = failure.split(separator: ":").dropFirst().first.map(String.init) ?? failure
                byKind[kind, default: []].append(failure)
            }
            for (kind, list) in byKind.sorted(by: { $0.key < $1.key }) {
                print("  \(kind): \(list.count)")
                for example in list.prefix(4) { print("    \(example)") }
            }
        }
        #expect(failingSeeds == 0, "\(failures.prefix(12).joined(separator: "\n"))")
    }
}

/// One fuzzed run: the scenario drawn from the seed, and the checks.
struct LifecycleFuzzRun {
    let instruments: [Instrument]
    let series: [BarSeries]
    let execution: ExecutionConfiguration
    let risk: RiskLimits
    let strategySeed: UInt64
    /// A timer event a minute after every this many bars (0: none).
    let timerEvery: Int

    init(seed: UInt64) {
        var random = SplitMix64(seed: seed &* 0x9E37_79B9 &+ 17)
        let symbols = random.next(below: 2) == 0 ? ["A"] : ["A", "B"]
        let count = 12 + random.next(below: 40)
        // Daily bars, or four bars a day (so that a day order works for several bars).
        let spacing = random.next(below: 3) == 0 ? Timestamp.nanosecondsPerDay / 4 : Timestamp.nanosecondsPerDay
        var series: [BarSeries] = []
        for symbol in symbols {
            var close = 50 + 100 * random.nextDouble()
            var bars: [Bar] = []
            let missing = random.next(below: 3) == 0 ? 0.25 : 0.0
            for index in 0..<count {
                var open = close * (1 + 0.01 * (random.nextDouble() - 0.5))
                if random.next(below: 8) == 0 { open *= 1 + 0.12 * (random.nextDouble() - 0.5) }
                close = open * (1 + 0.06 * (random.nextDouble() - 0.5))
                let high = Swift.max(open, close) * (1 + 0.02 * random.nextDouble())
                let low = Swift.min(open, close) * (1 - 0.02 * random.nextDouble())
                let volume = random.next(below: 10) == 0 ? 0 : 200 + 5_000 * random.nextDouble()
                guard bars.isEmpty || random.nextDouble() >= missing else { continue }
                let time = Timestamp(rawValue: EngineFixture.day(0).rawValue + Int64(index) * spacing)
                bars.append(Bar(timestamp: time, open: open, high: high, low: low, close: close, volume: volume))
            }
            series.append(try! BarSeries(symbol: symbol, bars: bars))
        }
        self.series = series
        self.instruments = symbols.map { Instrument(symbol: $0, lotSize: random.next(below: 4) == 0 ? 0.5 : 1,
                                                    isShortable: random.next(below: 4) != 0,
                                                    marginRequirement: random.next(below: 4) == 0 ? 0.5 : 1) }
        let fillModel: any FillModel = random.next(below: 2) == 0
            ? IntrabarFillModel() : VolumeCappedFillModel(IntrabarFillModel(), maximumVolumeShare: 0.02 + 0.3 * random.nextDouble())
        let slippage: any SlippageModel = random.next(below: 2) == 0 ? NoSlippage() : FixedBasisPointsSlippage(basisPoints: 20 * random.nextDouble())
        let commission: any CommissionModel = random.next(below: 2) == 0 ? NoCommission() : PercentOfNotionalCommission(rate: 0.002 * random.nextDouble())
        execution = ExecutionConfiguration(fillModel: fillModel, slippage: slippage, commission: commission,
                                           marketFillTiming: random.next(below: 3) == 0 ? .sameBarClose : .nextOpen,
                                           bracketPriority: random.next(below: 2) == 0 ? .stopLossFirst : .takeProfitFirst)
        switch random.next(below: 6) {
        case 0: risk = RiskLimits(maximumPositionFraction: 0.5, maximumOpenPositions: 1)
        case 1: risk = RiskLimits(maximumDrawdown: 0.03, flattensOnDrawdownHalt: random.next(below: 2) == 0)
        default: risk = .none
        }
        timerEvery = random.next(below: 3) == 0 ? 1 + random.next(below: 4) : 0
        strategySeed = random.next()
    }

    /// Runs the scenario and returns what broke, one line per violation ("invariant: detail").
    func violations() -> [String] {
        var checker = LifecycleChecker()
        var engine = TradingEngine(strategy: LifecycleFuzzStrategy(seed: strategySeed), instruments: instruments, cash: 100_000,
                                   riskLimits: risk, history: series, expectedSteps: 64)
        var simulator = FillSimulator(instruments: instruments, cash: 100_000, configuration: execution)
        var feed = HistoricalFeed(series: series)
        engine.start()
        checker.forward(&engine, &simulator)
        while feed.next() {
            simulator.process(feed.slice)
            checker.deliver(&engine, &simulator)
            engine.process(feed.slice)
            checker.forward(&engine, &simulator)
            if timerEvery > 0 && engine.context.step % timerEvery == 0 {
                engine.process(timer: Timestamp(rawValue: feed.slice.timestamp.rawValue + 60 * Timestamp.nanosecondsPerSecond))
                checker.forward(&engine, &simulator)
            }
            checker.compareViews(engine, simulator)
            checker.checkStep(engine, simulator, feed.slice)
        }
        engine.stop()
        checker.forward(&engine, &simulator)
        let first = engine.context.orders.count + 1
        engine.flattenAll(reason: "end of run")
        checker.forward(&engine, &simulator, closeOuts: first..<(engine.context.orders.count + 1))
        engine.finish()
        checker.checkEnd(engine, simulator)
        checker.violations.append(contentsOf: engine.strategy.violations)
        guard timerEvery == 0 else { return checker.violations }
        let backtest = Backtest(instruments: instruments, series: series, cash: 100_000, execution: execution, riskLimits: risk,
                                endOfRun: .closeAtLastClose).run(LifecycleFuzzStrategy(seed: strategySeed))
        if backtest.orders != engine.context.orders || backtest.fills != engine.fills {
            checker.violations.append("driver: the written-out loop differs from Backtest.run")
        }
        return checker.violations
    }
}

/// Watches the reports on their way to the engine and compares the engine with the venue.
struct LifecycleChecker {
    var violations: [String] = []
    private var ended: Set<Int> = []
    private var reported: Set<Int> = []
    private var commands: [EngineCore.QueuedCommand] = []
    private var reports: [ExecutionReport] = []

    private static func describe(_ order: Order) -> String {
        var text = "\(order.id) \(order.role.rawValue) \(order.intent.type.name) \(order.intent.timeInForce.rawValue) \(order.side.rawValue)"
        if let parent = order.parentID { text += " parent \(parent)" }
        if let replaced = order.replacesID { text += " replaces \(replaced)" }
        if order.intent.stopLoss != nil || order.intent.takeProfit != nil { text += " with bracket" }
        return text + " [\(order.status.rawValue) \(order.reason)]"
    }

    /// Feeds the venue's reports to the engine, checking each first.
    mutating func deliver<S: Strategy>(_ engine: inout TradingEngine<S>, _ simulator: inout FillSimulator) {
        simulator.moveReports(into: &reports)
        for report in reports {
            check(report, engine)
            engine.process(report)
        }
    }

    private mutating func check<S: Strategy>(_ report: ExecutionReport, _ engine: TradingEngine<S>) {
        let id = report.orderID.rawValue
        guard let order = engine.context.order(report.orderID) else {
            violations.append("unknown order: report for \(report.orderID)")
            return
        }
        let time: Timestamp
        var ends = false
        switch report {
        case .accepted(_, let at): time = at
        case .filled(let fill):
            time = fill.timestamp
            ends = fill.leavesQuantity <= 0
            if order.role != .primary, let instrument = engine.context.index(of: fill.symbol) {
                let held = engine.context.portfolio.positions[instrument].quantity
                let closable = held * fill.side.sign < 0 ? abs(held) : 0
                if fill.quantity > closable * (1 + 1e-12) {
                    violations.append("(v) exit overfills: \(Self.describe(order)) fills \(fill.quantity) of \(held) held")
                }
            }
        case .cancelled(_, _, let at), .expired(_, let at), .rejected(_, _, let at):
            time = at
            ends = true
        }
        if ended.contains(id) {
            violations.append("(iii) report after the end: \(report) for \(Self.describe(order))")
        }
        if reported.insert(id).inserted && order.createdAt > time {
            violations.append("(iv) created after its first report: \(Self.describe(order)) created \(order.createdAt), reported \(time)")
        }
        if ends { ended.insert(id) }
    }

    /// ``Backtest``'s forwarding: commands to the venue until both are quiet; the close-out's
    /// orders fill at the last close, anything else sent then is rejected.
    mutating func forward<S: Strategy>(_ engine: inout TradingEngine<S>, _ simulator: inout FillSimulator, closeOuts: Range<Int>? = nil) {
        while engine.hasCommands {
            engine.moveQueuedCommands(into: &commands)
            for command in commands {
                switch (command, closeOuts) {
                case (.submit(let id), nil): simulator.submit(engine.context.orders[id.rawValue - 1])
                case (.submit(let id), let range?) where range.contains(id.rawValue):
                    simulator.submitAndFill(engine.context.orders[id.rawValue - 1], at: .close)
                case (.submit(let id), _?): simulator.reject(id, reason: "the run has ended")
                case (.cancel(let id), nil): simulator.cancel(id)
                case (.cancel(let id), _?): simulator.cancel(id, reason: "end of run")
                }
            }
            deliver(&engine, &simulator)
        }
    }

    /// (ii): the open orders and positions after a step.
    mutating func compareViews<S: Strategy>(_ engine: TradingEngine<S>, _ simulator: FillSimulator) {
        let engineOpen = engine.context.openOrders.map(\.id.rawValue)
        let venueOpen = simulator.openOrders.map(\.id.rawValue)
        if engineOpen.sorted() != venueOpen.sorted() {
            let onlyEngine = Set(engineOpen).subtracting(venueOpen).sorted().map { Self.describe(engine.context.orders[$0 - 1]) }
            let onlyVenue = Set(venueOpen).subtracting(engineOpen).sorted().map { Self.describe(engine.context.orders[$0 - 1]) }
            violations.append("(ii) open orders differ at step \(engine.context.step): engine only \(onlyEngine), venue only \(onlyVenue)")
        }
        for order in simulator.openOrders {
            let booked = engine.context.orders[order.id.rawValue - 1]
            if booked.status != order.status || booked.filledQuantity != order.filledQuantity {
                violations.append("(ii) order differs at step \(engine.context.step): \(Self.describe(booked)) vs \(Self.describe(order))")
            }
        }
        let account = simulator.account
        if abs(engine.context.portfolio.cash - account.cash) > 1e-6 * Swift.max(1, abs(account.cash)) {
            violations.append("(ii) cash differs at step \(engine.context.step): \(engine.context.portfolio.cash) vs \(account.cash)")
        }
        for (index, position) in engine.context.portfolio.positions.enumerated()
        where abs(position.quantity - account.positions[index].quantity) > 1e-9 {
            violations.append("(ii) positions differ at step \(engine.context.step): \(position.symbol) \(position.quantity) vs \(account.positions[index].quantity)")
        }
    }

    /// (vi) and (vii): after a step, no exit is open whose entry ended without a fill (or is an
    /// exit itself), and no immediate-or-cancel order outlives a bar it could trade on.
    mutating func checkStep<S: Strategy>(_ engine: TradingEngine<S>, _ simulator: FillSimulator, _ slice: BarSlice) {
        for order in engine.context.openOrders {
            guard let parentID = order.parentID, let parent = engine.context.order(parentID) else { continue }
            if parent.role != .primary {
                violations.append("(vi) open child of an exit: \(Self.describe(order)) of \(Self.describe(parent))")
            } else if !parent.status.isOpen && parent.filledQuantity == 0 {
                violations.append("(vi) open exit of an entry ended unfilled: \(Self.describe(order)) of \(Self.describe(parent))")
            }
        }
        for working in simulator.working where !working.isDone && working.isActive && working.eligibleStep <= simulator.step
            && working.timeInForce == .immediateOrCancel && slice.hasBar(working.instrument) {
            violations.append("(vii) IOC open after its bar: \(Self.describe(engine.context.orders[working.id.rawValue - 1]))")
        }
        for working in simulator.working where !working.isDone && working.isActive && working.eligibleStep <= simulator.step
            && working.timeInForce == .day && slice.hasBar(working.instrument)
            && working.sessionDay != slice.bars[working.instrument].timestamp.daysSinceEpoch {
            violations.append("(ix) day order open on a later day: \(Self.describe(engine.context.orders[working.id.rawValue - 1]))")
        }
    }

    /// (i) and the rest of (v): after the close-out every order has ended, nothing is held, and
    /// no bracket's exits have closed more than its entry bought.
    mutating func checkEnd<S: Strategy>(_ engine: TradingEngine<S>, _ simulator: FillSimulator) {
        for order in engine.context.orders where order.status.isOpen {
            violations.append("(i) open at the end: \(Self.describe(order))")
        }
        for order in simulator.openOrders {
            violations.append("(i) open at the venue at the end: \(Self.describe(order))")
        }
        var closedByExits: [Int: Double] = [:]
        for order in engine.context.orders where order.role != .primary {
            if let parent = order.parentID { closedByExits[parent.rawValue, default: 0] += order.filledQuantity }
        }
        for (parent, closed) in closedByExits.sorted(by: { $0.key < $1.key })
        where closed > engine.context.orders[parent - 1].filledQuantity * (1 + 1e-12) {
            violations.append("(v) exits close more than their entry bought: \(closed) of \(Self.describe(engine.context.orders[parent - 1]))")
        }
        for position in engine.context.portfolio.positions where position.quantity != 0 {
            violations.append("(i) position left: \(position.symbol) \(position.quantity)")
        }
    }
}

/// Random requests from a seeded generator: a few per bar, and now and then in a callback.
struct LifecycleFuzzStrategy: Strategy {
    var random: SplitMix64
    /// Callback actions are bounded per step, so that reactions to reactions end.
    var callbackStep = Int.min
    var callbackActions = 0
    var violations: [String] = []

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {
        for _ in 0..<random.next(below: 4) { act(&context) }
        if random.next(below: 200) == 0 { context.activateKillSwitch() }
    }

    mutating func onFill(_ fill: Fill, _ context: inout StrategyContext) { react(&context, to: fill.timestamp) }

    mutating func onOrderUpdate(_ order: Order, _ context: inout StrategyContext) { react(&context, to: order.updatedAt) }

    mutating func onTimer(_ time: Timestamp, _ context: inout StrategyContext) { react(&context, to: time) }

    mutating func onStop(_ context: inout StrategyContext) {
        if random.next(below: 2) == 0 { act(&context) }
    }

    /// (viii): an order sent in a callback is not created before the event it reacts to.
    private mutating func react(_ context: inout StrategyContext, to event: Timestamp) {
        if context.step != callbackStep { (callbackStep, callbackActions) = (context.step, 0) }
        guard callbackActions < 4, random.next(below: 3) == 0 else { return }
        callbackActions += 1
        let first = context.orders.count
        act(&context)
        for order in context.orders[first...] where order.createdAt < event {
            violations.append("(viii) created before its cause: \(order.id) created \(order.createdAt), in reaction to \(event)")
        }
    }

    private mutating func act(_ context: inout StrategyContext) {
        let open = context.openOrders
        switch random.next(below: 12) {
        case 0...5:
            let instrument = random.next(below: context.instruments.count)
            context.submit(intent(context, instrument: instrument, side: random.next(below: 2) == 0 ? .buy : .sell))
        case 6, 7:
            if let order = pick(open) { context.cancel(order.id) }
        case 8, 9, 10:
            // Exits first: a replaced exit keeps its role only for the same symbol and side.
            let exits = open.filter { $0.role != .primary }
            guard let order = pick(random.next(below: 3) == 0 ? open : (exits.isEmpty ? open : exits)),
                  let instrument = context.index(of: order.symbol) else { return }
            let sameSide = random.next(below: 6) != 0
            let other = random.next(below: 8) == 0 ? random.next(below: context.instruments.count) : instrument
            context.replace(order.id, with: intent(context, instrument: other, side: sameSide ? order.side : order.side.opposite))
        default:
            let symbol = context.instruments[random.next(below: context.instruments.count)].symbol
            if random.next(below: 2) == 0 {
                context.closePosition(symbol)
            } else {
                context.target(percent: 60 * (random.nextDouble() - 0.5), symbol)
            }
        }
    }

    private mutating func pick(_ orders: [Order]) -> Order? {
        orders.isEmpty ? nil : orders[random.next(below: orders.count)]
    }

    private mutating func intent(_ context: StrategyContext, instrument: Int, side: OrderSide) -> OrderIntent {
        let price = context.bars(instrument).last?.close ?? 100
        let quantity: OrderQuantity
        switch random.next(below: 6) {
        case 0: quantity = .entirePosition
        case 1: quantity = .fractionOfBuyingPower(0.05 + 0.95 * random.nextDouble())
        case 2: quantity = .units(0.5 + Double(random.next(below: 4)) * 0.25)
        default: quantity = .units(Double(1 + random.next(below: 400)))
        }
        let away = { (random: inout SplitMix64) in price * (1 + 0.08 * (random.nextDouble() - 0.5)) }
        let type: OrderType
        switch random.next(below: 4) {
        case 0: type = .market
        case 1: type = .limit(price: away(&random))
        case 2: type = .stop(stop: away(&random))
        default:
            let stop = away(&random)
            type = .stopLimit(stop: stop, limit: stop * (1 + 0.03 * (random.nextDouble() - 0.5)))
        }
        let timeInForce = TimeInForce.allCases[random.next(below: 3)]
        var stopLoss: Double?
        var takeProfit: Double?
        if random.next(below: 3) == 0 {
            if random.next(below: 4) != 0 { stopLoss = price * (1 - side.sign * 0.06 * random.nextDouble()) }
            if random.next(below: 4) != 0 { takeProfit = price * (1 + side.sign * 0.06 * random.nextDouble()) }
        }
        return OrderIntent(symbol: context.instruments[instrument].symbol, side: side, quantity: quantity, type: type,
                           timeInForce: timeInForce, stopLoss: stopLoss, takeProfit: takeProfit)
    }
}

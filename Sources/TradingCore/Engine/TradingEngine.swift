/// The sans-I/O engine core: a synchronous, deterministic state machine fed bars and
/// execution reports, emitting commands for the venue.
///
/// It never reads a clock, a file or a socket. A driver feeds it — ``Backtest`` in a tight
/// loop with the ``FillSimulator``, ``LiveTradingDriver`` asynchronously with a ``Broker`` —
/// and forwards ``commands`` to the venue, then calls ``removeAllCommands()``. Because both
/// drivers call the same methods in the same order, a replayed session reproduces a
/// backtest exactly.
///
/// Per event:
/// * ``process(_:)-(BarSlice)``: reveal the bars, mark the portfolio at the closes, update
///   the risk manager's halts, call `onBars`, turn the strategy's requests into commands
///   (after the risk check, each decision recorded).
/// * ``process(_:)-(ExecutionReport)``: update the order, book fills in the portfolio (which
///   records round-trip trades), call `onFill` / `onOrderUpdate`, handle new requests.
///
/// The equity curve gets one point per timestamp holding the state after every event
/// stamped at or before it: the point is written when a later event arrives or at
/// ``finish()``.
///
/// Generic over the strategy so calls are static. Per bar it allocates nothing once the
/// history and equity-curve buffers are reserved.
public struct TradingEngine<S: Strategy> {
    /// The strategy, with whatever state it keeps.
    public private(set) var strategy: S
    /// The strategy's context: time, portfolio, bars, orders.
    public private(set) var context: StrategyContext
    /// The risk manager and its halts.
    public private(set) var riskManager: RiskManager
    /// Commands produced since the driver last called ``removeAllCommands()``.
    public private(set) var commands: [EngineCommand] = []
    /// One point per timestamp.
    public private(set) var equityCurve: EquityCurve
    /// Every fill, in booking order.
    public private(set) var fills: [Fill] = []
    /// Every risk decision, in order.
    public private(set) var riskDecisions: [RiskDecision] = []
    private var pendingPoint: Timestamp?
    private var lastCloses: [Double]

    /// Creates an engine.
    ///
    /// - Parameters:
    ///   - strategy: the strategy to run.
    ///   - instruments: the instruments, in index order.
    ///   - cash: the starting cash.
    ///   - riskLimits: the pre-trade limits.
    ///   - history: per instrument, bars known in advance (a backtest's data) that the
    ///     engine reveals one step at a time instead of copying; empty for live feeds.
    ///   - expectedSteps: the number of timestamps to reserve room for.
    ///   - strategyName: the tag for orders whose intent has none.
    public init(strategy: S, instruments: [Instrument], cash: Double, riskLimits: RiskLimits = .none,
                history: [BarSeries] = [], expectedSteps: Int = 0, strategyName: String = "") {
        precondition(history.isEmpty || history.count == instruments.count, "one history per instrument")
        self.strategy = strategy
        let histories = history.isEmpty ? instruments.map { BarSeries(symbol: $0.symbol) } : history
        self.context = StrategyContext(portfolio: Portfolio(instruments: instruments, cash: cash),
                                       histories: histories, strategyName: strategyName)
        self.riskManager = RiskManager(limits: riskLimits)
        self.equityCurve = EquityCurve(reservingCapacity: expectedSteps)
        self.lastCloses = Array(repeating: 0, count: instruments.count)
    }

    /// Calls the strategy's `onStart`.
    public mutating func start() {
        strategy.onStart(&context)
        handleRequests()
    }

    /// Processes the bars of one timestamp: reveal, mark, halts, `onBars`, requests.
    ///
    /// - Precondition: timestamps strictly increase from one slice to the next.
    public mutating func process(_ slice: BarSlice) {
        precondition(slice.timestamp > context.time, "bar slices must arrive in time order")
        flushPoint(before: slice.timestamp)
        context.step += 1
        context.time = slice.timestamp
        for index in 0..<slice.instrumentCount where slice.hasBar(index) {
            let bar = slice.bars[index]
            reveal(bar, of: index)
            context.portfolio.mark(index, at: bar.close)
            lastCloses[index] = bar.close
        }
        if riskManager.observe(equity: context.portfolio.equity, at: slice.timestamp) {
            flattenAll(reason: "drawdown halt")
        }
        strategy.onBars(slice, &context)
        handleRequests()
        pendingPoint = slice.timestamp
    }

    /// Processes one execution report from the venue.
    public mutating func process(_ report: ExecutionReport) {
        let id = report.orderID
        guard id.rawValue >= 1 && id.rawValue <= context.orders.count else { return }
        let index = id.rawValue - 1
        switch report {
        case .accepted(_, let time):
            if context.orders[index].status == .new {
                context.orders[index].status = .accepted
                context.orders[index].updatedAt = time
            }
            strategy.onOrderUpdate(context.orders[index], &context)
        case .filled(let fill):
            flushPoint(before: fill.timestamp)
            let step = fill.timestamp > context.time ? context.step + 1 : context.step
            let order = context.orders[index]
            let filled = order.filledQuantity + fill.quantity
            let complete: Bool
            switch order.intent.quantity {
            case .units(let units): complete = filled >= units
            case .fractionOfBuyingPower, .entirePosition: complete = true
            }
            context.orders[index].recordFill(quantity: fill.quantity, price: fill.price, commission: fill.commission,
                                             isComplete: complete || order.role != .primary, at: fill.timestamp)
            if let instrument = context.portfolio.index(of: fill.symbol) {
                context.portfolio.apply(fill, instrument: instrument, step: step, strategy: order.intent.strategy,
                                        entryContributions: order.intent.entryContributions)
            }
            fills.append(fill)
            strategy.onFill(fill, &context)
        case .cancelled(_, let reason, let time):
            close(index, status: .cancelled, reason: reason, at: time)
        case .expired(_, let time):
            close(index, status: .expired, reason: "time in force ended", at: time)
        case .rejected(_, let reason, let time):
            close(index, status: .rejected, reason: reason, at: time)
        }
        context.openOrderIDs.removeAll { !context.orders[$0.rawValue - 1].status.isOpen }
        handleRequests()
    }

    /// Cancels every open order and submits market orders closing every position (the kill
    /// switch, the drawdown halt's flatten, and the end-of-run close-out use this).
    public mutating func flattenAll(reason: String) {
        for id in context.openOrderIDs { commands.append(.cancel(id)) }
        for position in context.portfolio.positions where position.quantity != 0 {
            let intent = OrderIntent(symbol: position.symbol, side: position.quantity > 0 ? .sell : .buy,
                                     quantity: .entirePosition, strategy: reason)
            let id = ClientOrderID(rawValue: context.orders.count + 1)
            let order = Order(id: id, intent: intent, createdAt: context.time)
            context.orders.append(order)
            context.openOrderIDs.append(id)
            riskDecisions.append(RiskDecision(orderID: id, symbol: position.symbol, time: context.time, outcome: .approved,
                                              rule: nil, reason: "flatten: \(reason)", requestedQuantity: abs(position.quantity),
                                              approvedQuantity: abs(position.quantity)))
            commands.append(.submit(order))
        }
    }

    /// Calls the strategy's `onStop` and handles its last requests.
    public mutating func stop() {
        strategy.onStop(&context)
        handleRequests()
    }

    /// Writes the last equity point; call after the final events.
    public mutating func finish() {
        flushPoint(before: Timestamp(rawValue: Int64.max))
    }

    /// Forgets the commands already forwarded (keeps the buffer's capacity).
    public mutating func removeAllCommands() { commands.removeAll(keepingCapacity: true) }

    // MARK: - Internals

    private mutating func reveal(_ bar: Bar, of index: Int) {
        let visible = context.visibleCounts[index]
        if visible < context.histories[index].count {
            precondition(context.histories[index].timestamps[visible] == bar.timestamp, "bar does not match the preloaded history")
        } else {
            do {
                try context.histories[index].append(bar)
            } catch {
                preconditionFailure("\(error)")
            }
        }
        context.visibleCounts[index] = visible + 1
    }

    private mutating func flushPoint(before time: Timestamp) {
        guard let point = pendingPoint, time > point else { return }
        let portfolio = context.portfolio
        equityCurve.append(timestamp: point, equity: portfolio.equity, cash: portfolio.cash,
                           grossExposure: portfolio.grossExposure, netExposure: portfolio.netExposure)
        pendingPoint = nil
    }

    private mutating func close(_ index: Int, status: OrderStatus, reason: String, at time: Timestamp) {
        guard context.orders[index].status.isOpen else { return }
        context.orders[index].status = status
        context.orders[index].reason = reason
        context.orders[index].updatedAt = time
        strategy.onOrderUpdate(context.orders[index], &context)
    }

    private mutating func handleRequests() {
        while !context.requests.isEmpty || context.killSwitchRequested {
            if context.killSwitchRequested {
                context.killSwitchRequested = false
                if !riskManager.isKillSwitchActive {
                    riskManager.activateKillSwitch()
                    flattenAll(reason: "kill switch")
                }
            }
            let requests = context.requests
            context.requests.removeAll(keepingCapacity: true)
            for request in requests {
                switch request {
                case .cancel(let id):
                    if context.openOrderIDs.contains(id) { commands.append(.cancel(id)) }
                case .submit(let id, let exits):
                    submit(id, exits: exits)
                }
            }
        }
    }

    private mutating func submit(_ id: ClientOrderID, exits: Int) {
        let order = context.orders[id.rawValue - 1]
        guard let instrument = context.portfolio.index(of: order.symbol) else {
            reject(id, exits: exits, reason: "unknown symbol \(order.symbol)", rule: nil, requested: 0)
            return
        }
        let decision = riskManager.evaluate(order, portfolio: context.portfolio, instrument: instrument,
                                            referencePrice: lastCloses[instrument], at: context.time)
        switch decision.outcome {
        case .rejected:
            riskDecisions.append(decision)
            reject(id, exits: exits, reason: decision.reason, rule: decision.rule, requested: decision.requestedQuantity, recorded: true)
            return
        case .resized:
            context.orders[id.rawValue - 1].intent.quantity = .units(decision.approvedQuantity)
        case .approved:
            break
        }
        riskDecisions.append(decision)
        for offset in 0...exits {
            let member = ClientOrderID(rawValue: id.rawValue + offset)
            context.openOrderIDs.append(member)
            commands.append(.submit(context.orders[member.rawValue - 1]))
        }
    }

    private mutating func reject(_ id: ClientOrderID, exits: Int, reason: String, rule: RiskRule?, requested: Double, recorded: Bool = false) {
        if !recorded {
            riskDecisions.append(RiskDecision(orderID: id, symbol: context.orders[id.rawValue - 1].symbol, time: context.time,
                                              outcome: .rejected, rule: rule, reason: reason, requestedQuantity: requested, approvedQuantity: 0))
        }
        for offset in 0...exits {
            let index = id.rawValue - 1 + offset
            context.orders[index].status = .rejected
            context.orders[index].reason = reason
        }
    }
}

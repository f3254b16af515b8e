/// The strategy-independent part of ``TradingEngine``: bars revealed, portfolio marked and
/// booked, orders tracked, risk checked, commands buffered, equity recorded.
///
/// Kept non-generic so it is compiled and optimized once in TradingCore; the generic
/// ``TradingEngine`` wrapper only adds the (statically dispatched) strategy calls.
@usableFromInline
struct EngineCore: Sendable {
    @usableFromInline var context: StrategyContext
    @usableFromInline var riskManager: RiskManager
    /// `riskManager.observesEquity`, which the limits (never changed after `init`) decide:
    /// one stored flag for the step to test instead of two optional limits.
    private let observesEquity: Bool
    /// The commands not yet handed to the driver, by order id (the order is read from
    /// `context.orders` when the command is handed out, so queuing one copies no `Order`).
    @usableFromInline var queued: [QueuedCommand] = []
    /// The equity curve, up to the points still in `stagedPoints`.
    @usableFromInline var recordedCurve: EquityCurve
    /// The latest equity points, one per step, moved into `recordedCurve` a block at a
    /// time: a step costs five stores into this inline buffer instead of five array
    /// appends, and no second copy of the curve is ever held.
    var stagedPoints = EquityPointBlock()
    @usableFromInline var fills: [Fill] = []
    @usableFromInline var riskDecisions: [RiskDecision] = []
    /// The time of the step whose equity point is still to be written, or ``noPendingPoint``.
    /// A sentinel rather than an optional: `flushPoint` tests it with one comparison per
    /// step, and the sentinel needs no test of its own, as no time is later than it.
    private var pendingPoint = noPendingPoint
    /// `pendingPoint` when no point is pending.
    private static let noPendingPoint = Timestamp(rawValue: Int64.max)
    /// The orders the engine sent itself to flatten the account (kill switch, drawdown halt,
    /// end of run): a strategy cannot cancel them.
    private var flatteningOrders: Set<ClientOrderID> = []

    /// A command as the core queues it.
    @usableFromInline
    enum QueuedCommand: Sendable {
        case submit(ClientOrderID)
        case cancel(ClientOrderID)
    }

    /// The queued commands, with their orders as they stand now.
    ///
    /// - Complexity: O(commands).
    @usableFromInline
    var commands: [EngineCommand] { queued.map { Self.command($0, orders: context.orders) } }

    /// The command `queued` stands for, its order read from `orders`.
    ///
    /// Static, not a method: the core holds the staged equity points inline (10 KB), and a
    /// non-mutating method called from a mutating one (``moveCommands(into:)``) may receive
    /// a copy of the whole core as its `self`.
    @usableFromInline
    static func command(_ queued: QueuedCommand, orders: [Order]) -> EngineCommand {
        switch queued {
        case .submit(let id): return .submit(orders[id.rawValue - 1])
        case .cancel(let id): return .cancel(id)
        }
    }

    /// What a report means for the strategy.
    @usableFromInline
    enum Notification {
        case none
        /// The order at this index of `context.orders` changed (read it there: no copy is
        /// made unless the strategy looks at it).
        case orderUpdate(Int)
        /// A fill was booked: the fill at this index of `fills` (read there, likewise).
        case fill(Int)
    }

    init(instruments: [Instrument], cash: Double, riskLimits: RiskLimits, history: [BarSeries], expectedSteps: Int, strategyName: String) {
        precondition(history.isEmpty || history.count == instruments.count, "one history per instrument")
        let histories = history.isEmpty ? instruments.map { BarSeries(symbol: $0.symbol) } : history
        self.context = StrategyContext(portfolio: Portfolio(instruments: instruments, cash: cash),
                                       histories: histories, strategyName: strategyName)
        self.riskManager = RiskManager(limits: riskLimits)
        self.observesEquity = riskManager.observesEquity
        self.recordedCurve = EquityCurve(reservingCapacity: expectedSteps)
        // Room for a record per step (within a bound of address space; see
        // `reserveAddressSpace(forUpTo:)`), so that the records of a long run do not grow
        // through ever larger copies.
        context.orders.reserveAddressSpace(forUpTo: expectedSteps)
        context.orderInstruments.reserveAddressSpace(forUpTo: expectedSteps)
        context.portfolio.reserveTradeAddressSpace(forUpTo: expectedSteps)
        fills.reserveAddressSpace(forUpTo: expectedSteps)
        riskDecisions.reserveAddressSpace(forUpTo: expectedSteps)
    }

    /// The equity curve recorded so far.
    ///
    /// - Complexity: O(1) after ``finish()``; before it, a copy of the curve when points
    ///   are staged.
    @usableFromInline
    var equityCurve: EquityCurve {
        guard !stagedPoints.isEmpty else { return recordedCurve }
        var curve = recordedCurve
        stagedPoints.append(to: &curve)
        return curve
    }

    /// Reveals and marks the bars, updates the halts and schedules the step's equity point
    /// (written when the next step or a later fill arrives, so it includes this step's
    /// same-bar fills); the strategy's `onBars` and ``handleRequestsIfAny()`` come next.
    @usableFromInline
    mutating func beginStep(_ slice: BarSlice) {
        precondition(slice.timestamp > context.time, "bar slices must arrive in time order")
        flushPoint(before: slice.timestamp)
        pendingPoint = slice.timestamp
        context.step += 1
        context.time = slice.timestamp
        // The bars are read where the slice holds them: `forEachBar`'s closure took a copy of
        // each (the one-instrument step: −9 instructions a bar).
        // (`instrumentCount` is the count of `bars`, which `present` shares: testing it
        // covers the read of the first bar's close.)
        if slice.instrumentCount > 0 && slice.present.first { revealAndMark(slice, 0) }
        for offset in slice.present.others.indices where slice.present.others[offset] { revealAndMark(slice, offset + 1) }
        if observesEquity { observeEquity(at: slice.timestamp) }
    }

    /// Hands the step's equity to the risk manager. When the drawdown halt fires, either
    /// flattens everything (when the limits ask for it) or cancels the working orders that
    /// would still add risk: an order approved before the halt must not open risk after it.
    @inline(never)
    private mutating func observeEquity(at time: Timestamp) {
        let wasHalted = riskManager.isDrawdownHalted
        if riskManager.observe(equity: context.portfolio.equity, at: time) {
            flattenAll(reason: "drawdown halt")
        } else if !wasHalted && riskManager.isDrawdownHalted {
            for id in context.openOrderIDs where addsRisk(id) { queued.append(.cancel(id)) }
        }
    }

    /// Whether the open order `id` would add risk if it filled (``RiskManager/addsRisk(held:change:)``;
    /// bracket exits and closes of a whole position never do, an order sized at its fill
    /// always may).
    private func addsRisk(_ id: ClientOrderID) -> Bool {
        let order = id.rawValue - 1
        guard context.orders[order].role == .primary, let instrument = context.orderInstruments[order] else { return false }
        switch context.orders[order].intent.quantity {
        case .entirePosition: return false
        case .fractionOfBuyingPower: return true
        case .units(let units):
            let change = context.orders[order].side.sign * (units - context.orders[order].filledQuantity)
            return RiskManager.addsRisk(held: context.portfolio.positions[instrument].quantity, change: change)
        }
    }

    /// Handles requests only when there are any (the common per-bar case has none, and
    /// then this check is all the step costs after `onBars`).
    @inlinable
    mutating func handleRequestsIfAny() {
        if !context.requests.isEmpty || context.killSwitchRequested { handleRequests() }
    }

    /// Books a report and says what to tell the strategy.
    @usableFromInline
    mutating func apply(_ report: consuming ExecutionReport) -> Notification {
        let id = report.orderID
        guard id.rawValue >= 1 && id.rawValue <= context.orders.count else { return .none }
        let index = id.rawValue - 1
        let notification: Notification
        switch consume report {
        case .accepted(_, let time):
            context.eventTime = time
            if context.orders[index].status == .new {
                context.orders[index].status = .accepted
                context.orders[index].updatedAt = time
            }
            notification = .orderUpdate(index)
        case .filled(let fill):
            context.eventTime = fill.timestamp
            flushPoint(before: fill.timestamp)
            let step = fill.timestamp > context.time ? context.step + 1 : context.step
            context.orders[index].recordFill(quantity: fill.quantity, price: fill.price, commission: fill.commission,
                                             isComplete: fill.leavesQuantity <= 0, at: fill.timestamp)
            // A fill is for its order's symbol, whose instrument is known; a venue reporting
            // another symbol has it looked up.
            let instrument = fill.symbol == context.orders[index].symbol ? context.orderInstruments[index]
                                                                         : context.portfolio.index(of: fill.symbol)
            if let instrument {
                // The order's tags are stored only when the fill opens a position, read from the
                // order book in place (passed to `apply`, they were retained and released around
                // the call for every fill: −150 instructions a cross in the SmaCross bench).
                if context.portfolio.book(fill, instrument: instrument, step: step) {
                    context.portfolio.recordEntry(of: instrument, strategy: context.orders[index].intent.strategy,
                                                  entryFactors: context.orders[index].intent.entryFactors)
                }
                // Booking marks the position at the fill price. A fill during the current
                // bar (the same-bar-close option, slippage included) must leave the bar's
                // equity point valued at the close, like every other position.
                if fill.timestamp == context.time && context.visibleCounts[instrument] > 0 {
                    context.portfolio.mark(instrument, at: latestClose(of: instrument))
                }
            }
            fills.appendAdvisingHugePages(fill)
            notification = .fill(fills.count - 1)
        case .cancelled(_, let reason, let time):
            context.eventTime = time
            notification = close(index, status: .cancelled, reason: reason, at: time)
        case .expired(_, let time):
            context.eventTime = time
            notification = close(index, status: .expired, reason: "time in force ended", at: time)
        case .rejected(_, let reason, let time):
            context.eventTime = time
            notification = close(index, status: .rejected, reason: reason, at: time)
        }
        // Only this report's order can have closed (every other status change happens before
        // an order joins `openOrderIDs`), so drop just it, keeping the submission order.
        if !context.orders[index].status.isOpen, let position = context.openOrderIDs.firstIndex(of: id) {
            // The later ids move down one by one, then the last slot goes: inlined, where
            // `remove(at:)` was a call into a generic specialization (−40 instructions a fill).
            let last = context.openOrderIDs.count - 1
            var slot = position
            while slot < last {
                context.openOrderIDs[slot] = context.openOrderIDs[slot + 1]
                slot += 1
            }
            context.openOrderIDs.removeLast()
        }
        return notification
    }

    /// Cancels every open order and submits market orders closing every position (the kill
    /// switch, the drawdown halt's flatten, and the end-of-run close-out use this).
    @usableFromInline
    mutating func flattenAll(reason: String) {
        for id in context.openOrderIDs { queued.append(.cancel(id)) }
        for (instrument, position) in context.portfolio.positions.enumerated() where position.quantity != 0 {
            let intent = OrderIntent(symbol: position.symbol, side: position.quantity > 0 ? .sell : .buy,
                                     quantity: .entirePosition, strategy: reason)
            let id = ClientOrderID(rawValue: context.orders.count + 1)
            context.append(Order(id: id, intent: intent, createdAt: context.decisionTime), instrument: instrument)
            context.openOrderIDs.append(id)
            flatteningOrders.insert(id)
            riskDecisions.appendAdvisingHugePages(RiskDecision(
                orderID: id, symbol: position.symbol, time: context.decisionTime, outcome: .approved, rule: nil,
                reason: "flatten: \(reason)", requestedQuantity: abs(position.quantity), approvedQuantity: abs(position.quantity)))
            queued.append(.submit(id))
        }
    }

    /// Writes the pending equity point.
    @usableFromInline
    mutating func finish() {
        flushPoint(before: Timestamp(rawValue: Int64.max))
        moveStagedPoints()
    }

    /// Forgets forwarded commands, keeping capacity.
    @usableFromInline
    mutating func removeAllCommands() { queued.removeAll(keepingCapacity: true) }

    /// Moves the pending commands into `buffer` (cleared first), with their orders.
    @usableFromInline
    mutating func moveCommands(into buffer: inout [EngineCommand]) {
        buffer.removeAllElements()
        for entry in queued { buffer.append(Self.command(entry, orders: context.orders)) }
        removeAllCommands()
    }

    /// Swaps the pending commands, as queued, into `buffer` (cleared first): the backtest
    /// driver reads each order from `context.orders` itself, so nothing is copied twice.
    @usableFromInline
    mutating func moveQueuedCommands(into buffer: inout [QueuedCommand]) {
        buffer.removeAllElements()
        swap(&queued, &buffer)
    }

    // MARK: - Internals

    /// Makes `bar` visible to the strategy: the next bar of a preloaded history (checked),
    /// or appended to a history that grows as the bars arrive.
    @inline(__always)
    private mutating func reveal(_ bar: Bar, of index: Int) {
        let visible = context.visibleCounts[index]
        if visible < context.histories[index].count {
            precondition(context.histories[index].timestamps[visible] == bar.timestamp, "bar does not match the preloaded history")
        } else {
            appendToHistory(bar, of: index)
        }
        context.visibleCounts[index] = visible + 1
    }

    /// Reveals instrument `index`'s bar of `slice` (as ``reveal(_:of:)``; the bar's timestamp
    /// is the slice's) and marks the position at its close.
    ///
    /// - Precondition: the slice has a bar for `index`.
    @inline(__always)
    private mutating func revealAndMark(_ slice: BarSlice, _ index: Int) {
        let visible = context.visibleCounts[index]
        // Compared unsigned (a count is never negative), the test covers the timestamp read's
        // index check (−2 instructions a bar).
        if UInt(bitPattern: visible) < UInt(bitPattern: context.histories[index].count) {
            precondition(context.histories[index].timestamps[visible] == slice.timestamp, "bar does not match the preloaded history")
        } else {
            appendToHistory(slice.bars[index], of: index)
        }
        context.visibleCounts[index] = visible + 1
        context.portfolio.mark(index, at: slice.bars[index].close)
    }

    @inline(never)
    private mutating func appendToHistory(_ bar: Bar, of index: Int) {
        do {
            try context.histories[index].append(bar)
        } catch {
            preconditionFailure("\(error)")
        }
    }

    @inline(__always)  // called out of line, it took a copy of the whole core for its `self`
    private func latestClose(of instrument: Int) -> Double {
        let visible = context.visibleCounts[instrument]
        return visible > 0 ? context.histories[instrument].close[visible - 1] : 0
    }

    private mutating func moveStagedPoints() {
        stagedPoints.moveAll(into: &recordedCurve)
    }

    @inline(__always)  // once per step from beginStep: a call there cost more than the body
    private mutating func flushPoint(before time: Timestamp) {
        let point = pendingPoint
        guard time > point else { return }
        // The same call on both sides: with the count known to be 1 (a one-instrument run),
        // the optimizer drops the set-up of `point(at:)`'s loop over the positions
        // (−11 instructions a step in the empty-strategy run).
        if context.portfolio.positions.count == 1 {
            stagedPoints.append(context.portfolio.point(at: point))
        } else {
            stagedPoints.append(context.portfolio.point(at: point))
        }
        if stagedPoints.isFull { moveStagedPoints() }
        pendingPoint = Self.noPendingPoint
    }

    private mutating func close(_ index: Int, status: OrderStatus, reason: String, at time: Timestamp) -> Notification {
        guard context.orders[index].status.isOpen else { return .none }
        context.orders[index].status = status
        context.orders[index].reason = reason
        context.orders[index].updatedAt = time
        return .orderUpdate(index)
    }

    @usableFromInline
    mutating func handleRequests() {
        while !context.requests.isEmpty || context.killSwitchRequested {
            if context.killSwitchRequested {
                context.killSwitchRequested = false
                if !riskManager.isKillSwitchActive {
                    riskManager.activateKillSwitch()
                    flattenAll(reason: "kill switch")
                }
            }
            // Read in place, by position (handling a request makes none): iterating a buffer
            // swapped out of `context` retained and released it (−45 instructions a batch).
            var position = 0
            while position < context.requests.count {
                switch context.requests[position] {
                case .cancel(let id):
                    if context.openOrderIDs.contains(id) && !flatteningOrders.contains(id) { queued.append(.cancel(id)) }
                case .submit(let id, let exits):
                    submit(id, exits: exits)
                }
                position += 1
            }
            context.requests.removeAllElements()
        }
    }

    private mutating func submit(_ id: ClientOrderID, exits: Int) {
        let index = id.rawValue - 1
        if let replaced = context.orders[index].replacesID, !context.openOrderIDs.contains(replaced) {
            reject(id, exits: exits, reason: "order \(replaced) to replace is no longer open", rule: nil, requested: 0)
            return
        }
        guard let instrument = context.orderInstruments[index] else {
            reject(id, exits: exits, reason: "unknown symbol \(context.orders[index].symbol)", rule: nil, requested: 0)
            return
        }
        // A quantity or price that is not a positive number (an indicator still warming up
        // gives NaN) would size nothing, or leave a limit, a stop or a bracket's protection
        // waiting forever: the order and its exits are refused, with the reason.
        // (`refusalReason`, with the fields read in place: the property copied the intent.)
        if !OrderIntent.hasTradableValues(quantity: context.orders[index].intent.quantity, type: context.orders[index].intent.type,
                                          stopLoss: context.orders[index].intent.stopLoss,
                                          takeProfit: context.orders[index].intent.takeProfit),
           let reason = context.orders[index].intent.describedRefusal {
            reject(id, exits: exits, reason: reason, rule: nil, requested: 0)
            return
        }
        let pending = pendingExposure(of: instrument)
        let decision = riskManager.evaluate(id: id, symbol: context.orders[index].symbol, side: context.orders[index].side,
                                            quantity: context.orders[index].intent.quantity, role: context.orders[index].role,
                                            portfolio: context.portfolio, instrument: instrument,
                                            referencePrice: latestClose(of: instrument), at: context.orders[index].createdAt,
                                            pending: pending)
        switch decision.outcome {
        case .rejected:
            riskDecisions.appendAdvisingHugePages(decision)
            reject(id, exits: exits, reason: decision.reason, rule: decision.rule, requested: decision.requestedQuantity, recorded: true)
            return
        case .resized:
            context.orders[id.rawValue - 1].intent.quantity = .units(decision.approvedQuantity)
        case .approved:
            break
        }
        riskDecisions.appendAdvisingHugePages(decision)
        for offset in 0...exits {
            let member = ClientOrderID(rawValue: id.rawValue + offset)
            context.openOrderIDs.append(member)
            queued.append(.submit(member))
        }
    }

    /// What the open primary orders will do once they fill (``PendingExposure``), in the
    /// order they were sent: closes of a whole position close what the orders before them
    /// leave; an order sized at its fill counts for its share of the buying power now (with
    /// what the orders before it release) at the instrument's last close.
    ///
    /// - Complexity: O(open orders + instruments); nothing is allocated.
    ///
    /// It changes nothing: it is `mutating` only so that `submit` passes the core by address.
    /// As a non-mutating method it received a copy of the whole core (456 bytes) as its `self`
    /// on every submission.
    private mutating func pendingExposure(of instrument: Int) -> PendingExposure {
        guard !context.openOrderIDs.isEmpty else { return .none }
        let count = context.portfolio.positions.count
        // One instrument (a single-series backtest): its effective quantity is a local, with
        // no temporary allocation and no closure call (−84 instructions a SmaCross cross).
        if count == 1 {
            var effective = context.portfolio.positions[0].quantity
            return withUnsafeMutablePointer(to: &effective) { pendingExposure(of: instrument, count: 1, effective: $0) }
        }
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: count) { buffer in
            for index in 0..<count { buffer.initializeElement(at: index, to: context.portfolio.positions[index].quantity) }
            let pending = pendingExposure(of: instrument, count: count, effective: buffer.baseAddress!)
            buffer.deinitialize()
            return pending
        }
    }

    /// ``pendingExposure(of:)`` given `effective`, the `count` positions' quantities (which
    /// it updates as the open orders would).
    @inline(__always)
    private mutating func pendingExposure(of instrument: Int, count: Int, effective: UnsafeMutablePointer<Double>) -> PendingExposure {
        var released = 0.0
        // By position, not `for id in`: iterating the array retained and released it.
        for position in context.openOrderIDs.indices {
            let index = context.openOrderIDs[position].rawValue - 1
            guard context.orders[index].role == .primary, let target = context.orderInstruments[index] else { continue }
            let held = effective[target]
            let sign = context.orders[index].side.sign
            let filled = context.orders[index].filledQuantity
            let change: Double
            switch context.orders[index].intent.quantity {
            case .units(let units): change = sign * Swift.max(0, units - filled)
            case .entirePosition: change = held * sign < 0 ? -held : 0
            case .fractionOfBuyingPower(let fraction):
                let price = latestClose(of: target)
                let budget = fraction * (context.portfolio.freeMargin + released) / context.portfolio.instruments[target].marginRequirement
                change = price > 0 ? sign * Swift.max(0, budget / price - filled) : 0
            }
            let after = held + change
            let reduced = held * after < 0 ? abs(held) : Swift.max(0, abs(held) - abs(after))
            if reduced > 0 {
                released += reduced * context.portfolio.positions[target].markPrice * context.portfolio.instruments[target].marginRequirement
            }
            effective[target] = after
        }
        var openings = 0
        for index in 0..<count where index != instrument && context.portfolio.positions[index].quantity == 0 && effective[index] != 0 {
            openings += 1
        }
        let quantity = effective[instrument] - context.portfolio.positions[instrument].quantity
        return PendingExposure(quantity: quantity, releasedMargin: released, openings: openings)
    }

    private mutating func reject(_ id: ClientOrderID, exits: Int, reason: String, rule: RiskRule?, requested: Double, recorded: Bool = false) {
        if !recorded {
            riskDecisions.appendAdvisingHugePages(RiskDecision(
                orderID: id, symbol: context.orders[id.rawValue - 1].symbol, time: context.orders[id.rawValue - 1].createdAt,
                outcome: .rejected, rule: rule,
                reason: reason, requestedQuantity: requested, approvedQuantity: 0))
        }
        for offset in 0...exits {
            let index = id.rawValue - 1 + offset
            context.orders[index].status = .rejected
            context.orders[index].reason = reason
        }
    }
}

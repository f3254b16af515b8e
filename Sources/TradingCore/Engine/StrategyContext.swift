/// A strategy's window on the engine: the current time, the read-only portfolio, past bars,
/// its orders, and the requests it makes (submit, cancel, replace, targets, kill switch).
///
/// Requests are collected and handed to the engine when the callback returns; ids are
/// assigned at once and deterministically, so a strategy can remember and cancel them.
public struct StrategyContext: Sendable {
    /// The timestamp of the latest step (the bar close being decided on).
    ///
    /// In `onFill`, `onOrderUpdate` and `onTimer` it is still the latest step's, while the
    /// event may be later (a fill at the next bar's open is stamped with that bar); the orders
    /// sent there are created at the event's time (see ``Order/createdAt``).
    public internal(set) var time: Timestamp
    /// The time of the report or timer event being delivered (`Int64.min` between events): an
    /// order cannot be created before the event that caused it. Set per event, never per bar.
    @usableFromInline var eventTime = Timestamp(rawValue: Int64.min)
    /// When an order sent now is created: the later of ``time`` and the event being delivered.
    var decisionTime: Timestamp { Swift.max(time, eventTime) }
    /// The number of steps processed so far, minus one (0 at the first bar).
    public internal(set) var step: Int
    /// The account as the fills booked so far left it, marked at the latest closes.
    public internal(set) var portfolio: Portfolio
    /// Every order of the run, by id (`orders[id.rawValue − 1]`).
    public internal(set) var orders: [Order] = []
    /// The index of each order's instrument in ``instruments``, by id like ``orders`` (`nil`
    /// for a symbol not in the run): resolved once when the order is created, so that the
    /// risk check, the bookings and the venue do not look its symbol up again.
    @usableFromInline var orderInstruments: [Int?] = []
    /// The tag recorded on orders whose intent has no `strategy` of its own.
    public var strategyName: String
    @usableFromInline var histories: [BarSeries]
    @usableFromInline var visibleCounts: InstrumentValues<Int>
    @usableFromInline var requests: [Request] = []
    var openOrderIDs: [ClientOrderID] = []
    @usableFromInline var killSwitchRequested = false

    @usableFromInline
    enum Request: Sendable {
        case submit(ClientOrderID, exits: Int)
        case cancel(ClientOrderID)
    }

    init(portfolio: Portfolio, histories: [BarSeries], strategyName: String) {
        self.time = Timestamp(rawValue: Int64.min)
        self.step = -1
        self.portfolio = portfolio
        self.histories = histories
        self.visibleCounts = InstrumentValues(repeating: 0, count: histories.count)
        self.strategyName = strategyName
    }

    /// The instruments, by index.
    public var instruments: [Instrument] { portfolio.instruments }

    /// The index of `symbol`, or `nil` when it is not part of the run.
    public func index(of symbol: String) -> Int? { portfolio.index(of: symbol) }

    /// The bars of instrument `index` up to the present.
    @inlinable
    public func bars(_ index: Int) -> BarHistory { BarHistory(series: histories[index], count: visibleCounts[index]) }

    /// The bars of `symbol` up to the present, or `nil` for an unknown symbol.
    public func bars(_ symbol: String) -> BarHistory? { index(of: symbol).map { bars($0) } }

    /// The order with `id`, or `nil` when unknown.
    public func order(_ id: ClientOrderID) -> Order? {
        id.rawValue >= 1 && id.rawValue <= orders.count ? orders[id.rawValue - 1] : nil
    }

    /// The orders still working, in submission order.
    ///
    /// - Complexity: O(open orders).
    public var openOrders: [Order] { openOrderIDs.map { orders[$0.rawValue - 1] } }

    /// Submits an intent; returns the new order's id. A bracket (stop-loss / take-profit on
    /// the intent) also creates the exit orders, with the next ids.
    ///
    /// The engine refuses (status `.rejected`, with the reason) an order for an unknown
    /// symbol, or one with a ``OrderIntent/refusalReason`` (a quantity or price that is not
    /// a positive number, such as a NaN from an indicator still warming up), with its exits;
    /// then the risk manager decides.
    @discardableResult
    public mutating func submit(_ intent: consuming OrderIntent) -> ClientOrderID {
        let instrument = portfolio.index(of: intent.symbol)
        return submit(intent, resolvedInstrument: instrument)
    }

    /// ``submit(_:)`` for an intent in the instrument at `index` of ``instruments``: the
    /// symbol is not looked up (a strategy that knows its instruments by index, as most
    /// do, saves a search of the symbols per order).
    ///
    /// - Precondition: `intent.symbol` is the symbol of instrument `index`.
    @discardableResult
    public mutating func submit(_ intent: consuming OrderIntent, instrument index: Int) -> ClientOrderID {
        precondition(portfolio.instruments[index].symbol == intent.symbol, "the intent is not for instrument \(index)")
        return submit(intent, resolvedInstrument: index)
    }

    /// ``submit(_:)`` for an intent whose instrument the caller has looked up already:
    /// `instrument` is the index of `intent.symbol` (`nil` when it is not part of the run).
    private mutating func submit(_ intent: consuming OrderIntent, resolvedInstrument instrument: Int?) -> ClientOrderID {
        // Nothing to do when both are empty (a run without a name): the assignment destroyed
        // the intent's empty tag through an outlined call (−50 instructions a close order).
        if intent.strategy.isEmpty && !strategyName.isEmpty { intent.strategy = strategyName }
        let id = ClientOrderID(rawValue: orders.count + 1)
        let (stopLoss, takeProfit) = (intent.stopLoss, intent.takeProfit)
        append(Order(id: id, intent: intent, createdAt: decisionTime), instrument: instrument)
        var exits = 0
        if let stop = stopLoss {
            appendExit(of: orders[id.rawValue - 1].intent, parent: id, instrument: instrument, role: .stopLoss, type: .stop(stop: stop))
            exits += 1
        }
        if let target = takeProfit {
            appendExit(of: orders[id.rawValue - 1].intent, parent: id, instrument: instrument, role: .takeProfit, type: .limit(price: target))
            exits += 1
        }
        requests.append(.submit(id, exits: exits))
        return id
    }

    /// Adds `order` to ``orders``, trading the instrument at index `instrument` (`nil` when its
    /// symbol is not in the run).
    @inline(__always)  // out of line, it made one more copy of every order
    mutating func append(_ order: consuming Order, instrument: Int?) {
        orders.appendAdvisingHugePages(order)
        orderInstruments.appendAdvisingHugePages(instrument)
    }

    private mutating func appendExit(of intent: OrderIntent, parent: ClientOrderID, instrument: Int?, role: OrderRole, type: OrderType) {
        let quantity: OrderQuantity
        if case .units = intent.quantity { quantity = intent.quantity } else { quantity = .entirePosition }
        let exit = OrderIntent(symbol: intent.symbol, side: intent.side.opposite, quantity: quantity, type: type,
                               timeInForce: .goodTillCancelled, strategy: intent.strategy)
        append(Order(id: ClientOrderID(rawValue: orders.count + 1), intent: exit, role: role, parentID: parent,
                     createdAt: orders[parent.rawValue - 1].createdAt),
               instrument: instrument)
    }

    /// Asks the venue to cancel an order (and its bracket exits still waiting for it). The
    /// orders the engine sends itself to flatten the account (kill switch, drawdown halt) cannot
    /// be cancelled; the request is ignored.
    public mutating func cancel(_ id: ClientOrderID) {
        requests.append(.cancel(id))
    }

    /// Cancels `id` and submits `intent` as its replacement; returns the new id.
    ///
    /// The replacement is rejected (reason "order … to replace is no longer open") when `id` is
    /// no longer open by the time the engine handles the request, for instance because it
    /// filled: replacing a filled order must not open a second position (the venue rejects it
    /// too, when the fill has not reached the engine yet). A bracket exit's replacement for the
    /// same symbol and side (moving a stop, say) takes over its role and parent, so it stays
    /// one side of the OCO pair and, like every exit, never closes more than the position nor
    /// more than its own quantity; a bracket on its intent is dropped, as an exit opens no
    /// position to protect. Any other replacement is an order of its own.
    @discardableResult
    public mutating func replace(_ id: ClientOrderID, with intent: OrderIntent) -> ClientOrderID {
        cancel(id)
        guard let replaced = order(id), replaced.role != .primary, replaced.symbol == intent.symbol, replaced.side == intent.side else {
            let newID = submit(intent)
            orders[newID.rawValue - 1].replacesID = id
            return newID
        }
        var exit = intent
        exit.stopLoss = nil
        exit.takeProfit = nil
        let newID = submit(exit)
        orders[newID.rawValue - 1].role = replaced.role
        orders[newID.rawValue - 1].parentID = replaced.parentID
        orders[newID.rawValue - 1].replacesID = id
        return newID
    }

    /// Submits a market order that closes the whole position in `symbol` at fill time;
    /// returns `nil` when the position is flat now.
    @discardableResult
    public mutating func closePosition(_ symbol: String) -> ClientOrderID? {
        guard let instrument = index(of: symbol) else { return nil }
        return closePosition(instrument)
    }

    /// ``closePosition(_:)-(String)`` for the instrument at `index` of ``instruments``,
    /// without looking its symbol up.
    ///
    /// - Precondition: `index` is a valid index of ``instruments``.
    @discardableResult
    public mutating func closePosition(_ index: Int) -> ClientOrderID? {
        // Read in place: a copy of the position would retain its strings.
        let held = portfolio.positions[index].quantity
        guard held != 0 else { return nil }
        return submit(OrderIntent(symbol: portfolio.instruments[index].symbol, side: held > 0 ? .sell : .buy, quantity: .entirePosition),
                      resolvedInstrument: index)
    }

    /// Submits the market order that moves the position in `symbol` to `quantity` (signed);
    /// returns `nil` when no trade is needed. Open orders are not netted.
    ///
    /// A `quantity` that is NaN or infinite (an indicator still warming up) never traps: the
    /// order is submitted and refused with its ``OrderIntent/refusalReason``, so the decision
    /// and its reason are on record.
    @discardableResult
    public mutating func target(quantity: Double, _ symbol: String) -> ClientOrderID? {
        target(quantity: quantity, symbol, instrument: index(of: symbol))
    }

    /// ``target(quantity:_:)`` for a symbol whose instrument index is known (`nil` when the
    /// symbol is not part of the run: nothing is held, and the order is rejected).
    private mutating func target(quantity: Double, _ symbol: String, instrument: Int?) -> ClientOrderID? {
        // Read in place: a copy of the position would retain its strings.
        let delta = quantity - (instrument.map { portfolio.positions[$0].quantity } ?? 0)
        guard delta != 0 else { return nil }
        return submit(OrderIntent(symbol: symbol, side: delta > 0 ? .buy : .sell, quantity: .units(abs(delta))), resolvedInstrument: instrument)
    }

    /// Submits the market order that moves the position in `symbol` to `percent` % of
    /// equity (signed; negative is short), at the latest close, in whole lots toward zero.
    ///
    /// Returns `nil` without an order when `symbol` is unknown, has no bar yet, or its latest
    /// close is not positive (zero, negative or NaN). A `percent`, close or equity that makes
    /// the quantity NaN or infinite never traps: ``target(quantity:_:)`` submits the order and
    /// the engine refuses it with its ``OrderIntent/refusalReason``.
    @discardableResult
    public mutating func target(percent: Double, _ symbol: String) -> ClientOrderID? {
        guard let index = index(of: symbol), let price = bars(index).last?.close, price > 0 else { return nil }
        let quantity = portfolio.instruments[index].roundedToLot(percent / 100 * portfolio.equity / price)
        return target(quantity: quantity, symbol, instrument: index)
    }

    /// Turns the kill switch on: open orders are cancelled, positions flattened, and no new
    /// risk is accepted for the rest of the run.
    public mutating func activateKillSwitch() { killSwitchRequested = true }
}

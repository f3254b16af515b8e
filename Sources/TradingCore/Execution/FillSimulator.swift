/// The simulated execution venue: working orders, fills against bars, and the venue's own
/// account — synchronous and deterministic.
///
/// The backtest driver calls it directly; ``PaperBroker`` wraps the same type behind the
/// async ``Broker`` protocol, so paper trading and backtests fill identically.
///
/// Per step, ``process(_:)`` first matches every working order eligible on the new bars
/// (orders submitted at a bar's close trade from the next bar; see ``IntrabarFillModel``
/// for prices), in submission order, then marks the account at the closes. Deferred
/// quantities (``OrderQuantity``) are resolved at the fill price against the account's
/// free margin at that moment, so a closing fill earlier in the same bar frees buying
/// power for a later entry. Everything that happens is appended to ``reports``, which the
/// driver drains.
///
/// Marking is lazy: when a slice holds a bar for every instrument, the account is marked at
/// those closes only when something reads it (an order executing, ``account``) or the next
/// slice would leave some instrument's mark stale — so in the common step with no working
/// orders it is not marked at all, yet every read sees exactly the eagerly marked account.
///
/// - Complexity: ``process(_:)`` is O(instruments + working orders) per step; with no
///   working orders it only records the bars.
public struct FillSimulator: Sendable {
    /// The rules and models.
    public let configuration: ExecutionConfiguration
    /// The venue's books: cash and positions as the fills left them, marked at the latest closes.
    /// Like a broker's account it holds no round-trip records (`trades` stays empty); those
    /// are the engine's bookkeeping.
    ///
    /// - Complexity: O(instruments) (it applies pending marks to the copy it returns).
    public var account: Portfolio {
        var copy = book
        if marksPending { Self.mark(&copy, at: latestBars) }
        return copy
    }
    private var book: Portfolio
    /// `configuration.fillModel`, resolved so that matching calls a stock model directly.
    private let fillModel: ResolvedFillModel
    /// Whether `configuration.slippage`'s fraction is 0 for every fill
    /// (``SlippageModel/isAlwaysZero``): then a fill asks no model through its existential.
    private let isWithoutSlippage: Bool
    /// Whether `configuration.commission` charges 0 for every fill
    /// (``CommissionModel/isAlwaysZero``; likewise).
    private let isWithoutCommission: Bool
    /// Whether `book` still has to be marked at the closes in `latestBars` (set only after a
    /// slice with a bar for every instrument).
    @usableFromInline var marksPending = false
    /// Reports produced since the driver last called ``removeAllReports()``.
    public private(set) var reports: [ExecutionReport] = []
    /// The orders the venue works, as the compact state matching needs (no reference-counted
    /// fields: appending, moving and dropping one copies a few words and retains nothing).
    @usableFromInline var working: [WorkingOrder] = []
    /// Whether some order in `working` has a `parentID` (a bracket exit): set when one is
    /// accepted, cleared when `working` empties. Without one, a filled entry has no exits
    /// to activate and a fill need not scan `working` for them.
    private var mayHoldExits = false
    /// Each working order as it was submitted, by the index of its state in `working`, for
    /// ``openOrders``; empty when the venue keeps no records (see `recordsOrders`).
    private var records: [Order] = []
    /// Whether the venue keeps a copy of every working order for ``openOrders``. The
    /// backtest's venue does not: its engine holds the same orders and never asks the venue.
    private let recordsOrders: Bool
    @usableFromInline var latestBars: InstrumentValues<Bar>
    @usableFromInline var hasLatestBar: InstrumentValues<Bool>
    @usableFromInline var step = -1
    /// Orders whose cancellation arrived after they had filled or ended: a replacement sent
    /// with the cancellation (both arrive together) finds its original here and is rejected.
    /// An entry left by a cancellation without a replacement can never reject a wrong order:
    /// a finished order stays finished.
    private var finishedBeforeCancel: Set<ClientOrderID> = []
    @usableFromInline var time = Timestamp(rawValue: Int64.min)

    /// A working order's state at the venue: the order's fields that matching reads, the
    /// venue's view of its fills, and the matching state.
    @usableFromInline
    struct WorkingOrder: Sendable {
        let id: ClientOrderID
        let side: OrderSide
        let role: OrderRole
        let parentID: ClientOrderID?
        let quantity: OrderQuantity
        let type: OrderType
        let timeInForce: TimeInForce
        let createdAt: Timestamp
        let replacesID: ClientOrderID?
        /// The order's status, fills and last change as the venue saw them (``Order``'s fields).
        var status = OrderStatus.accepted
        var filledQuantity: Double
        var averageFillPrice: Double
        var commission: Double
        var updatedAt: Timestamp
        var instrument: Int
        var eligibleStep = 0
        var referenceOpen: Double?
        var targetQuantity: Double?
        var isTriggered = false
        var sessionDay: Int64?
        var isActive = true
        var isDone = false
        /// The step in which the order was last matched as one leg of a bracket pair (both
        /// legs are decided together, once per bar).
        var pairMatchedStep = -1

        /// The state of `order`, trading the instrument at index `instrument`, before the venue
        /// accepts it. Inlined, so that the caller reads the order's fields in place.
        @inline(__always)
        init(_ order: borrowing Order, instrument: Int) {
            id = order.id
            side = order.intent.side
            role = order.role
            parentID = order.parentID
            quantity = order.intent.quantity
            type = order.intent.type
            timeInForce = order.intent.timeInForce
            filledQuantity = order.filledQuantity
            averageFillPrice = order.averageFillPrice
            commission = order.commission
            createdAt = order.createdAt
            replacesID = order.replacesID
            updatedAt = order.updatedAt
            self.instrument = instrument
        }

        /// Records a fill as ``Order/recordFill(quantity:price:commission:isComplete:at:)`` does,
        /// and the quantity the order was sized to at this fill, if it was (`target`).
        mutating func recordFill(quantity: Double, price: Double, commission: Double, isComplete: Bool, at time: Timestamp,
                                 sizedTo target: Double?) {
            if let target { targetQuantity = target }
            averageFillPrice = Order.averagePrice(filled: filledQuantity, at: averageFillPrice, adding: quantity, at: price)
            filledQuantity += quantity
            self.commission += commission
            status = isComplete ? .filled : .partiallyFilled
            updatedAt = time
        }

        /// `record` (the order as submitted) with the venue's status and fills.
        func order(from record: Order) -> Order {
            var order = record
            order.status = status
            order.filledQuantity = filledQuantity
            order.averageFillPrice = averageFillPrice
            order.commission = commission
            order.updatedAt = updatedAt
            return order
        }
    }

    /// Creates a venue over `instruments` with an account holding `cash`.
    public init(instruments: [Instrument], cash: Double, configuration: ExecutionConfiguration = ExecutionConfiguration()) {
        self.init(instruments: instruments, cash: cash, configuration: configuration, recordsOrders: true)
    }

    /// Creates a venue; `recordsOrders: false` keeps no copy of the working orders (the
    /// backtest's venue, whose engine has them), and then ``openOrders`` must not be read.
    @usableFromInline
    init(instruments: [Instrument], cash: Double, configuration: ExecutionConfiguration, recordsOrders: Bool) {
        self.configuration = configuration
        self.recordsOrders = recordsOrders
        self.fillModel = ResolvedFillModel(configuration.fillModel)
        self.isWithoutSlippage = configuration.slippage.isAlwaysZero
        self.isWithoutCommission = configuration.commission.isAlwaysZero
        self.book = Portfolio(instruments: instruments, cash: cash, recordsTrades: false)
        let empty = Bar(timestamp: Timestamp(rawValue: 0), open: 0, high: 0, low: 0, close: 0, volume: 0)
        latestBars = InstrumentValues(repeating: empty, count: instruments.count)
        hasLatestBar = InstrumentValues(repeating: false, count: instruments.count)
    }

    /// The orders still working (or waiting for their bracket parent), in submission order,
    /// with the venue's status and fills.
    ///
    /// - Precondition: the venue keeps order records: every venue created with the public
    ///   initializer does; only the backtest's own venue, which nothing outside the run sees,
    ///   does not.
    /// - Complexity: O(working orders).
    public var openOrders: [Order] {
        precondition(recordsOrders, "this venue keeps no order records")
        return working.indices.filter { !working[$0].isDone }.map { working[$0].order(from: records[$0]) }
    }

    /// Forgets the reports already handed to the driver (keeps the buffer's capacity).
    public mutating func removeAllReports() { reports.removeAll(keepingCapacity: true) }

    /// Moves the pending reports into `buffer` (which is cleared first) without copying or
    /// allocating: the two buffers swap storage, so a driver that reuses one buffer per run
    /// allocates nothing in steady state.
    public mutating func moveReports(into buffer: inout [ExecutionReport]) {
        buffer.removeAllElements()
        swap(&reports, &buffer)
    }

    /// Accepts an order; it becomes eligible from the next bar (or fills at once at this
    /// bar's close under ``MarketFillTiming/sameBarClose``). A bracket exit (one with a
    /// `parentID`) waits until its parent fills; it must be submitted right after its parent
    /// (the engine does), or replace a working exit, and is rejected when its parent was.
    /// An order for an unknown symbol, or with a ``OrderIntent/refusalReason``, is rejected.
    public mutating func submit(_ order: borrowing Order) {
        guard let instrument = book.index(of: order.symbol) else {
            reports.append(.rejected(order.id, reason: "unknown symbol \(order.symbol)", at: Swift.max(time, order.createdAt)))
            return
        }
        if let reason = order.intent.refusalReason {
            reports.append(.rejected(order.id, reason: reason, at: Swift.max(time, order.createdAt)))
            return
        }
        let accepted = submit(WorkingOrder(order, instrument: instrument))
        if accepted && recordsOrders { appendRecord(copy order) }
    }

    /// ``submit(_:)`` for the order at `index` of `orders` (the engine's order book), which the
    /// engine has checked already (the backtest's): its symbol resolved to `instrument`, the
    /// index in the venue's instruments, and its quantity and prices tradable
    /// (``OrderIntent/refusalReason``). The order's fields are read in place: passing the
    /// order itself would copy it (retaining its strings) for the call.
    @usableFromInline
    mutating func submit(orderAt index: Int, of orders: [Order], instrument: Int) {
        let accepted = submit(WorkingOrder(orders[index], instrument: instrument))
        if accepted && recordsOrders { appendRecord(orders[index]) }
    }

    /// Keeps `order`, just accepted, as the record of the last working order.
    private mutating func appendRecord(_ order: consuming Order) {
        records.append(order)
        assert(records.count == working.count, "one record per working order")
    }

    /// Accepts `order` (its state at the venue) or rejects it; returns whether it was
    /// accepted, as the last of the working orders (its record is appended next).
    ///
    /// Inlined into its two callers with ``accept(_:isActive:at:)``, so that the state is
    /// built where the working orders store it instead of being copied from call to call.
    @inline(__always)
    private mutating func submit(_ order: WorkingOrder) -> Bool {
        // The venue's clock is its latest bar; an order created later (from a timer) is
        // answered at its creation, and cannot trade at that bar's close.
        let now = Swift.max(time, order.createdAt)
        if let replaced = order.replacesID, finishedBeforeCancel.remove(replaced) != nil {
            reports.append(.rejected(order.id, reason: "order \(replaced) to replace is no longer open", at: now))
            return false
        }
        // An exit waits for its parent's fills. One whose parent has filled already (at this
        // bar's close, or in part) protects what it bought at once. A bracket's exits arrive
        // right after their parent, before anything can drop it from `working`: one whose
        // parent is not there belongs to an order the venue refused, and is refused with it.
        // A replacement exit arrives right after the cancellation of the exit it replaces,
        // which stays in `working` until the next bar: it takes over that exit's state and
        // the rest of what it protects, so a bracket's exits never close more than its entry
        // bought, even once the entry itself is gone.
        let isExit = order.parentID != nil && order.role != .primary
        let parent = order.parentID
        var isActive = true
        var target: Double?
        var parentEndedUnfilled = false
        if isExit, let parent {
            let replaced = order.replacesID
            if let replaced, let replacedIndex = working.firstIndex(where: { $0.id == replaced && $0.parentID == parent }) {
                isActive = working[replacedIndex].isActive
                if let protected = working[replacedIndex].targetQuantity {
                    target = Self.exitTarget(protected - working[replacedIndex].filledQuantity, quantity: order.quantity)
                }
            } else if let parentIndex = working.firstIndex(where: { $0.id == parent }) {
                let filled = working[parentIndex].filledQuantity
                if filled > 0 {
                    target = Self.exitTarget(filled, quantity: order.quantity)
                } else {
                    isActive = false
                    parentEndedUnfilled = working[parentIndex].isDone
                }
            } else {
                reports.append(.rejected(order.id, reason: "parent order \(parent) was not accepted", at: now))
                return false
            }
        }
        let index = accept(order, isActive: isActive, at: now)
        working[index].targetQuantity = target
        if parentEndedUnfilled, let parent {
            finish(index, report: .cancelled(working[index].id, reason: Self.unfilledParentReason(parent), at: now))
            return true
        }
        // At this bar's close only when the instrument has a bar now: an older close is not a
        // price the order could reach.
        let instrument = order.instrument
        if configuration.marketFillTiming == .sameBarClose && !isExit && hasLatestBar[instrument]
            && latestBars[instrument].timestamp == time && now == time {
            fillImmediately(at: index, price: .close)
            // Its first chance to trade was this close: the day it works is this one.
            if working[index].timeInForce == .day { working[index].sessionDay = configuration.tradingDay.day(of: time) }
            cancelIOCRemainder(index)
            // No compaction here: the exits sent right after this order look it up to learn
            // what it bought (and its record, when kept, is appended next).
        }
        return true
    }

    /// Reports `order` accepted at `now` and adds it to the working orders, eligible from the
    /// next bar; returns its index there.
    @inline(__always)
    private mutating func accept(_ order: consuming WorkingOrder, isActive: Bool, at now: Timestamp) -> Int {
        reports.append(.accepted(order.id, at: now))
        order.eligibleStep = step + 1
        order.isActive = isActive
        order.updatedAt = now
        if order.parentID != nil { mayHoldExits = true }
        working.append(order)
        return working.count - 1
    }

    /// Submits `order` and fills it at once at the latest bar's `price` (used for the
    /// end-of-run close-out, for example).
    public mutating func submitAndFill(_ order: borrowing Order, at price: ImmediateFillPrice) {
        guard let instrument = book.index(of: order.symbol), hasLatestBar[instrument] else {
            reports.append(.rejected(order.id, reason: "no price for \(order.symbol)", at: time))
            return
        }
        let id = order.id
        let index = accept(WorkingOrder(order, instrument: instrument), isActive: true, at: time)
        if recordsOrders { appendRecord(copy order) }
        // A close-out is not limited by the bar's volume: the run ends with it.
        fillImmediately(at: index, price: price, capsVolume: false)
        if !working[index].isDone { finish(index, report: .cancelled(id, reason: "not filled immediately", at: time)) }
        compact()
    }

    /// Rejects an order without accepting it (the backtest's driver uses it for orders sent
    /// after the last bar).
    @usableFromInline
    mutating func reject(_ id: ClientOrderID, reason: String) {
        reports.append(.rejected(id, reason: reason, at: time))
    }

    /// Cancels a working order (and, through ``finish(_:report:)``, its bracket exits still
    /// waiting for it). The cancelled order leaves `working` with the next bar's matching: a
    /// replacement sent with the cancellation takes over an exit's state from it.
    public mutating func cancel(_ id: ClientOrderID, reason: String = "cancelled on request") {
        if let index = working.firstIndex(where: { !$0.isDone && $0.id == id }) {
            finish(index, report: .cancelled(id, reason: reason, at: time))
        } else {
            // The order had filled or ended already: a replacement sent with this cancel must
            // not trade on top of it.
            finishedBeforeCancel.insert(id)
        }
    }

    /// Matches working orders against the new bars, then marks the account at their closes.
    ///
    /// Inlined into the driver's loop, so that a step with no working orders costs no call.
    #if compiler(>=6.3)
    @inline(always)  // the optimizer otherwise keeps this a call on every bar
    #else
    @inline(__always)
    #endif
    @inlinable
    public mutating func process(_ slice: BarSlice) {
        step += 1
        time = slice.timestamp
        let isComplete = slice.isComplete
        // Matching reads the marks of the previous closes, and an incomplete slice marks only
        // its own instruments: either way the pending marks must land before the bars change.
        if marksPending && (!working.isEmpty || !isComplete) { settleMarks() }
        slice.forEachBar { index, bar in
            latestBars[index] = bar
            hasLatestBar[index] = true
        }
        if !working.isEmpty { matchWorkingOrders(slice) }
        if isComplete {
            marksPending = true
        } else {
            markOpenPositions(slice)
        }
    }

    /// Matches every eligible working order against its bar in `slice`, in submission order.
    @usableFromInline
    mutating func matchWorkingOrders(_ slice: BarSlice) {
        var index = 0
        while index < working.count {
            if !working[index].isDone && working[index].isActive && working[index].eligibleStep <= step
                && working[index].pairMatchedStep != step && slice.hasBar(working[index].instrument) {
                match(index, bar: slice.bars[working[index].instrument])
            }
            index += 1
        }
        compact()
    }

    /// Marks the open positions of the instruments in `slice` at their closes (a slice
    /// without a bar for every instrument is marked at once).
    @usableFromInline
    mutating func markOpenPositions(_ slice: BarSlice) {
        slice.forEachBar { index, bar in
            if book.positions[index].quantity != 0 { book.mark(index, at: bar.close) }
        }
    }

    /// Applies the pending marks to the books.
    @usableFromInline
    mutating func settleMarks() {
        guard marksPending else { return }
        Self.mark(&book, at: latestBars)
        marksPending = false
    }

    /// Marks every open position of `portfolio` at its instrument's close in `bars`.
    private static func mark(_ portfolio: inout Portfolio, at bars: InstrumentValues<Bar>) {
        for index in 0..<bars.count where portfolio.positions[index].quantity != 0 {
            portfolio.mark(index, at: bars[index].close)
        }
    }

    // MARK: - Matching

    /// Matches the working order at `index` against `bar`.
    ///
    /// Inlined into the matching loop, its only caller: the call copied the bar to the stack
    /// and saved six registers per matched order (SmaCross, 200 000 bars: −0.50 M instructions).
    @inline(__always)
    private mutating func match(_ index: Int, bar: Bar) {
        // Read the few fields needed instead of copying the working order (an `Order` with
        // strings and arrays) on every match.
        if expires(index, on: bar) { return }
        // Written only when set (and the trigger below only when it changes): each write to
        // `working` checks its buffer's uniqueness, a call (SmaCross, 200 000 bars: −0.42 M).
        let open: Double
        if let reference = working[index].referenceOpen {
            open = reference
            working[index].referenceOpen = nil
        } else {
            open = bar.open
        }
        // The other leg is matched here too, and its day must not have passed either.
        if working[index].role != .primary, let sibling = activeSibling(of: index), !expires(sibling, on: bar) {
            matchBracketPair(index, sibling: sibling, bar: bar, open: open)
            cancelIOCRemainder(index)
            cancelIOCRemainder(sibling)
            return
        }
        let type = working[index].type
        var triggered = working[index].isTriggered
        let price = fillModel.fillPrice(for: type, side: working[index].side,
                                                      isTriggered: &triggered, open: open, bar: bar)
        if triggered != working[index].isTriggered { working[index].isTriggered = triggered }
        if let price {
            execute(index, price: price, bar: bar, atOpen: price == open && type == .market)
        }
        cancelIOCRemainder(index)
    }

    /// Expires the day order at `index` when `bar` opens a later day than its first chance to
    /// trade (and otherwise records that day); returns whether it expired.
    ///
    /// The test of the time in force is inlined into the matching, so that an order that is not
    /// a day order costs no call (SmaCross, 200 000 bars: −0.50 M instructions with the same
    /// split of ``cancelIOCRemainder(_:)``).
    @inline(__always)
    private mutating func expires(_ index: Int, on bar: Bar) -> Bool {
        guard working[index].timeInForce == .day else { return false }
        return dayOrderExpires(index, on: bar)
    }

    /// ``expires(_:on:)`` for a day order.
    private mutating func dayOrderExpires(_ index: Int, on bar: Bar) -> Bool {
        let day = configuration.tradingDay.day(of: bar.timestamp)
        if let session = working[index].sessionDay, day > session {
            finish(index, report: .expired(working[index].id, at: time))
            return true
        }
        if working[index].sessionDay == nil { working[index].sessionDay = day }
        return false
    }

    /// Cancels what is left of an immediate-or-cancel order after its one chance to trade.
    /// Inlined (see ``expires(_:on:)``): only an IOC order calls out.
    @inline(__always)
    private mutating func cancelIOCRemainder(_ index: Int) {
        guard working[index].timeInForce == .immediateOrCancel && !working[index].isDone else { return }
        cancelRemainder(index)
    }

    /// Ends the IOC order at `index`, which did not fill completely.
    private mutating func cancelRemainder(_ index: Int) {
        finish(index, report: .cancelled(working[index].id, reason: "IOC remainder", at: time))
    }

    private mutating func matchBracketPair(_ index: Int, sibling: Int, bar: Bar, open: Double) {
        let (stopIndex, profitIndex) = working[index].role == .stopLoss ? (index, sibling) : (sibling, index)
        var stopTriggered = working[stopIndex].isTriggered, profitTriggered = working[profitIndex].isTriggered
        let stopPrice = fillModel.fillPrice(for: working[stopIndex].type, side: working[stopIndex].side,
                                        isTriggered: &stopTriggered, open: open, bar: bar)
        let profitPrice = fillModel.fillPrice(for: working[profitIndex].type, side: working[profitIndex].side,
                                          isTriggered: &profitTriggered, open: open, bar: bar)
        working[sibling].referenceOpen = nil
        working[index].pairMatchedStep = step
        working[sibling].pairMatchedStep = step
        // A stop-limit leg touched without filling stays triggered, as it does on its own.
        working[stopIndex].isTriggered = stopTriggered
        working[profitIndex].isTriggered = profitTriggered
        let winner: Int
        let price: Double
        switch (stopPrice, profitPrice) {
        case (nil, nil):
            return
        case (let stop?, nil):
            (winner, price) = (stopIndex, stop)
        case (nil, let profit?):
            (winner, price) = (profitIndex, profit)
        case (let stop?, let profit?):
            if stop == open {
                (winner, price) = (stopIndex, stop)
            } else if profit == open {
                (winner, price) = (profitIndex, profit)
            } else if configuration.bracketPriority == .stopLossFirst {
                (winner, price) = (stopIndex, stop)
            } else {
                (winner, price) = (profitIndex, profit)
            }
        }
        execute(winner, price: price, bar: bar, atOpen: false)
    }

    private func activeSibling(of index: Int) -> Int? {
        guard let parent = working[index].parentID else { return nil }
        return working.indices.first { $0 != index && !working[$0].isDone && working[$0].isActive && working[$0].parentID == parent }
    }

    private mutating func fillImmediately(at index: Int, price: ImmediateFillPrice, capsVolume: Bool = true) {
        let bar = latestBars[working[index].instrument]
        let reference = price == .close ? bar.close : bar.open
        let flat = Bar(timestamp: bar.timestamp, open: reference, high: reference, low: reference, close: reference, volume: bar.volume)
        var triggered = working[index].isTriggered
        let fillPrice = fillModel.fillPrice(for: working[index].type, side: working[index].side,
                                            isTriggered: &triggered, open: reference, bar: flat)
        // A stop-limit whose stop this price reaches stays triggered even when its limit does not fill.
        working[index].isTriggered = triggered
        guard let fillPrice else { return }
        execute(index, price: fillPrice, bar: flat, atOpen: false, capsVolume: capsVolume)
    }

    /// Resolves the quantity, applies capacity, slippage and commission, books the fill.
    private mutating func execute(_ index: Int, price reference: Double, bar: Bar, atOpen: Bool, capsVolume: Bool = true) {
        settleMarks()
        let instrumentIndex = working[index].instrument
        let orderID = working[index].id
        let role = working[index].role
        let filledBefore = working[index].filledQuantity
        // The instrument's numbers, read in place (copying the `Instrument` would retain and
        // release its strings on every fill).
        let margin = book.instruments[instrumentIndex].marginRequirement
        let lotSize = book.instruments[instrumentIndex].lotSize
        let side = working[index].side
        let held = book.positions[instrumentIndex].quantity
        // The book's free margin, when sizing read it: the buying-power check below reads the
        // same (unchanged) book and reuses it instead of summing the positions again (an
        // entry sized by buying power; SmaCross, 200 000 bars: −0.49 M instructions).
        var freeMargin: Double?
        // The size given now to an order sized by buying power: stored with the fill (one write
        // to `working`, one uniqueness check, instead of two), or when the order waits for a
        // later bar; an order refused before it fills ends and needs none (SmaCross, 200 000
        // bars: −0.22 M instructions).
        var sizedTarget: Double?
        var remaining: Double
        switch working[index].targetQuantity {
        case let target?:
            remaining = target - filledBefore
        case nil:
            switch working[index].quantity {
            case .units(let units):
                remaining = units - filledBefore
            case .entirePosition:
                remaining = held * side.sign < 0 ? abs(held) : 0
                if remaining == 0 {
                    finish(index, report: .cancelled(orderID, reason: "no position to close", at: time))
                    return
                }
            case .fractionOfBuyingPower(let fraction):
                let free = book.freeMargin
                freeMargin = free
                let budget = fraction * free / margin
                guard let slip = slippage(quantity: budget / reference, price: reference, bar: bar, rejecting: index) else { return }
                let unitPrice = reference * (1 + side.sign * slip)
                let sized = isWithoutCommission
                    ? Self.affordableQuantity(budget: budget, price: unitPrice, lotSize: lotSize)
                    : Self.affordableQuantity(budget: budget, price: unitPrice, lotSize: lotSize, commission: configuration.commission)
                if sized <= 0 {
                    finish(index, report: .cancelled(orderID, reason: "insufficient buying power", at: time))
                    return
                }
                sizedTarget = sized
                remaining = sized
            }
        }
        if role != .primary {
            // An exit protects the position: it closes at most what is held, and never opens
            // one the other way (the position may have been closed or cut by other orders).
            let closable = held * side.sign < 0 ? abs(held) : 0
            guard closable > 0 else {
                finish(index, report: .cancelled(orderID, reason: "no position left to close", at: time))
                if let sibling = activeSibling(of: index) {
                    finish(sibling, report: .cancelled(working[sibling].id, reason: "no position left to close", at: time))
                }
                return
            }
            remaining = Swift.min(remaining, closable)
        }
        // A size beyond the range of a number (buying power over a price near zero) cannot trade.
        guard remaining.isFinite else {
            refuse(index, reason: "quantity \(remaining) is not a finite number at price \(reference)")
            return
        }
        // What is left below one lot can never fill: the order ends instead of waiting forever.
        let wholeLots = book.instruments[instrumentIndex].roundedToLot(remaining)
        guard wholeLots > 0 else {
            refuse(index, reason: filledBefore > 0 ? "remainder below one lot" : "quantity below one lot")
            return
        }
        // A model that fills any quantity leaves `remaining`, already rounded just above: not
        // rounded a second time (SmaCross, 200 000 bars: −0.60 M instructions).
        let capacity = capsVolume && !fillModel.fillsAnyQuantity
            ? book.instruments[instrumentIndex].roundedToLot(fillModel.fillableQuantity(remaining, bar: bar))
            : wholeLots
        let quantity = Swift.min(remaining, capacity)
        guard quantity > 0 else {
            // The order waits for a later bar with the size it was given now.
            if let sizedTarget { working[index].targetQuantity = sizedTarget }
            return
        }
        guard let slip = slippage(quantity: quantity, price: reference, bar: bar, rejecting: index) else { return }
        var price = reference * (1 + side.sign * slip)
        // Slippage never takes a limit order past its limit.
        if let limit = working[index].type.limitPrice {
            price = side == .buy ? Swift.min(price, limit) : Swift.max(price, limit)
        }
        let fee = isWithoutCommission ? 0 : configuration.commission.commission(quantity: quantity, price: price, filledBefore: filledBefore)
        let closing = held * side.sign < 0 ? Swift.min(abs(held), quantity) : 0
        let opening = quantity - closing
        if opening > 0 && side == .sell && !book.instruments[instrumentIndex].isShortable {
            refuse(index, reason: "\(book.instruments[instrumentIndex].symbol) is not shortable")
            return
        }
        if opening > 0 && role == .primary {
            let required = opening * price * margin + fee
            let available = (freeMargin ?? book.freeMargin) + closing * price * margin
            if required > available * (1 + 1e-12) {
                refuse(index, reason: "insufficient buying power")
                return
            }
        }
        let fill = Fill(orderID: orderID, symbol: book.instruments[instrumentIndex].symbol, side: side, quantity: quantity, price: price,
                        commission: fee, slippage: abs(price - reference) * quantity, timestamp: time,
                        leavesQuantity: Swift.max(0, remaining - quantity))
        // `book`, not `apply`: the venue's positions carry no strategy tags or factors (they
        // stayed empty anyway), so an opening fill stores none (−70 instructions a cross).
        book.book(fill, instrument: instrumentIndex, step: step)
        let complete = quantity >= remaining
        working[index].recordFill(quantity: quantity, price: price, commission: fee, isComplete: complete, at: time,
                                  sizedTo: sizedTarget)
        reports.append(.filled(fill))
        if complete { working[index].isDone = true }
        if role == .primary {
            // Exits activated by a fill at the open see the bar's open, not the slipped price.
            activateExits(of: orderID, filled: quantity, fillPrice: reference, sameBar: atOpen)
        } else {
            if let sibling = activeSibling(of: index) {
                if complete {
                    finish(sibling, report: .cancelled(working[sibling].id, reason: "OCO sibling filled", at: time))
                } else {
                    working[sibling].targetQuantity = (working[sibling].targetQuantity ?? 0) - quantity
                }
            }
            // A parent still filling in parts after its exit has closed the position would
            // reopen it unprotected: the rest of the entry is cancelled.
            if complete, let parent = working[index].parentID,
               let parentIndex = working.indices.first(where: { !working[$0].isDone && working[$0].id == parent }) {
                finish(parentIndex, report: .cancelled(parent, reason: "bracket exit \(orderID) filled", at: time))
            }
        }
    }

    /// Ends the working order at `index`, which the venue will not fill (further): rejected
    /// when nothing has filled, cancelled with the reason when part of it has (its fills
    /// stand, so it was not rejected).
    private mutating func refuse(_ index: Int, reason: String) {
        let id = working[index].id
        finish(index, report: working[index].filledQuantity > 0 ? .cancelled(id, reason: reason, at: time) : .rejected(id, reason: reason, at: time))
    }

    /// The slippage model's fraction for a fill of `quantity`, or `nil` after rejecting the
    /// working order at `index` when the fraction lies outside `[0, 1)` (at 1 or more a sell
    /// would fill at a price of zero or below; see ``SlippageModel``).
    private mutating func slippage(quantity: Double, price: Double, bar: Bar, rejecting index: Int) -> Double? {
        if isWithoutSlippage { return 0 }
        let fraction = configuration.slippage.slippageFraction(quantity: quantity, price: price, bar: bar)
        guard fraction >= 0 && fraction < 1 else {
            refuse(index, reason: "slippage fraction \(fraction) outside [0, 1)")
            return nil
        }
        return fraction
    }

    /// Why a bracket exit ends with its entry: "parent order … ended unfilled".
    private static func unfilledParentReason(_ parent: ClientOrderID) -> String { "parent order \(parent) ended unfilled" }

    /// What an exit protects: its parent's filled quantity, but no more than the exit's own
    /// quantity when it has one (a replaced stop for part of the position).
    private static func exitTarget(_ parentFilled: Double, quantity: OrderQuantity) -> Double {
        if case .units(let units) = quantity { return Swift.min(parentFilled, units) }
        return parentFilled
    }

    /// Activates (or extends) the bracket exits of `parent`, which has just filled `filled`.
    ///
    /// Inlined: without bracket exits (`mayHoldExits`) a fill calls nothing, and with them the
    /// scan is a call (SmaCross, 200 000 bars: −0.23 M instructions for the flag, −0.30 M for
    /// the inlined test).
    @inline(__always)
    private mutating func activateExits(of parent: ClientOrderID, filled: Double, fillPrice: Double, sameBar: Bool) {
        if mayHoldExits { activateWorkingExits(of: parent, filled: filled, fillPrice: fillPrice, sameBar: sameBar) }
    }

    /// ``activateExits(of:filled:fillPrice:sameBar:)`` when some working order has a parent.
    private mutating func activateWorkingExits(of parent: ClientOrderID, filled: Double, fillPrice: Double, sameBar: Bool) {
        // Most entries have no exits: look for the first before writing to `working`.
        guard let first = working.firstIndex(where: { !$0.isDone && $0.parentID == parent }) else { return }
        for index in first..<working.count where !working[index].isDone && working[index].parentID == parent {
            working[index].targetQuantity = Self.exitTarget((working[index].targetQuantity ?? 0) + filled,
                                                            quantity: working[index].quantity)
            if !working[index].isActive {
                working[index].isActive = true
                working[index].eligibleStep = sameBar ? step : step + 1
                working[index].referenceOpen = sameBar ? fillPrice : nil
            }
        }
    }

    private mutating func finish(_ index: Int, report: ExecutionReport) {
        working[index].isDone = true
        reports.append(report)
        // Bracket exits still waiting for a parent that ends without a fill would never
        // activate: they end with it (with its reason too when it is cancelled).
        guard working[index].role == .primary, working[index].filledQuantity == 0 else { return }
        let parent = working[index].id
        var reason = Self.unfilledParentReason(parent)
        if case .cancelled(_, let why, _) = report { reason += " (\(why))" }
        for child in working.indices where !working[child].isDone && !working[child].isActive && working[child].parentID == parent {
            working[child].isDone = true
            reports.append(.cancelled(working[child].id, reason: reason, at: time))
        }
    }

    /// Drops the done orders, keeping the others in submission order (all of them at once,
    /// without the element moves of a partition, when every order is done: the usual case
    /// of orders filled at the open they were waiting for).
    ///
    /// That usual case is inlined into the callers; the partition is a call (SmaCross,
    /// 200 000 bars: −0.15 M instructions).
    @inline(__always)
    private mutating func compact() {
        if working.allSatisfy(\.isDone) {
            // One by one: a working order holds no references, so each removal is a count
            // decrement (removeAll(keepingCapacity:) goes through the generic replaceSubrange).
            working.removeAllElements()
            mayHoldExits = false
            // Only a venue that keeps records has any: emptying the backtest's empty array
            // still checks its uniqueness and replaces its (empty) storage (SmaCross, 200 000
            // bars: −0.42 M instructions, 54 per compaction).
            if recordsOrders { records.removeAll(keepingCapacity: true) }
        } else {
            dropDoneOrders()
        }
    }

    /// ``compact()`` when some order is still working.
    private mutating func dropDoneOrders() {
        if working.contains(where: \.isDone) {
            var kept = 0
            for index in working.indices where !working[index].isDone {
                if kept != index {
                    working[kept] = working[index]
                    if recordsOrders { records.swapAt(kept, index) }
                }
                kept += 1
            }
            working.removeSubrange(kept...)
            if recordsOrders { records.removeSubrange(kept...) }
        }
    }

    /// The largest whole-lot quantity `q` with `q × (price + commission(q, price) / q) ≤ budget`.
    ///
    /// Starts from the commission-free bound `⌊budget / price⌋` and iterates
    /// `q ← ⌊budget / (price + commission(q) / q)⌋` (in lots) until it stops falling; for a
    /// percent-of-notional commission `c` this is `⌊budget / (price × (1 + c))⌋` in one step,
    /// the rule backtesting.py applies to relative order sizes.
    static func affordableQuantity(budget: Double, price: Double, lotSize: Double, commission: any CommissionModel) -> Double {
        var quantity = affordableQuantity(budget: budget, price: price, lotSize: lotSize)
        for _ in 0..<32 where quantity > 0 {
            let unitCost = price + commission.commission(quantity: quantity, price: price) / quantity
            let next = (budget / unitCost / lotSize).rounded(.down) * lotSize
            if next >= quantity { break }
            quantity = next
        }
        return quantity
    }

    /// ``affordableQuantity(budget:price:lotSize:commission:)`` without commission: the largest
    /// whole-lot quantity `⌊budget / price⌋` (0 unless `budget` and `price` are positive).
    static func affordableQuantity(budget: Double, price: Double, lotSize: Double) -> Double {
        guard budget > 0, price > 0 else { return 0 }
        return (budget / price / lotSize).rounded(.down) * lotSize
    }
}

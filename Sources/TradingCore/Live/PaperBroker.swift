/// A simulated broker: the backtest's ``FillSimulator`` behind the async ``Broker`` protocol.
///
/// Paper trading feeds it the same bars the strategy sees (``process(_:)``); it fills
/// exactly as a backtest would, so a paper session over a replayed feed reproduces the
/// backtest fill for fill.
public actor PaperBroker: Broker {
    private var simulator: FillSimulator
    private var time = Timestamp(rawValue: Int64.min)
    /// Reports handed out but not yet confirmed journaled, numbered from `forgotten + 1`.
    private var unconfirmed: [ExecutionReport] = []
    /// How many reports have been confirmed and forgotten.
    private var forgotten = 0

    /// Creates a paper account over `instruments` holding `cash`.
    public init(instruments: [Instrument], cash: Double, configuration: ExecutionConfiguration = ExecutionConfiguration()) {
        simulator = FillSimulator(instruments: instruments, cash: cash, configuration: configuration)
    }

    /// Consumes market data: matches working orders against the new bars, then marks the
    /// account at their closes.
    ///
    /// Idempotent: a slice whose timestamp is not after the latest one taken (the same slice
    /// again, or an older one) is ignored, so nothing fills twice and no mark goes back in
    /// time. A paper host recovering from a crash can therefore feed the last journaled
    /// slice first without knowing whether the venue saw it before the crash.
    ///
    /// - Parameter slice: the bars of one timestamp.
    /// - Returns: whether the slice was taken (`false`: it was not newer than the latest).
    /// - Complexity: O(instruments + working orders).
    @discardableResult
    public func process(_ slice: BarSlice) -> Bool {
        guard slice.timestamp > time else { return false }
        time = slice.timestamp
        simulator.process(slice)
        return true
    }

    /// Places an order (eligible from the next bar, as in a backtest).
    public func submit(_ order: Order) -> OrderAck {
        let before = simulator.reports.count
        simulator.submit(order)
        let rejected = simulator.reports[before...].contains { if case .rejected = $0 { return true } else { return false } }
        return OrderAck(id: order.id, status: rejected ? .rejected : .accepted, time: time)
    }

    /// Places an order and fills it at once at the latest bar's `price` (close-outs).
    public func submitAndFill(_ order: Order, at price: ImmediateFillPrice) -> OrderAck {
        simulator.submitAndFill(order, at: price)
        return OrderAck(id: order.id, status: .filled, time: time)
    }

    /// Cancels an order.
    public func cancel(_ id: ClientOrderID) {
        simulator.cancel(id)
    }

    /// The orders still working.
    public func openOrders() -> [Order] { simulator.openOrders }

    /// The non-flat positions.
    public func positions() -> [Position] { simulator.account.positions.filter { $0.quantity != 0 } }

    /// Cash, equity and exposures of the simulated account.
    public func account() -> AccountSnapshot {
        simulator.account.point(at: time)
    }

    /// The reports numbered above `sequence` (see ``Broker/executionReports(after:)``).
    ///
    /// Reports numbered at or below `sequence` are forgotten; a `sequence` below the
    /// number already forgotten returns every report still held.
    ///
    /// - Complexity: O(reports held).
    public func executionReports(after sequence: Int) -> [ExecutionReport] {
        unconfirmed.append(contentsOf: simulator.reports)
        simulator.removeAllReports()
        let confirmed = min(max(sequence - forgotten, 0), unconfirmed.count)
        unconfirmed.removeFirst(confirmed)
        forgotten += confirmed
        return unconfirmed
    }
}

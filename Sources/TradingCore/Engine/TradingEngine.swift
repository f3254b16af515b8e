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
/// * ``process(timer:)``: call `onTimer`, handle new requests.
///
/// The equity curve gets one point per timestamp holding the state after every event
/// stamped at or before it: the point is written when a later event arrives or at
/// ``finish()``.
///
/// Generic over the strategy so calls are static. Per bar it allocates nothing once the
/// history and equity-curve buffers are reserved.
public struct TradingEngine<S: Strategy> {
    @usableFromInline var storedStrategy: S
    @usableFromInline var core: EngineCore

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
        storedStrategy = strategy
        core = EngineCore(instruments: instruments, cash: cash, riskLimits: riskLimits, history: history,
                          expectedSteps: expectedSteps, strategyName: strategyName)
    }

    /// The strategy, with whatever state it keeps.
    public var strategy: S { storedStrategy }
    /// The strategy's context: time, portfolio, bars, orders.
    public var context: StrategyContext { core.context }
    /// The risk manager and its halts.
    public var riskManager: RiskManager { core.riskManager }
    /// Commands produced since the driver last called ``removeAllCommands()``.
    ///
    /// - Complexity: O(commands): submissions carry copies of their orders.
    public var commands: [EngineCommand] { core.commands }
    /// Whether there are commands to forward.
    @inlinable
    public var hasCommands: Bool { !core.queued.isEmpty }
    /// One point per timestamp.
    ///
    /// - Complexity: O(1) after ``finish()``. Before it, the latest points are still staged
    ///   outside the curve (it takes them a block at a time), and reading it copies the curve.
    public var equityCurve: EquityCurve { core.equityCurve }
    /// Every fill, in booking order.
    public var fills: [Fill] { core.fills }
    /// Every risk decision, in order.
    public var riskDecisions: [RiskDecision] { core.riskDecisions }

    /// Calls the strategy's `onStart`.
    @inlinable
    public mutating func start() {
        storedStrategy.onStart(&core.context)
        core.handleRequestsIfAny()
    }

    /// Processes the bars of one timestamp: reveal, mark, halts, `onBars`, requests.
    ///
    /// - Precondition: timestamps strictly increase from one slice to the next.
    @inlinable
    public mutating func process(_ slice: BarSlice) {
        core.beginStep(slice)
        storedStrategy.onBars(slice, &core.context)
        core.handleRequestsIfAny()
    }

    /// Processes one execution report from the venue.
    @inlinable
    public mutating func process(_ report: consuming ExecutionReport) {
        switch core.apply(report) {
        case .none: break
        case .orderUpdate(let index): storedStrategy.onOrderUpdate(core.context.orders[index], &core.context)
        case .fill(let index): storedStrategy.onFill(core.fills[index], &core.context)
        }
        core.handleRequestsIfAny()
        core.context.eventTime = Timestamp(rawValue: Int64.min)
    }

    /// Processes a timer event: calls `onTimer` and handles the strategy's requests. The
    /// time does not advance the bar step; it must not precede the latest bar.
    ///
    /// - Precondition: `time ≥ context.time`.
    @inlinable
    public mutating func process(timer time: Timestamp) {
        precondition(time >= core.context.time, "a timer must not precede the latest bar")
        core.context.eventTime = time
        storedStrategy.onTimer(time, &core.context)
        core.handleRequestsIfAny()
        core.context.eventTime = Timestamp(rawValue: Int64.min)
    }

    /// Cancels every open order and submits market orders closing every position (the kill
    /// switch, the drawdown halt's flatten, and the end-of-run close-out use this).
    @inlinable
    public mutating func flattenAll(reason: String) { core.flattenAll(reason: reason) }

    /// Calls the strategy's `onStop` and handles its last requests.
    @inlinable
    public mutating func stop() {
        storedStrategy.onStop(&core.context)
        core.handleRequestsIfAny()
    }

    /// Writes the last equity point; call after the final events.
    @inlinable
    public mutating func finish() { core.finish() }

    /// Forgets the commands already forwarded (keeps the buffer's capacity).
    @inlinable
    public mutating func removeAllCommands() { core.removeAllCommands() }

    /// Moves the pending commands into `buffer` (which is cleared first), each submission
    /// with a copy of its order as it stands now; a driver reusing one buffer allocates
    /// nothing in steady state.
    @inlinable
    public mutating func moveCommands(into buffer: inout [EngineCommand]) { core.moveCommands(into: &buffer) }

    /// Swaps the pending commands, as the core queues them (orders by id), into `buffer`.
    @inlinable
    mutating func moveQueuedCommands(into buffer: inout [EngineCore.QueuedCommand]) { core.moveQueuedCommands(into: &buffer) }
}

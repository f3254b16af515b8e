/// The asynchronous driver for paper and live trading: the engine core over an async bar
/// feed and a ``Broker``.
///
/// Per slice it hands the bars to the venue's market-data hook (``PaperBroker/process(_:)``
/// for paper; nothing for a live broker, which has its own data), feeds the venue's reports
/// to the engine, lets the engine process the slice, then sends its commands and feeds back
/// the reports they cause until both are quiet — the same order of events as ``Backtest``,
/// so the fills are the same. Every event is passed to `journal` before the engine acts on it.
///
/// The journal is a write-ahead log: because the engine is deterministic, a fresh engine fed
/// the journaled bars and reports rebuilds the exact state of the session, and re-emits the
/// journaled commands in the same order. ``init(recovering:broker:from:journal:)`` does that
/// after a crash or restart, checks every re-emitted command against the journal, and keeps
/// the commands the session decided but never sent, to send them first when ``run(feed:marketData:)``
/// resumes. Reports are polled by number (``Broker/executionReports(after:)``), so those the
/// venue handed out but the crash kept out of the journal are handed out again on resuming.
///
/// Venues deliver at least once. Every polled report is checked against the engine before
/// it is journaled, by the same rules recovery applies to a journal: a fill for an order
/// that has ended, for an order the engine never created, with a quantity or price that is
/// not a positive number, in another instrument than its order's, or larger than what its
/// units order still has open stops the session with a
/// ``BrokerReportError``, with nothing booked twice and nothing journaled that recovery
/// would refuse.
public struct LiveTradingDriver<S: Strategy, B: Broker> {
    /// The engine core.
    public private(set) var engine: TradingEngine<S>
    /// The execution venue.
    public let broker: B
    private let journal: (@Sendable (JournalEntry) async throws -> Void)?
    /// Whether the strategy's `onStart` already ran (in this session or the journaled one).
    private var started = false
    /// Whether the session is over (`onStop` ran).
    public private(set) var isFinished = false
    /// Whether the engine's `finish()` ran: the last equity point is written, after the last
    /// report of the session was booked.
    private var hasFinishedEngine = false
    /// Commands a recovered session decided but had not journaled (so never sent);
    /// ``run(feed:marketData:)`` sends them when it resumes, in the batch they belonged to.
    public private(set) var unsentCommands: [EngineCommand] = []
    /// The last slice of a recovered journal when the session crashed before deciding on it
    /// (while it journaled the slice's reports): ``run(feed:marketData:)`` first takes the
    /// reports the venue still owes, then lets the strategy decide on this slice.
    public private(set) var pendingSlice: BarSlice?
    /// How many reports have been journaled and fed to the engine: the venue's number of the
    /// latest report taken.
    private var reportSequence = 0
    /// Whether this driver was rebuilt from a journal and has not resumed yet.
    private var resumesRecoveredSession = false
    /// Whether the recovered journal ended inside a batch of commands (some never journaled,
    /// so never sent): the venue owes no report for that batch before the rest is sent.
    private var recoveredInsideCommandBatch = false

    /// An event as journaled before the engine acts on it (`Codable`, so a host can persist
    /// the journal as JSON lines or any other format).
    public enum JournalEntry: Sendable, Equatable, Codable {
        /// Bars arrived.
        case bars(BarSlice)
        /// The venue reported on an order.
        case report(ExecutionReport)
        /// The engine sent a command to the venue.
        case command(EngineCommand)
        /// The feed ended and the strategy's `onStop` ran.
        case stop
    }

    /// Creates a driver.
    ///
    /// - Parameters:
    ///   - engine: the engine core with the strategy.
    ///   - broker: the venue.
    ///   - journal: called with every event before it is acted upon (write-ahead journal).
    public init(engine: TradingEngine<S>, broker: B, journal: (@Sendable (JournalEntry) async throws -> Void)? = nil) {
        self.engine = engine
        self.broker = broker
        self.journal = journal
    }

    /// Rebuilds a session from its journal, for crash recovery or a restart.
    ///
    /// Starts `engine` (which must be fresh: same strategy, instruments, cash and limits as
    /// the journaled session) and replays the entries in order: bars and reports go to the
    /// engine, and each journaled command must equal the next command the engine emits.
    /// Commands emitted after the last journaled one were never sent; the driver sends them
    /// first when ``run(feed:marketData:)`` resumes (which does not call `onStart` again).
    /// A journal that ends with a slice and, at most, some of its reports stopped before the
    /// strategy decided on it: that slice is kept as ``pendingSlice`` and decided on when the
    /// session resumes, after the venue's outstanding reports (``Broker/executionReports(after:)``
    /// with the number of reports journaled), as the uninterrupted session would have.
    /// The broker is not contacted here. It must be the session's venue, or one brought to
    /// the journal's state with the same report numbering (a paper venue fed the journaled
    /// bars and commands), and must have seen the journaled bars: a paper host whose crash
    /// may have come between journaling a slice and feeding it to the venue feeds the last
    /// journaled slice first (``PaperBroker/process(_:)`` ignores a slice it has seen).
    /// A journal that ends after the stop is finished here (its last equity point written)
    /// only when nothing was sent after the stop; otherwise the venue may owe reports on what
    /// was sent (a fill at the last close), and ``run(feed:marketData:)`` books them first.
    ///
    /// - Parameters:
    ///   - engine: a fresh engine for the session.
    ///   - broker: the venue to resume with.
    ///   - entries: the journal of the earlier session, in the order it was written.
    ///   - journal: where the resumed session journals its new events.
    /// - Throws: ``JournalReplayError`` when an entry contradicts the engine (a different
    ///   strategy or configuration, or a damaged journal: commands the engine does not emit,
    ///   bars out of order, a report on an order the engine never created, a fill on an
    ///   order that had already ended, of a quantity or price that is not a positive number,
    ///   in another instrument, or larger than what its units order had open).
    /// - Complexity: O(events in the journal).
    public init(recovering engine: TradingEngine<S>, broker: B, from entries: some Sequence<JournalEntry>,
                journal: (@Sendable (JournalEntry) async throws -> Void)? = nil) throws {
        self.init(engine: engine, broker: broker, journal: journal)
        self.engine.start()
        started = true
        var pending = ArraySlice<EngineCommand>()
        func collect(_ engine: inout TradingEngine<S>) {
            guard engine.hasCommands else { return }
            pending.append(contentsOf: engine.commands)
            engine.removeAllCommands()
        }
        collect(&self.engine)
        // The driver journals a slice, then the reports it pulls, and only then lets the
        // engine process the slice: replay holds the slice back until the first entry that
        // is not such a report.
        var heldSlice: BarSlice?
        func processHeldSlice(_ engine: inout TradingEngine<S>) {
            guard let slice = heldSlice else { return }
            heldSlice = nil
            engine.process(slice)
            collect(&engine)
        }
        var lastWasCommand = false
        var sentAfterStop = false
        for (index, entry) in entries.enumerated() {
            lastWasCommand = false
            if case .report(let report) = entry {
                if let contradiction = Self.contradiction(report, self.engine.context) {
                    throw JournalReplayError(entryIndex: index, reason: contradiction)
                }
                self.engine.process(report)
                reportSequence += 1
                collect(&self.engine)
                continue
            }
            processHeldSlice(&self.engine)
            switch entry {
            case .bars(let slice):
                guard !isFinished else { throw JournalReplayError(entryIndex: index, reason: "bars after the stop") }
                guard slice.instrumentCount == self.engine.context.instruments.count, slice.timestamp > self.engine.context.time else {
                    throw JournalReplayError(entryIndex: index, reason: "the bars do not fit the engine (instrument count or time order)")
                }
                heldSlice = slice
            case .stop:
                guard !isFinished else { throw JournalReplayError(entryIndex: index, reason: "a second stop") }
                self.engine.stop()
                isFinished = true
                collect(&self.engine)
            case .command(let command):
                guard let next = pending.popFirst() else {
                    throw JournalReplayError(entryIndex: index, reason: "the journal has a command the engine did not emit")
                }
                guard next == command else {
                    throw JournalReplayError(entryIndex: index, reason: "the engine emitted a different command than the journal holds")
                }
                lastWasCommand = true
                sentAfterStop = sentAfterStop || isFinished
            case .report:
                break
            }
        }
        pendingSlice = heldSlice
        unsentCommands = Array(pending)
        resumesRecoveredSession = true
        recoveredInsideCommandBatch = lastWasCommand && !pending.isEmpty
        // The last equity point is written after the session's last report. A session that
        // sent nothing after its stop polled nothing after it, so a journal ending that way
        // is complete; one that sent commands may be owed their reports (fills at the last
        // close), which `run` books before it finishes.
        if isFinished && unsentCommands.isEmpty && !sentAfterStop {
            finishEngine()
        }
    }

    /// Why `report` cannot be the venue's next report to the engine in `context`, or `nil`
    /// when it can. The one check for both a journal being recovered (which is refused) and
    /// a live session's polled reports (which stop it before the report is journaled).
    ///
    /// Every report is on an order the engine created; a fill is on an order still open, of
    /// a positive finite quantity and price and a finite commission, in the order's
    /// instrument, and no larger than what the order still has open when that is
    /// known: for an order of ``OrderQuantity/units(_:)`` (as the risk manager approved it),
    /// the units minus what has filled, with a relative tolerance of 1e-9 of the units for
    /// a venue's rounding. Any of these would book a repeated or damaged delivery (a second
    /// fill for a finished order, a position the order never asked for). An order sized by
    /// the venue at its first fill (``OrderQuantity/entirePosition``,
    /// ``OrderQuantity/fractionOfBuyingPower(_:)``) records what has filled but not the size
    /// the venue chose, so a repeated part of it while it is still open cannot be told from
    /// a genuine later part; nor can a repeated part of a units order that still fits in
    /// what is open. Such a repeat is caught only once the order has ended.
    private static func contradiction(_ report: ExecutionReport, _ context: StrategyContext) -> String? {
        guard let order = context.order(report.orderID) else {
            return "a report on order \(report.orderID), which the engine never created"
        }
        guard case .filled(let fill) = report else { return nil }
        guard order.status.isOpen else {
            return "a fill for order \(report.orderID), which had already ended (a repeated or damaged report)"
        }
        guard fill.quantity > 0 && fill.quantity.isFinite && fill.price > 0 && fill.price.isFinite && fill.commission.isFinite else {
            return "a fill of \(fill.quantity) at \(fill.price) (commission \(fill.commission)) for order \(report.orderID): "
                + "quantity and price must be positive numbers, commission a number"
        }
        guard fill.symbol == order.symbol else {
            return "a fill in \(fill.symbol) for order \(report.orderID) in \(order.symbol)"
        }
        if case .units(let units) = order.intent.quantity {
            let open = units - order.filledQuantity
            if fill.quantity > open + 1e-9 * units {
                return "a fill of \(fill.quantity) for order \(report.orderID), which has only \(open) open (a repeated or damaged report)"
            }
        }
        return nil
    }

    /// Runs the strategy over `feed` until it ends; `marketData` receives each slice first.
    ///
    /// A recovered driver resumes where the journal ends and does not call `onStart` again:
    /// it takes the reports the venue still owes (unless the journal ended inside a batch of
    /// commands, whose reports come after the rest of the batch), decides on the
    /// ``pendingSlice``, and sends the unsent commands with those decided since; one whose
    /// journal ended after the stop only does that and finishes, without reading `feed`.
    /// When the feed ends, the venue is polled once more before the strategy's `onStop`, so
    /// reports that arrived after the last bar's polls are booked. The engine finishes (writes
    /// its last equity point) once, after the session's last report; a session already
    /// finished returns at once.
    ///
    /// - Parameters:
    ///   - feed: the slices, in time order.
    ///   - marketData: receives each slice after it is journaled and before the venue is
    ///     polled (a paper host passes ``PaperBroker/process(_:)``).
    /// - Throws: what `feed`, `marketData`, the journal or the broker throw, and
    ///   ``BrokerReportError`` for a report the engine cannot book; the session stops there
    ///   and can be recovered from its journal.
    public mutating func run<Feed: AsyncSequence>(
        feed: Feed, marketData: (BarSlice) async throws -> Void = { _ in }
    ) async throws where Feed.Element == BarSlice {
        guard !hasFinishedEngine else { return }
        if !started {
            engine.start()
            started = true
        }
        if resumesRecoveredSession {
            resumesRecoveredSession = false
            if !recoveredInsideCommandBatch { try await pullReports() }
            if let slice = pendingSlice {
                pendingSlice = nil
                engine.process(slice)
            }
        }
        var unsent = unsentCommands
        unsentCommands = []
        if engine.hasCommands {
            unsent.append(contentsOf: engine.commands)
            engine.removeAllCommands()
        }
        try await send(unsent)
        try await sendCommands()
        if isFinished {
            finishEngine()
            return
        }
        for try await slice in feed {
            try await journal?(.bars(slice))
            try await marketData(slice)
            try await pullReports()
            engine.process(slice)
            try await sendCommands()
        }
        // A live venue may report after the poll that followed the last commands (a fill
        // that arrives a moment later): one more poll books it before the stop, so `onStop`
        // and the result see it. A paper venue has nothing more to report here.
        try await pullReports()
        try await sendCommands()
        try await journal?(.stop)
        engine.stop()
        isFinished = true
        try await sendCommands()
        finishEngine()
    }

    /// Writes the engine's last equity point, once: after the session's last report.
    private mutating func finishEngine() {
        engine.finish()
        hasFinishedEngine = true
    }

    /// Takes the reports the venue has not handed to the engine yet: each is checked, then
    /// journaled, then booked.
    ///
    /// - Throws: ``BrokerReportError`` for a report the engine cannot book (see
    ///   `contradiction(_:_:)`), before journaling it; the reports before it are booked.
    private mutating func pullReports() async throws {
        for report in try await broker.executionReports(after: reportSequence) {
            if let reason = Self.contradiction(report, engine.context) {
                throw BrokerReportError(report: report, sequence: reportSequence + 1, reason: reason)
            }
            try await journal?(.report(report))
            engine.process(report)
            reportSequence += 1
        }
    }

    private mutating func sendCommands() async throws {
        while !engine.commands.isEmpty {
            let commands = engine.commands
            engine.removeAllCommands()
            try await send(commands)
        }
    }

    /// Journals and sends `commands`, then feeds back the reports they cause.
    private mutating func send(_ commands: [EngineCommand]) async throws {
        guard !commands.isEmpty else { return }
        for command in commands {
            try await journal?(.command(command))
            switch command {
            case .submit(let order): _ = try await broker.submit(order)
            case .cancel(let id): try await broker.cancel(id)
            }
        }
        try await pullReports()
    }
}

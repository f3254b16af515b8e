/// The asynchronous driver for paper and live trading: the engine core over an async bar
/// feed and a ``Broker``.
///
/// Per slice it hands the bars to the venue's market-data hook (``PaperBroker/process(_:)``
/// for paper; nothing for a live broker, which has its own data), feeds the venue's reports
/// to the engine, lets the engine process the slice, then sends its commands and feeds back
/// the reports they cause until both are quiet — the same order of events as ``Backtest``,
/// so the fills are the same. Every event is passed to `journal` before the engine acts on it.
public struct LiveTradingDriver<S: Strategy, B: Broker> {
    /// The engine core.
    public private(set) var engine: TradingEngine<S>
    /// The execution venue.
    public let broker: B
    private let journal: (@Sendable (JournalEntry) async throws -> Void)?

    /// An event as journaled before the engine acts on it.
    public enum JournalEntry: Sendable {
        /// Bars arrived.
        case bars(BarSlice)
        /// The venue reported on an order.
        case report(ExecutionReport)
        /// The engine sent a command to the venue.
        case command(EngineCommand)
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

    /// Runs the strategy over `feed` until it ends; `marketData` receives each slice first.
    public mutating func run<Feed: AsyncSequence>(
        feed: Feed, marketData: (BarSlice) async throws -> Void = { _ in }
    ) async throws where Feed.Element == BarSlice {
        engine.start()
        try await sendCommands()
        for try await slice in feed {
            try await journal?(.bars(slice))
            try await marketData(slice)
            try await pullReports()
            engine.process(slice)
            try await sendCommands()
        }
        engine.stop()
        try await sendCommands()
        engine.finish()
    }

    private mutating func pullReports() async throws {
        for report in try await broker.executionReports() {
            try await journal?(.report(report))
            engine.process(report)
        }
    }

    private mutating func sendCommands() async throws {
        while !engine.commands.isEmpty {
            let commands = engine.commands
            engine.removeAllCommands()
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
}

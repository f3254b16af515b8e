import ExampleStrategies
import Foundation
import Testing
import TradingCore

/// The live driver's journal rebuilds a session exactly: a full replay gives the same state,
/// and a session that crashed after any step, recovered from its journal prefix and resumed
/// on the rest of the feed, ends exactly where the uninterrupted session ended.
@Suite("Live driver: journal replay and crash recovery")
struct JournalRecoveryTests {
    typealias Driver = LiveTradingDriver<SmaCross, PaperBroker>
    typealias Entry = Driver.JournalEntry

    static let series = ExampleStrategyPropertyTests.sample
    static let instruments = series.map { SampleData.instrument(for: $0.symbol) }
    static let execution = ExecutionConfiguration(commission: PercentOfNotionalCommission(rate: 0.001))

    static func engine(_ strategy: SmaCross = SmaCross(fast: 5, slow: 20)) -> TradingEngine<SmaCross> {
        TradingEngine(strategy: strategy, instruments: instruments, cash: 100_000)
    }

    static func broker() -> PaperBroker { PaperBroker(instruments: instruments, cash: 100_000, configuration: execution) }

    /// The uninterrupted session and its journal.
    static func session() async throws -> (driver: Driver, journal: [Entry]) {
        let log = JournalStore<Entry>()
        let broker = broker()
        var driver = Driver(engine: engine(), broker: broker, journal: { try await log.append($0) })
        try await driver.run(feed: ReplayFeed(series: series), marketData: { await broker.process($0) })
        return (driver, await log.entries)
    }

    /// A paper venue brought to the state it had after `entries` (what reconciling a real
    /// broker after a crash achieves): the same market data and commands, so the same
    /// reports under the same numbers.
    static func venue(after entries: some Sequence<Entry>) async -> PaperBroker {
        let broker = broker()
        for entry in entries {
            switch entry {
            case .bars(let slice): await broker.process(slice)
            case .command(.submit(let order)): _ = await broker.submit(order)
            case .command(.cancel(let id)): await broker.cancel(id)
            case .report, .stop: break
            }
        }
        return broker
    }


    @Test("replaying the whole journal rebuilds the finished session exactly")
    func fullReplay() async throws {
        let (original, journal) = try await Self.session()
        #expect(journal.contains { if case .command = $0 { true } else { false } })
        let recovered = try Driver(recovering: Self.engine(), broker: Self.broker(), from: journal)
        #expect(recovered.isFinished && recovered.unsentCommands.isEmpty)
        expectSameState(recovered.engine, original.engine, "full replay")
    }

    @Test("a session that crashed after any step resumes to the same end", arguments: [1, 25, 26, 140, 700, 1_250])
    func crashAndResume(afterSlices count: Int) async throws {
        let (original, journal) = try await Self.session()
        // The journal as it stood just before the (count + 1)-th slice arrived.
        let barIndices = journal.indices.filter { if case .bars = journal[$0] { true } else { false } }
        let cut = count < barIndices.count ? barIndices[count] : journal.count
        let prefix = Array(journal[..<cut])
        guard case .bars(let lastSlice)? = prefix.last(where: { if case .bars = $0 { true } else { false } }) else {
            Issue.record("no bars before the cut")
            return
        }
        let broker = await Self.venue(after: prefix)
        var recovered = try Driver(recovering: Self.engine(), broker: broker, from: prefix)
        #expect(recovered.unsentCommands.isEmpty)
        // The last slice is decided on when the session resumes if nothing after it was journaled.
        #expect((recovered.pendingSlice?.timestamp ?? recovered.engine.context.time) == lastSlice.timestamp)
        try await recovered.run(feed: ReplayFeed(series: bars(of: Self.series, after: lastSlice.timestamp)),
                                marketData: { await broker.process($0) })
        expectSameState(recovered.engine, original.engine, "crash after \(count) slices")
    }

    @Test("a session that crashed while journaling a report or a command resumes to the same end")
    func crashWhileJournaling() async throws {
        let (original, journal) = try await Self.session()
        // Every write of a report or a command, a few hundred entries apart, as the crash point.
        let crashes = journal.indices.filter { if case .bars = journal[$0] { false } else { true } }
        let sampled = stride(from: 0, to: crashes.count, by: max(1, crashes.count / 60)).map { crashes[$0] }
        #expect(sampled.count >= 40)
        for crash in sampled {
            // The session runs until the journal fails; its venue keeps the state it had then,
            // including reports it handed out that never reached the journal.
            let storage = JournalStore<Entry>(capacity: crash)
            let broker = Self.broker()
            var crashed = Driver(engine: Self.engine(), broker: broker, journal: { try await storage.append($0) })
            await #expect(throws: JournalStore<Entry>.Crash.self) {
                try await crashed.run(feed: ReplayFeed(series: Self.series), marketData: { await broker.process($0) })
            }
            let survived = await storage.entries
            let lastTime = survived.reduce(Timestamp(rawValue: Int64.min)) { time, entry in
                if case .bars(let slice) = entry { slice.timestamp } else { time }
            }
            var recovered = try Driver(recovering: Self.engine(), broker: broker, from: survived)
            try await recovered.run(feed: ReplayFeed(series: bars(of: Self.series, after: lastTime)), marketData: { await broker.process($0) })
            expectSameState(recovered.engine, original.engine, "crash writing entry \(crash) (\(journal[crash]))")
            let account = await broker.account()
            #expect(account.equity == recovered.engine.context.portfolio.equity, "crash writing entry \(crash): venue equity")
        }
    }

    @Test("commands decided but never journaled are sent when the session resumes")
    func unsentCommands() async throws {
        let (original, journal) = try await Self.session()
        // Crash right after the first command of a slice's batch was journaled: the rest of
        // the batch was not journaled, so not sent.
        let index = try #require(journal.indices.dropFirst(100).first { index in
            guard case .bars = journal[index], index + 2 < journal.count,
                  case .command = journal[index + 1], case .command = journal[index + 2] else { return false }
            return true
        })
        let prefix = Array(journal[...(index + 1)])
        guard case .bars(let slice) = journal[index] else { return }
        let broker = await Self.venue(after: prefix)
        var recovered = try Driver(recovering: Self.engine(), broker: broker, from: prefix)
        #expect(recovered.pendingSlice == nil)
        let dropped = journal[(index + 2)...].prefix { if case .command = $0 { true } else { false } }
        #expect(recovered.unsentCommands.map(Entry.command) == Array(dropped))
        try await recovered.run(feed: ReplayFeed(series: bars(of: Self.series, after: slice.timestamp)),
                                marketData: { await broker.process($0) })
        expectSameState(recovered.engine, original.engine, "unsent commands")
    }

    @Test("a journal that contradicts the engine is refused with the entry's position")
    func contradictions() async throws {
        let (_, journal) = try await Self.session()
        // Another strategy configuration decides differently.
        #expect(throws: JournalReplayError.self) {
            _ = try Driver(recovering: Self.engine(SmaCross(fast: 10, slow: 30)), broker: Self.broker(), from: journal)
        }
        // A damaged command.
        let position = try #require(journal.firstIndex { if case .command(.submit) = $0 { true } else { false } })
        var damaged = journal
        guard case .command(.submit(var order)) = journal[position] else { return }
        order.intent.side = order.intent.side.opposite
        damaged[position] = .command(.submit(order))
        #expect(throws: JournalReplayError(entryIndex: position, reason: "the engine emitted a different command than the journal holds")) {
            _ = try Driver(recovering: Self.engine(), broker: Self.broker(), from: damaged)
        }
        // Bars out of order.
        let bars = journal.indices.filter { if case .bars = journal[$0] { true } else { false } }
        var shuffled = Array(journal[..<bars[3]])
        shuffled.append(journal[bars[1]])
        #expect(throws: JournalReplayError.self) {
            _ = try Driver(recovering: Self.engine(), broker: Self.broker(), from: shuffled)
        }
    }

    @Test("a journal with a repeated or foreign fill is refused, not booked twice")
    func damagedReports() async throws {
        let (_, journal) = try await Self.session()
        let position = try #require(journal.firstIndex { if case .report(.filled) = $0 { true } else { false } })
        guard case .report(.filled(var fill)) = journal[position] else { return }
        // The same fill written twice (a host retrying a write that had succeeded).
        var repeated = journal
        repeated.insert(journal[position], at: position + 1)
        #expect(throws: JournalReplayError(entryIndex: position + 1, reason: "a fill for order \(fill.orderID), which had already ended (a repeated or damaged report)")) {
            _ = try Driver(recovering: Self.engine(), broker: Self.broker(), from: repeated)
        }
        // A fill for an order the engine never created.
        fill.orderID = ClientOrderID(rawValue: 9_999)
        var foreign = Array(journal[...position])
        foreign.append(.report(.filled(fill)))
        #expect(throws: JournalReplayError(entryIndex: position + 1, reason: "a report on order \(fill.orderID), which the engine never created")) {
            _ = try Driver(recovering: Self.engine(), broker: Self.broker(), from: foreign)
        }
    }

    @Test("the journal survives a JSON round trip")
    func persistence() async throws {
        let (original, journal) = try await Self.session()
        let lines = try journal.map { try JSONEncoder().encode($0) }
        let decoded = try lines.map { try JSONDecoder().decode(Entry.self, from: $0) }
        #expect(decoded == journal)
        let recovered = try Driver(recovering: Self.engine(), broker: Self.broker(), from: decoded)
        expectSameState(recovered.engine, original.engine, "decoded journal")
    }
}

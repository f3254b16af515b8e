import ExampleStrategies
import Testing
import TradingCore

/// `Base`, closing every position in its `onStop`: commands sent after the stop, whose
/// reports come after it too.
struct ClosingAtStop<Base: Strategy>: Strategy {
    var base: Base

    mutating func onStart(_ context: inout StrategyContext) { base.onStart(&context) }
    mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) { base.onBars(bars, &context) }
    mutating func onFill(_ fill: Fill, _ context: inout StrategyContext) { base.onFill(fill, &context) }
    mutating func onOrderUpdate(_ order: Order, _ context: inout StrategyContext) { base.onOrderUpdate(order, &context) }
    mutating func onTimer(_ time: Timestamp, _ context: inout StrategyContext) { base.onTimer(time, &context) }

    mutating func onStop(_ context: inout StrategyContext) {
        base.onStop(&context)
        for instrument in context.instruments { context.closePosition(instrument.symbol) }
    }
}

/// A session whose journal ends after the stop, with commands unsent or reports owed,
/// recovers to the uninterrupted session's end: the last equity point is written once,
/// after the last report is booked.
@Suite("Live driver: recovery of a session that crashed after its stop")
struct RecoveryAfterStopTests {
    typealias Driver = LiveTradingDriver<ClosingAtStop<SmaCross>, PaperBroker>
    typealias Entry = Driver.JournalEntry

    static let series = ExampleStrategyPropertyTests.sample
    static let instruments = series.map { SampleData.instrument(for: $0.symbol) }
    /// Market orders fill at the close they are decided at: those sent after the stop fill
    /// at the last close, so their reports (fills, with commission) come after the stop.
    static let execution = ExecutionConfiguration(commission: PercentOfNotionalCommission(rate: 0.001),
                                                  marketFillTiming: .sameBarClose)

    static func engine() -> TradingEngine<ClosingAtStop<SmaCross>> {
        TradingEngine(strategy: ClosingAtStop(base: SmaCross(fast: 5, slow: 20)), instruments: instruments, cash: 100_000)
    }

    static func broker() -> PaperBroker { PaperBroker(instruments: instruments, cash: 100_000, configuration: execution) }

    @Test("a session that crashed after its stop, or ran to its end, recovers to the uninterrupted end")
    func crashAfterStop() async throws {
        let store = JournalStore<Entry>()
        let venue = Self.broker()
        var original = Driver(engine: Self.engine(), broker: venue, journal: { try await store.append($0) })
        try await original.run(feed: ReplayFeed(series: Self.series), marketData: { await venue.process($0) })
        let journal = await store.entries
        let stop = try #require(journal.firstIndex(of: .stop))
        let afterStop = journal[(stop + 1)...]
        #expect(afterStop.contains { if case .command = $0 { true } else { false } })
        #expect(afterStop.contains { if case .report(.filled) = $0 { true } else { false } })
        // A crash while writing each entry after the stop, then none (the whole journal).
        for capacity in (stop + 1)...journal.count {
            let label = capacity < journal.count ? "crash writing entry \(capacity) (\(journal[capacity]))" : "whole journal"
            let storage = JournalStore<Entry>(capacity: capacity)
            let broker = Self.broker()
            var crashed = Driver(engine: Self.engine(), broker: broker, journal: { try await storage.append($0) })
            do {
                try await crashed.run(feed: ReplayFeed(series: Self.series), marketData: { await broker.process($0) })
                #expect(capacity == journal.count, "\(label): the session ran to its end")
            } catch is JournalStore<Entry>.Crash {
                #expect(capacity < journal.count, "\(label)")
            }
            let survived = await storage.entries
            var recovered = try Driver(recovering: Self.engine(), broker: broker, from: survived)
            #expect(recovered.isFinished, "\(label)")
            try await recovered.run(feed: ReplayFeed(series: []), marketData: { await broker.process($0) })
            expectSameState(recovered.engine, original.engine, label)
            let account = await broker.account(), expected = await venue.account()
            #expect(account == expected, "\(label): venue account")
        }
    }
}

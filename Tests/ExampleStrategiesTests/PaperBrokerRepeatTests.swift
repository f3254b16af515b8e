import ExampleStrategies
import Testing
import TradingCore

/// Feeding a ``PaperBroker`` a slice it has already seen, or an older one, changes nothing:
/// a paper host may repeat the last journaled slice after a crash without knowing whether
/// the venue saw it.
@Suite("Paper broker: a slice fed again or out of order is ignored")
struct PaperBrokerRepeatTests {
    typealias Driver = LiveTradingDriver<SmaCross, PaperBroker>

    static let series = ExampleStrategyPropertyTests.sample
    static let instruments = series.map { SampleData.instrument(for: $0.symbol) }
    /// At most 1e-5 of a bar's volume per order and bar: entries fill in parts over several
    /// bars, so a bar matched twice would fill them twice at its open.
    static let execution = ExecutionConfiguration(
        fillModel: VolumeCappedFillModel(IntrabarFillModel(), maximumVolumeShare: 1e-5),
        commission: PercentOfNotionalCommission(rate: 0.001))

    static func engine() -> TradingEngine<SmaCross> {
        TradingEngine(strategy: SmaCross(fast: 5, slow: 20), instruments: instruments, cash: 100_000)
    }

    static func broker() -> PaperBroker { PaperBroker(instruments: instruments, cash: 100_000, configuration: execution) }

    @Test("every slice fed twice, after the one before it again, fills as feeding it once and as the backtest")
    func repeatedSlices() async throws {
        let once = Self.broker()
        var reference = Driver(engine: Self.engine(), broker: once)
        try await reference.run(feed: ReplayFeed(series: Self.series), marketData: { await once.process($0) })
        #expect(reference.engine.fills.contains { $0.leavesQuantity > 0 }, "the run must fill orders in parts")

        let broker = Self.broker()
        var repeated = Driver(engine: Self.engine(), broker: broker)
        var previous: BarSlice?
        var refused = 0
        try await repeated.run(feed: ReplayFeed(series: Self.series), marketData: { slice in
            if let previous, !(await broker.process(previous)) { refused += 1 }
            let first = await broker.process(slice)
            let again = await broker.process(slice)
            #expect(first && !again, "\(slice.timestamp)")
            if !again { refused += 1 }
            previous = slice
        })
        #expect(refused == 2 * Self.series[0].count - 1)
        expectSameState(repeated.engine, reference.engine, "repeated slices")
        let repeatedAccount = await broker.account(), onceAccount = await once.account()
        #expect(repeatedAccount == onceAccount)

        let backtest = Backtest(instruments: Self.instruments, series: Self.series, cash: 100_000, execution: Self.execution,
                                endOfRun: .leaveOpen)
        let expected = backtest.run(SmaCross(fast: 5, slow: 20))
        #expect(repeated.engine.fills == expected.fills)
        #expect(repeated.engine.equityCurve == expected.equityCurve)
        #expect(repeatedAccount.equity == expected.finalEquity)
    }

    /// The host died after journaling a slice and before handing it to the venue.
    struct HostCrash: Error {}

    @Test("a host recovering from a crash feeds the last journaled slice first and resumes to the same end")
    func recoveringHostRepeatsLastSlice() async throws {
        let store = JournalStore<Driver.JournalEntry>()
        let once = Self.broker()
        var original = Driver(engine: Self.engine(), broker: once, journal: { try await store.append($0) })
        try await original.run(feed: ReplayFeed(series: Self.series), marketData: { await once.process($0) })
        let journal = await store.entries
        let timeline = Self.series[0].timestamps
        // Crashes while writing an entry (the venue has seen the journal's last slice), and
        // between journaling a slice and handing it to the venue (it has not), a few dozen
        // of each, spread over the session.
        let whileWriting = stride(from: 1, to: journal.count, by: max(1, journal.count / 40)).map { (entry: $0, slice: Timestamp?.none) }
        let beforeVenue = stride(from: 0, to: timeline.count, by: max(1, timeline.count / 40)).map { (entry: Int.max, slice: Optional(timeline[$0])) }
        for (capacity, unseen) in whileWriting + beforeVenue {
            let label = unseen.map { "crash before the venue saw \($0)" } ?? "crash writing entry \(capacity)"
            let storage = JournalStore<Driver.JournalEntry>(capacity: capacity)
            let broker = Self.broker()
            var crashed = Driver(engine: Self.engine(), broker: broker, journal: { try await storage.append($0) })
            await #expect(throws: (any Error).self, "\(label)") {
                try await crashed.run(feed: ReplayFeed(series: Self.series), marketData: { slice in
                    if slice.timestamp == unseen { throw HostCrash() }
                    await broker.process(slice)
                })
            }
            let survived = await storage.entries
            guard case .bars(let last)? = survived.last(where: { if case .bars = $0 { true } else { false } }) else { continue }
            let taken = await broker.process(last)
            #expect(taken == (unseen != nil), "\(label)")
            var recovered = try Driver(recovering: Self.engine(), broker: broker, from: survived)
            try await recovered.run(feed: ReplayFeed(series: bars(of: Self.series, after: last.timestamp)),
                                    marketData: { await broker.process($0) })
            expectSameState(recovered.engine, original.engine, label)
            let account = await broker.account(), expected = await once.account()
            #expect(account == expected, "\(label): venue account")
        }
    }
}

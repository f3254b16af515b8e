import ExampleStrategies
import Testing
import TradingCore

/// Holds `quantity` units of the first instrument and none, in turns of `period` bars: units
/// orders that a volume cap fills in parts.
struct UnitsSwing: Strategy, Sendable {
    let quantity: Double
    let period: Int

    mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {
        guard context.step % period == 0 else { return }
        let symbol = context.instruments[0].symbol
        context.target(quantity: (context.step / period).isMultiple(of: 2) ? 0 : quantity, symbol)
    }
}

/// A venue that delivers at least once: a ``PaperBroker`` whose report stream carries one
/// faulty extra delivery, made from the first fill that the fault applies to.
actor RedeliveringBroker: PaperVenueWrapper {
    /// The faulty delivery.
    enum Fault: Sendable, CaseIterable {
        /// A fill that completed its order, delivered a second time.
        case finishedFillAgain
        /// A fill that left less open than it traded, delivered a second time.
        case partialFillAgain
        /// A fill on an order id the engine never created.
        case unknownOrder
        /// A fill for an order, in another instrument, before the order's own.
        case otherSymbol
        /// A fill for an order at a negative price, before the order's own.
        case damagedPrice
    }

    let venue: PaperBroker
    let fault: Fault?
    let symbols: [String]
    /// Every report delivered, numbered from 1.
    private var delivered: [ExecutionReport] = []
    /// How many of the venue's reports have been taken into `delivered`.
    private var taken = 0
    /// The faulty delivery and its number, once made.
    private(set) var injected: (report: ExecutionReport, sequence: Int)?

    init(venue: PaperBroker, fault: Fault?, symbols: [String]) {
        self.venue = venue
        self.fault = fault
        self.symbols = symbols
    }

    func executionReports(after sequence: Int) async -> [ExecutionReport] {
        // Everything the venue produced since the last poll: the reports are kept here.
        let fresh = await venue.executionReports(after: taken)
        taken += fresh.count
        for report in fresh {
            guard injected == nil, let fault, case .filled(let fill) = report, let extra = faulty(fill, fault) else {
                delivered.append(report)
                continue
            }
            if fault == .otherSymbol || fault == .damagedPrice {
                delivered.append(extra)
                injected = (extra, delivered.count)
                delivered.append(report)
            } else {
                delivered.append(report)
                delivered.append(extra)
                injected = (extra, delivered.count)
            }
        }
        return Array(delivered[min(sequence, delivered.count)...])
    }

    /// The faulty delivery made from `fill`, or `nil` when the fault does not apply to it.
    private func faulty(_ fill: Fill, _ fault: Fault) -> ExecutionReport? {
        var extra = fill
        switch fault {
        case .finishedFillAgain:
            guard fill.leavesQuantity == 0 else { return nil }
        case .partialFillAgain:
            guard fill.leavesQuantity > 0 && fill.leavesQuantity < fill.quantity else { return nil }
        case .unknownOrder:
            extra.orderID = ClientOrderID(rawValue: 9_999)
        case .otherSymbol:
            extra.symbol = symbols.first { $0 != fill.symbol }!
        case .damagedPrice:
            extra.price = -fill.price
        }
        return .filled(extra)
    }
}

/// The live driver checks every report the venue delivers before journaling it: a repeated
/// or foreign fill stops the session with nothing booked twice and a journal recovery takes.
@Suite("Live driver: repeated or contradictory broker reports")
struct BrokerReportGuardTests {
    typealias Driver = LiveTradingDriver<UnitsSwing, RedeliveringBroker>
    typealias Entry = Driver.JournalEntry

    static let series = ExampleStrategyPropertyTests.sample
    static let instruments = series.map { SampleData.instrument(for: $0.symbol) }
    /// At most 1e-5 of a bar's volume per order and bar: about 200 units a bar of the first
    /// instrument, so a 500-unit order fills in three parts, the second leaving less open
    /// than it traded.
    static let execution = ExecutionConfiguration(
        fillModel: VolumeCappedFillModel(IntrabarFillModel(), maximumVolumeShare: 1e-5),
        commission: PercentOfNotionalCommission(rate: 0.001))

    static func engine() -> TradingEngine<UnitsSwing> {
        TradingEngine(strategy: UnitsSwing(quantity: 500, period: 30), instruments: instruments, cash: 100_000)
    }

    static func broker(_ fault: RedeliveringBroker.Fault?) -> RedeliveringBroker {
        RedeliveringBroker(venue: PaperBroker(instruments: instruments, cash: 100_000, configuration: execution),
                           fault: fault, symbols: instruments.map(\.symbol))
    }

    /// Runs a session over the sample with `fault`, journaling it.
    static func session(_ fault: RedeliveringBroker.Fault?) async -> (driver: Driver, journal: [Entry], error: (any Error)?) {
        let store = JournalStore<Entry>()
        let broker = broker(fault)
        var driver = Driver(engine: engine(), broker: broker, journal: { try await store.append($0) })
        var error: (any Error)?
        do {
            try await driver.run(feed: ReplayFeed(series: series), marketData: { await broker.venue.process($0) })
        } catch let thrown {
            error = thrown
        }
        return (driver, await store.entries, error)
    }

    /// Why the engine must refuse `fill`, delivered with `fault`, in the state `driver` stopped in.
    static func reason(_ fault: RedeliveringBroker.Fault, _ fill: Fill, _ driver: Driver) throws -> String {
        func order() throws -> Order { try #require(driver.engine.context.order(fill.orderID)) }
        switch fault {
        case .finishedFillAgain:
            return "a fill for order \(fill.orderID), which had already ended (a repeated or damaged report)"
        case .partialFillAgain:
            let order = try order()
            let units = if case .units(let units) = order.intent.quantity { units } else { Double.nan }
            return "a fill of \(fill.quantity) for order \(fill.orderID), which has only \(units - order.filledQuantity) open (a repeated or damaged report)"
        case .unknownOrder:
            return "a report on order \(fill.orderID), which the engine never created"
        case .otherSymbol:
            return "a fill in \(fill.symbol) for order \(fill.orderID) in \(try order().symbol)"
        case .damagedPrice:
            return "a fill of \(fill.quantity) at \(fill.price) (commission \(fill.commission)) for order \(fill.orderID): quantity and price must be positive numbers, commission a number"
        }
    }

    /// The reports in `journal`, in order.
    static func reports(_ journal: [Entry]) -> [ExecutionReport] {
        journal.compactMap { if case .report(let report) = $0 { report } else { nil } }
    }

    @Test("a well-delivered session runs to the end")
    func cleanSession() async throws {
        let (driver, journal, error) = await Self.session(nil)
        #expect(error == nil)
        #expect(driver.isFinished)
        #expect(driver.engine.fills.contains { $0.leavesQuantity > 0 && $0.leavesQuantity < $0.quantity })
        let recovered = try Driver(recovering: Self.engine(), broker: Self.broker(nil), from: journal)
        #expect(recovered.engine.fills == driver.engine.fills)
    }

    @Test("a faulty delivery stops the session before it is journaled or booked", arguments: RedeliveringBroker.Fault.allCases)
    func faultyDelivery(_ fault: RedeliveringBroker.Fault) async throws {
        let (clean, cleanJournal, _) = await Self.session(nil)
        let (driver, journal, error) = await Self.session(fault)
        let injected = try #require(await driver.broker.injected)
        guard case .filled(let fill) = injected.report else {
            Issue.record("the faulty delivery is not a fill")
            return
        }
        let thrown = try #require(error as? BrokerReportError, "\(String(describing: error))")
        #expect(thrown == BrokerReportError(report: injected.report, sequence: injected.sequence,
                                            reason: try Self.reason(fault, fill, driver)))
        #expect(!driver.isFinished)
        // Nothing booked twice or foreign: the fills are those of the clean session so far.
        #expect(driver.engine.fills[...] == clean.engine.fills.prefix(driver.engine.fills.count))
        // The journal holds the reports delivered before the faulty one (those of the clean
        // session), and recovery takes it.
        #expect(Self.reports(journal) == Array(Self.reports(cleanJournal).prefix(injected.sequence - 1)))
        let recovered = try Driver(recovering: Self.engine(), broker: Self.broker(nil), from: journal)
        #expect(recovered.engine.context.orders == driver.engine.context.orders)
        #expect(recovered.engine.fills == driver.engine.fills)
        #expect(recovered.engine.context.portfolio.cash == driver.engine.context.portfolio.cash)
        #expect(recovered.engine.context.portfolio.positions == driver.engine.context.portfolio.positions)
    }

    @Test("recovery refuses a journal holding a repeated part of a units order by the same rule")
    func repeatedPartialFillInJournal() async throws {
        let (_, journal, _) = await Self.session(nil)
        let position = try #require(journal.firstIndex {
            if case .report(.filled(let fill)) = $0 { fill.leavesQuantity > 0 && fill.leavesQuantity < fill.quantity } else { false }
        })
        guard case .report(.filled(let fill)) = journal[position] else { return }
        var repeated = Array(journal[...position])
        repeated.append(journal[position])
        let replayed = try Driver(recovering: Self.engine(), broker: Self.broker(nil), from: journal[...position])
        let order = try #require(replayed.engine.context.orders.first { $0.id == fill.orderID })
        guard case .units(let units) = order.intent.quantity else {
            Issue.record("order \(order.id) is not a units order")
            return
        }
        let reason = "a fill of \(fill.quantity) for order \(fill.orderID), which has only \(units - order.filledQuantity) open (a repeated or damaged report)"
        #expect(throws: JournalReplayError(entryIndex: position + 1, reason: reason)) {
            _ = try Driver(recovering: Self.engine(), broker: Self.broker(nil), from: repeated)
        }
    }
}

import Testing
import TradingCore

/// A session's journal as a host would persist it. With a capacity, its storage fails (the
/// process dies) when asked to write entry number `capacity`: the entries before it are what
/// survives the crash.
actor JournalStore<Entry: Sendable> {
    /// The failure of the storage at its capacity.
    struct Crash: Error {}
    let capacity: Int
    private(set) var entries: [Entry] = []

    init(capacity: Int = .max) { self.capacity = capacity }

    func append(_ entry: Entry) throws {
        guard entries.count < capacity else { throw Crash() }
        entries.append(entry)
    }
}

/// The bars of `series` after `time`, per instrument.
func bars(of series: [BarSeries], after time: Timestamp) -> [BarSeries] {
    series.map { $0.bars(in: Timestamp(rawValue: time.rawValue + 1)...Timestamp(rawValue: Int64.max)) }
}

/// Expects two engines to hold the same session: orders, fills, trades, cash, equity curve
/// and risk decisions (`label` names the comparison in a failure).
func expectSameState<S: Strategy>(_ a: TradingEngine<S>, _ b: TradingEngine<S>, _ label: String,
                                  sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.context.orders == b.context.orders, "\(label): orders", sourceLocation: sourceLocation)
    #expect(a.fills == b.fills, "\(label): fills", sourceLocation: sourceLocation)
    #expect(a.context.portfolio.trades == b.context.portfolio.trades, "\(label): trades", sourceLocation: sourceLocation)
    #expect(a.context.portfolio.cash == b.context.portfolio.cash, "\(label): cash", sourceLocation: sourceLocation)
    #expect(a.equityCurve == b.equityCurve, "\(label): equity curve", sourceLocation: sourceLocation)
    #expect(a.riskDecisions == b.riskDecisions, "\(label): risk decisions", sourceLocation: sourceLocation)
}

/// A venue that trades on a ``PaperBroker`` and changes only how its reports reach the
/// driver: orders, cancellations, open orders, positions and the account are the paper
/// venue's.
protocol PaperVenueWrapper: Broker {
    /// The paper venue that trades.
    var venue: PaperBroker { get }
}

extension PaperVenueWrapper {
    func submit(_ order: Order) async -> OrderAck { await venue.submit(order) }
    func cancel(_ id: ClientOrderID) async { await venue.cancel(id) }
    func openOrders() async -> [Order] { await venue.openOrders() }
    func positions() async -> [Position] { await venue.positions() }
    func account() async -> AccountSnapshot { await venue.account() }
}

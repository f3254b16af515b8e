/// An execution venue behind an asynchronous interface: ``PaperBroker`` (the simulator)
/// and live broker adapters conform.
///
/// Orders carry the engine's deterministic client ids. What happens to them afterwards
/// (acceptance, fills, cancels, expiries, rejections) is reported through
/// ``executionReports(after:)``, which the driver polls after every market-data step and
/// every batch of commands, feeding the reports to the engine in order.
///
/// The venue numbers its reports 1, 2, 3, … in the order it produces them, and a poll names
/// the last report the caller has journaled: a report handed out but lost in a crash before
/// the driver journaled it is handed out again when the recovered session polls. A venue
/// that delivers at least once should drop its own repeats (by its execution ids) before
/// numbering them: the driver stops the session with a ``BrokerReportError`` at a repeat it
/// can prove, and cannot tell every repeat from a genuine report.
public protocol Broker: Sendable {
    /// Places an order.
    func submit(_ order: Order) async throws -> OrderAck
    /// Requests the cancellation of an order.
    func cancel(_ id: ClientOrderID) async throws
    /// The orders still working.
    func openOrders() async throws -> [Order]
    /// The account's non-flat positions.
    func positions() async throws -> [Position]
    /// The account's cash and equity.
    func account() async throws -> AccountSnapshot
    /// The reports numbered above `sequence`, oldest first.
    ///
    /// The caller states that it has journaled reports 1 through `sequence`: the venue may
    /// forget them, and must still hold every later one, including those handed out by an
    /// earlier call (which the caller may have lost in a crash).
    ///
    /// - Parameter sequence: the number of reports the caller has journaled (0 at first).
    func executionReports(after sequence: Int) async throws -> [ExecutionReport]
}

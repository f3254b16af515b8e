/// An execution venue behind an asynchronous interface: ``PaperBroker`` (the simulator)
/// and live broker adapters conform.
///
/// Orders carry the engine's deterministic client ids. What happens to them afterwards
/// (acceptance, fills, cancels, expiries, rejections) is reported through
/// ``executionReports()``, which the driver polls after every market-data step and every
/// batch of commands, feeding the reports to the engine in order.
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
    /// The reports produced since the previous call, oldest first.
    func executionReports() async throws -> [ExecutionReport]
}

/// What the engine core asks its driver to send to the execution venue.
public enum EngineCommand: Hashable, Sendable, Codable {
    /// Place an order (bracket exits arrive as their own orders with a `parentID`).
    case submit(Order)
    /// Cancel an order.
    case cancel(ClientOrderID)
}

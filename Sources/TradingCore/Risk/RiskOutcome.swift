/// What the risk manager did with an order.
public enum RiskOutcome: String, Hashable, Sendable, Codable, CaseIterable {
    /// Passed unchanged.
    case approved
    /// Passed with a smaller quantity.
    case resized
    /// Refused.
    case rejected
}

/// One recorded pre-trade decision: which order, what happened, which rule and why.
public struct RiskDecision: Hashable, Sendable, Codable {
    /// The order decided on.
    public var orderID: ClientOrderID
    /// The instrument's ticker.
    public var symbol: String
    /// When the decision was made.
    public var time: Timestamp
    /// Approved, resized or rejected.
    public var outcome: RiskOutcome
    /// The rule that resized or rejected the order (`nil` when approved).
    public var rule: RiskRule?
    /// A human-readable explanation with the numbers involved.
    public var reason: String
    /// The quantity asked for (an estimate at the last close for deferred quantities).
    public var requestedQuantity: Double
    /// The quantity allowed (0 when rejected).
    public var approvedQuantity: Double

    /// Creates a decision record.
    public init(orderID: ClientOrderID, symbol: String, time: Timestamp, outcome: RiskOutcome, rule: RiskRule?,
                reason: String, requestedQuantity: Double, approvedQuantity: Double) {
        self.orderID = orderID
        self.symbol = symbol
        self.time = time
        self.outcome = outcome
        self.rule = rule
        self.reason = reason
        self.requestedQuantity = requestedQuantity
        self.approvedQuantity = approvedQuantity
    }
}

/// What an order is for: a stand-alone order or one leg of a bracket.
public enum OrderRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// A stand-alone order (or the entry leg of a bracket).
    case primary
    /// The protective stop of a bracket; one-cancels-other with its take-profit.
    case stopLoss = "stop-loss"
    /// The profit target of a bracket; one-cancels-other with its stop-loss.
    case takeProfit = "take-profit"
}

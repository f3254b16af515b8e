/// Which bracket exit wins when one bar's range touches both the stop-loss and the take-profit.
///
/// A bar does not say whether its high or its low came first. When the open already lies
/// beyond one exit (a gap), that one fills at the open regardless of this setting.
public enum BracketPriority: String, Hashable, Sendable, Codable, CaseIterable {
    /// The stop-loss fills: the conservative default.
    case stopLossFirst = "stop-loss-first"
    /// The take-profit fills: optimistic.
    case takeProfitFirst = "take-profit-first"
}

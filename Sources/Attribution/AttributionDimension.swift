/// A way of slicing total profit and loss in an ``AttributionReport``.
public enum AttributionDimension: String, CaseIterable, Hashable, Sendable, Codable {
    /// By the factors whose weighted contributions made up the entry score.
    case factor
    /// By the traded instrument's symbol.
    case symbol
    /// By the calendar month (UTC, `YYYY-MM`) in which the trade was closed.
    case month
    /// By the strategy (or model) that opened the position.
    case strategy
}

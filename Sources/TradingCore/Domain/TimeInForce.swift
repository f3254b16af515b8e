/// How long an order stays working.
public enum TimeInForce: String, Hashable, Sendable, Codable, CaseIterable {
    /// Until the end of the trading day (``ExecutionConfiguration/tradingDay``, UTC calendar
    /// days by default) of the first bar on which it can trade;
    /// an unfilled remainder then expires.
    case day
    /// Until filled or cancelled.
    case goodTillCancelled = "gtc"
    /// Only on the first bar on which it can trade; an unfilled remainder is cancelled.
    case immediateOrCancel = "ioc"
}

/// When market orders decided at a bar's close trade.
public enum MarketFillTiming: String, Hashable, Sendable, Codable, CaseIterable {
    /// At the next bar's open: the default, and the only look-ahead-free choice for bars.
    case nextOpen = "next-open"
    /// At the deciding bar's own close — an explicit, optimistic option (backtesting.py's
    /// `trade_on_close`) for strategies that model trading in the closing auction.
    case sameBarClose = "same-bar-close"
}

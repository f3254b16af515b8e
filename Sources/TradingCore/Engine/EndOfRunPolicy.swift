/// What a backtest does with positions still open after the last bar.
public enum EndOfRunPolicy: String, Hashable, Sendable, Codable, CaseIterable {
    /// Close them at the last bar's close (commission and slippage apply) and count the
    /// round trips as trades: the default.
    case closeAtLastClose = "close-at-last-close"
    /// Close them at the last bar's open — what backtesting.py's `finalize_trades=True`
    /// does (it re-runs its broker on the final bar's prices, filling market orders at the open).
    case closeAtLastOpen = "close-at-last-open"
    /// Leave them open: equity stays marked to the last close and they are not trades.
    case leaveOpen = "leave-open"
}

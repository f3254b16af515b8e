import TradingCore

/// Total profit and loss broken down by factor, symbol, exit month and strategy.
///
/// Built from round-trip trades (``TradingCore/Trade``), whose `pnl` is net of commission.
/// A backtest that closes the positions still open at its end (``TradingCore/EndOfRunPolicy``
/// `closeAtLastClose`, the default, or `closeAtLastOpen`) reports them as trades, so the
/// total is the run's PnL, final equity minus initial cash, up to rounding (tested to 1e-12
/// of `Σ |pnl|` with shorts, flips, partial closes, commission and slippage). Under
/// `leaveOpen`, and in a live session, positions still open are not trades: their
/// unrealised PnL and entry commission are in the equity but not in the report.
///
/// - `factor`: each trade's PnL is split by its `entryContributions` with a
///   ``FactorShares`` rule (net shares `cᵢ / Σ c`, gross shares `|cᵢ| / Σ |c|` when the
///   contributions nearly offset, the `unattributed` bucket when there are none).
/// - `symbol`, `month` (UTC `YYYY-MM` of `exitTime`), `strategy` (`unnamed` for an empty
///   name): each trade's PnL goes whole to its key.
///
/// Invariant: in every dimension the rows sum to ``totalPnL`` up to rounding. Sums use
/// Neumaier's compensated summation, so the gap stays within a few ulps of
/// `Σ |pnl|` regardless of the number of trades.
///
/// Rows are ordered by dimension (factor, symbol, month, strategy), then by key, with the
/// `unattributed` factor bucket last.
public struct AttributionReport: Hashable, Sendable {
    /// The strategy key used for trades whose `strategy` is empty.
    public static let unnamedStrategyKey = "unnamed"

    /// Every row, in report order.
    public let rows: [AttributionRow]
    /// The sum of every trade's PnL.
    public let totalPnL: Double
    /// The number of trades attributed.
    public let tradeCount: Int

    /// Attributes the PnL of `trades`.
    ///
    /// - Parameters:
    ///   - trades: the round-trip trades, in any order.
    ///   - shares: how a trade's PnL is split among its factors. Default `FactorShares()`.
    /// - Complexity: O(t · f + k log k) for `t` trades with `f` factors each and `k` keys.
    public init(trades: [Trade], shares: FactorShares = FactorShares()) {
        var sums: [AttributionDimension: [String: CompensatedSum]] = [:]
        var total = CompensatedSum()
        func add(_ pnl: Double, _ dimension: AttributionDimension, _ key: String) {
            sums[dimension, default: [:]][key, default: CompensatedSum()].add(pnl)
        }
        for trade in trades {
            let pnl = trade.pnl
            total.add(pnl)
            for (factor, share) in shares.shares(of: trade.entryContributions) {
                add(pnl * share, .factor, factor)
            }
            add(pnl, .symbol, trade.symbol)
            add(pnl, .month, Self.monthKey(trade.exitTime))
            add(pnl, .strategy, trade.strategy.isEmpty ? Self.unnamedStrategyKey : trade.strategy)
        }
        var rows: [AttributionRow] = []
        for dimension in AttributionDimension.allCases {
            let keys = (sums[dimension] ?? [:]).keys.sorted { lhs, rhs in
                let lhsLast = dimension == .factor && lhs == FactorShares.unattributedKey
                let rhsLast = dimension == .factor && rhs == FactorShares.unattributedKey
                return lhsLast == rhsLast ? lhs < rhs : rhsLast
            }
            for key in keys {
                rows.append(AttributionRow(dimension: dimension, key: key, pnl: sums[dimension]![key]!.value))
            }
        }
        self.rows = rows
        self.totalPnL = total.value
        self.tradeCount = trades.count
    }

    /// The rows of one dimension, in report order.
    ///
    /// - Complexity: O(number of rows).
    public func rows(for dimension: AttributionDimension) -> [AttributionRow] {
        rows.filter { $0.dimension == dimension }
    }

    /// The PnL assigned to `key` in `dimension`, or `nil` when no trade has that key.
    ///
    /// - Complexity: O(number of rows).
    public func pnl(_ dimension: AttributionDimension, _ key: String) -> Double? {
        rows.first { $0.dimension == dimension && $0.key == key }?.pnl
    }

    /// The `YYYY-MM` key of an instant's UTC calendar month.
    static func monthKey(_ time: Timestamp) -> String {
        let date = time.components
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        return "\(date.year)-\(month)"
    }
}

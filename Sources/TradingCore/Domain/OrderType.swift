/// How an order is priced: market, limit, stop or stop-limit.
///
/// Trigger and fill rules (gaps, intrabar touches) are the fill model's; see
/// ``IntrabarFillModel``.
public enum OrderType: Hashable, Sendable, Codable {
    /// Trade at the next available price.
    case market
    /// Trade at `price` or better.
    case limit(price: Double)
    /// Become a market order once the price trades at or through `stop`
    /// (a buy stop above the market, a sell stop below it).
    case stop(stop: Double)
    /// Become a limit order at `limit` once the price trades at or through `stop`.
    case stopLimit(stop: Double, limit: Double)

    /// The limit price, if the order has one.
    @inlinable
    public var limitPrice: Double? {
        switch self {
        case .limit(let price): return price
        case .stopLimit(_, let limit): return limit
        case .market, .stop: return nil
        }
    }

    /// The stop (trigger) price, if the order has one.
    @inlinable
    public var stopPrice: Double? {
        switch self {
        case .stop(let stop), .stopLimit(let stop, _): return stop
        case .market, .limit: return nil
        }
    }

    /// A short lower-case name: `market`, `limit`, `stop` or `stop-limit`.
    public var name: String {
        switch self {
        case .market: return "market"
        case .limit: return "limit"
        case .stop: return "stop"
        case .stopLimit: return "stop-limit"
        }
    }
}

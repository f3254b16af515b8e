/// Where an order is in its lifecycle.
///
/// `new → accepted → (partiallyFilled →)* filled`, or from any open state to `cancelled`,
/// `expired` (time in force ran out) or `rejected` (risk manager or venue refused it).
public enum OrderStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Created by the engine, not yet acknowledged by the venue.
    case new
    /// Working at the venue.
    case accepted
    /// Working, with part of the quantity filled.
    case partiallyFilled = "partially-filled"
    /// Completely filled.
    case filled
    /// Cancelled by the strategy, an OCO sibling, the kill switch or an IOC remainder.
    case cancelled
    /// Refused by the risk manager or the venue.
    case rejected
    /// Its time in force ran out.
    case expired

    /// Whether the order can still trade.
    @inlinable
    public var isOpen: Bool {
        // A switch, not `==`: the comparisons of a raw-value enum were a call per report.
        switch self {
        case .new, .accepted, .partiallyFilled: return true
        case .filled, .cancelled, .rejected, .expired: return false
        }
    }
}

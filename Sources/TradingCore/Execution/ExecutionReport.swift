/// What an execution venue (the simulator, a paper or a live broker) reports about an order.
public enum ExecutionReport: Hashable, Sendable, Codable {
    /// The venue accepted the order and it is working.
    case accepted(ClientOrderID, at: Timestamp)
    /// Part or all of the order traded.
    case filled(Fill)
    /// The order was cancelled (by request, an OCO sibling's fill, an IOC remainder, …).
    case cancelled(ClientOrderID, reason: String, at: Timestamp)
    /// The order's time in force ran out.
    case expired(ClientOrderID, at: Timestamp)
    /// The venue refused the order (e.g. insufficient buying power).
    case rejected(ClientOrderID, reason: String, at: Timestamp)

    /// The order the report is about.
    public var orderID: ClientOrderID {
        switch self {
        case .accepted(let id, _), .cancelled(let id, _, _), .expired(let id, _), .rejected(let id, _, _): return id
        case .filled(let fill): return fill.orderID
        }
    }
}

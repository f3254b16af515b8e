/// A venue's synchronous answer to a submission: the order's id and whether it was taken.
public struct OrderAck: Hashable, Sendable, Codable {
    /// The client order id.
    public var id: ClientOrderID
    /// `accepted`, `filled` (e.g. filled immediately) or `rejected`.
    public var status: OrderStatus
    /// The venue time of the answer.
    public var time: Timestamp

    /// Creates an acknowledgement.
    public init(id: ClientOrderID, status: OrderStatus, time: Timestamp) {
        self.id = id
        self.status = status
        self.time = time
    }
}

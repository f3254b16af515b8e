/// An order as the engine and the venue track it: an intent plus id, lifecycle and fills.
public struct Order: Hashable, Sendable, Codable {
    /// The deterministic client order id.
    public var id: ClientOrderID
    /// What was asked for.
    public var intent: OrderIntent
    /// Stand-alone, stop-loss or take-profit leg.
    public var role: OrderRole
    /// For a bracket exit, the entry order it protects.
    public var parentID: ClientOrderID?
    /// For an order created by `replace`, the order it replaced.
    public var replacesID: ClientOrderID?
    /// The lifecycle state.
    public var status: OrderStatus
    /// The quantity filled so far.
    public var filledQuantity: Double
    /// The volume-weighted average fill price, 0 before the first fill.
    public var averageFillPrice: Double
    /// Commission charged so far.
    public var commission: Double
    /// When the order was created: the time of the event the strategy decided on — the bar's
    /// timestamp in `onBars`, the report's time in `onFill` / `onOrderUpdate` (a fill at a
    /// bar's open is stamped with that bar), the timer's in `onTimer`; a bracket's exits share
    /// their entry's. Never before the event that caused the order, nor before
    /// ``StrategyContext/time``.
    public var createdAt: Timestamp
    /// When the status last changed.
    public var updatedAt: Timestamp
    /// Why it was rejected, cancelled or expired; empty otherwise.
    public var reason: String

    /// Creates a new order in state ``OrderStatus/new``.
    public init(id: ClientOrderID, intent: OrderIntent, role: OrderRole = .primary, parentID: ClientOrderID? = nil,
                replacesID: ClientOrderID? = nil, createdAt: Timestamp) {
        self.id = id
        self.intent = intent
        self.role = role
        self.parentID = parentID
        self.replacesID = replacesID
        self.status = .new
        self.filledQuantity = 0
        self.averageFillPrice = 0
        self.commission = 0
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.reason = ""
    }

    /// The instrument's ticker.
    @inlinable
    public var symbol: String { intent.symbol }
    /// Buy or sell.
    @inlinable
    public var side: OrderSide { intent.side }

    /// Records a fill of `quantity` at `price` (updates the average price and the status).
    public mutating func recordFill(quantity: Double, price: Double, commission: Double, isComplete: Bool, at time: Timestamp) {
        averageFillPrice = Self.averagePrice(filled: filledQuantity, at: averageFillPrice, adding: quantity, at: price)
        filledQuantity += quantity
        self.commission += commission
        status = isComplete ? .filled : .partiallyFilled
        updatedAt = time
    }

    /// The volume-weighted average price of `filled` units at `average` and `quantity` more at
    /// `price` (`price` itself when nothing had filled): `(average × filled + price × quantity)
    /// / (filled + quantity)`. The venue's order state averages its fills with it too.
    static func averagePrice(filled: Double, at average: Double, adding quantity: Double, at price: Double) -> Double {
        filled == 0 ? price : (average * filled + price * quantity) / (filled + quantity)
    }
}

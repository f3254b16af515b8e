/// One execution: part or all of an order traded at one price.
public struct Fill: Hashable, Sendable, Codable {
    /// The order that traded.
    public var orderID: ClientOrderID
    /// The instrument's ticker.
    public var symbol: String
    /// Buy or sell.
    public var side: OrderSide
    /// The traded quantity, positive.
    public var quantity: Double
    /// The execution price, slippage included.
    public var price: Double
    /// The commission charged for this fill.
    public var commission: Double
    /// The slippage cost included in `price`, in account currency (≥ 0 when adverse).
    public var slippage: Double
    /// The timestamp of the bar during which the fill happened.
    public var timestamp: Timestamp
    /// The order's quantity still open after this fill (FIX `LeavesQty`); 0 when the fill
    /// completes the order.
    public var leavesQuantity: Double

    /// Creates a fill record.
    public init(orderID: ClientOrderID, symbol: String, side: OrderSide, quantity: Double, price: Double,
                commission: Double, slippage: Double = 0, timestamp: Timestamp, leavesQuantity: Double = 0) {
        self.orderID = orderID
        self.symbol = symbol
        self.side = side
        self.quantity = quantity
        self.price = price
        self.commission = commission
        self.slippage = slippage
        self.timestamp = timestamp
        self.leavesQuantity = leavesQuantity
    }

    /// The signed quantity: positive for a buy, negative for a sell.
    @inlinable
    public var signedQuantity: Double { side.sign * quantity }
}

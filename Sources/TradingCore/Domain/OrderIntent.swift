/// What a strategy asks for: the engine turns an intent into an ``Order`` with an id.
///
/// An intent may carry a bracket (`stopLoss` / `takeProfit`): when the entry fills, the
/// engine's venue places the two exits for the filled quantity as a one-cancels-other pair.
/// `strategy` and `entryFactors` travel with the order onto the round-trip trade it
/// opens, for attribution.
public struct OrderIntent: Hashable, Sendable, Codable {
    /// The instrument's ticker.
    public var symbol: String
    /// Buy or sell.
    public var side: OrderSide
    /// How much to trade.
    public var quantity: OrderQuantity
    /// How the order is priced.
    public var type: OrderType
    /// How long it stays working.
    public var timeInForce: TimeInForce
    /// The stop-loss price of an attached bracket exit, if any.
    public var stopLoss: Double?
    /// The take-profit price of an attached bracket exit, if any.
    public var takeProfit: Double?
    /// The strategy (or model) tag recorded on fills and trades.
    public var strategy: String
    /// The factor scores and weights behind the decision, recorded on the trade this order opens.
    public var entryFactors: [FactorExposure]

    /// Creates an intent. One whose quantity or prices cannot be traded is refused when it is
    /// submitted, with its ``refusalReason``.
    public init(
        symbol: String, side: OrderSide, quantity: OrderQuantity, type: OrderType = .market,
        timeInForce: TimeInForce = .goodTillCancelled, stopLoss: Double? = nil, takeProfit: Double? = nil,
        strategy: String = "", entryFactors: [FactorExposure] = []
    ) {
        self.symbol = symbol
        self.side = side
        self.quantity = quantity
        self.type = type
        self.timeInForce = timeInForce
        self.stopLoss = stopLoss
        self.takeProfit = takeProfit
        self.strategy = strategy
        self.entryFactors = entryFactors
    }

    /// A market order for a fixed quantity.
    public static func market(_ side: OrderSide, _ quantity: Double, _ symbol: String, strategy: String = "") -> OrderIntent {
        OrderIntent(symbol: symbol, side: side, quantity: .units(quantity), strategy: strategy)
    }

    /// A limit order for a fixed quantity.
    public static func limit(_ side: OrderSide, _ quantity: Double, _ symbol: String, price: Double,
                             timeInForce: TimeInForce = .goodTillCancelled, strategy: String = "") -> OrderIntent {
        OrderIntent(symbol: symbol, side: side, quantity: .units(quantity), type: .limit(price: price), timeInForce: timeInForce, strategy: strategy)
    }

    /// A stop order for a fixed quantity.
    public static func stop(_ side: OrderSide, _ quantity: Double, _ symbol: String, stop: Double,
                            timeInForce: TimeInForce = .goodTillCancelled, strategy: String = "") -> OrderIntent {
        OrderIntent(symbol: symbol, side: side, quantity: .units(quantity), type: .stop(stop: stop), timeInForce: timeInForce, strategy: strategy)
    }
}

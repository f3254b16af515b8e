/// An open holding in one instrument: signed quantity at an average cost, marked to market.
public struct Position: Hashable, Sendable, Codable {
    /// The instrument's ticker.
    public var symbol: String
    /// Signed quantity: positive long, negative short, 0 flat.
    public var quantity: Double
    /// The average entry price of the open quantity (0 when flat).
    public var averagePrice: Double
    /// The latest mark price.
    public var markPrice: Double
    /// Profit realised by closing fills so far, before commission.
    public var realizedPnL: Double
    /// Entry commission not yet attributed to a closed trade.
    public var openCommission: Double
    /// When the current position was opened.
    public var entryTime: Timestamp
    /// The engine step (timestamp index) at which the current position was opened.
    public var entryStep: Int
    /// The strategy tag of the order that opened the position.
    public var strategy: String
    /// The factor scores and weights recorded by the order that opened the position.
    public var entryFactors: [FactorExposure]

    /// A flat position in `symbol`.
    public init(symbol: String) {
        self.symbol = symbol
        quantity = 0
        averagePrice = 0
        markPrice = 0
        realizedPnL = 0
        openCommission = 0
        entryTime = Timestamp(rawValue: 0)
        entryStep = 0
        strategy = ""
        entryFactors = []
    }

    /// Whether there is no open quantity.
    @inlinable
    public var isFlat: Bool { quantity == 0 }

    /// Signed market value, `quantity × markPrice`.
    @inlinable
    public var marketValue: Double { quantity * markPrice }

    /// Unrealised profit, `quantity × (markPrice − averagePrice)`.
    @inlinable
    public var unrealizedPnL: Double { quantity * (markPrice - averagePrice) }
}

/// The pre-trade limits a ``RiskManager`` enforces; `nil` disables a limit.
///
/// Fractions are of current equity (0.2 = 20 %). Limits apply only to orders that add risk
/// (open or increase a position); orders that reduce a position always pass.
public struct RiskLimits: Hashable, Sendable, Codable {
    /// Largest |position value| per instrument as a fraction of equity.
    public var maximumPositionFraction: Double?
    /// Largest Σ |position value| per asset class as a fraction of equity.
    public var maximumAssetClassFraction: [AssetClass: Double]
    /// Largest gross exposure over equity.
    public var maximumGrossLeverage: Double?
    /// Largest notional of a single order.
    public var maximumOrderNotional: Double?
    /// Largest number of simultaneously open positions.
    public var maximumOpenPositions: Int?
    /// Largest loss from the day's starting equity (the equity at the previous day's last bar;
    /// the first bar's equity on the first day), as a fraction; beyond it no new risk that day.
    public var dailyLossLimit: Double?
    /// Largest drawdown from the equity peak, as a fraction; beyond it no new risk for the rest of the run.
    public var maximumDrawdown: Double?
    /// Whether hitting ``maximumDrawdown`` also flattens all positions.
    public var flattensOnDrawdownHalt: Bool
    /// The days ``dailyLossLimit`` counts (UTC calendar days by default).
    public var tradingDay: TradingDay

    /// Creates limits; all disabled by default.
    public init(
        maximumPositionFraction: Double? = nil, maximumAssetClassFraction: [AssetClass: Double] = [:],
        maximumGrossLeverage: Double? = nil, maximumOrderNotional: Double? = nil, maximumOpenPositions: Int? = nil,
        dailyLossLimit: Double? = nil, maximumDrawdown: Double? = nil, flattensOnDrawdownHalt: Bool = false,
        tradingDay: TradingDay = .utc
    ) {
        self.maximumPositionFraction = maximumPositionFraction
        self.maximumAssetClassFraction = maximumAssetClassFraction
        self.maximumGrossLeverage = maximumGrossLeverage
        self.maximumOrderNotional = maximumOrderNotional
        self.maximumOpenPositions = maximumOpenPositions
        self.dailyLossLimit = dailyLossLimit
        self.maximumDrawdown = maximumDrawdown
        self.flattensOnDrawdownHalt = flattensOnDrawdownHalt
        self.tradingDay = tradingDay
    }

    /// Decodes limits; a missing limit is disabled and a missing `tradingDay` is ``TradingDay/utc``
    /// (so limits encoded before trading days existed still decode).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            maximumPositionFraction: try container.decodeIfPresent(Double.self, forKey: .maximumPositionFraction),
            maximumAssetClassFraction: try container.decodeIfPresent([AssetClass: Double].self, forKey: .maximumAssetClassFraction) ?? [:],
            maximumGrossLeverage: try container.decodeIfPresent(Double.self, forKey: .maximumGrossLeverage),
            maximumOrderNotional: try container.decodeIfPresent(Double.self, forKey: .maximumOrderNotional),
            maximumOpenPositions: try container.decodeIfPresent(Int.self, forKey: .maximumOpenPositions),
            dailyLossLimit: try container.decodeIfPresent(Double.self, forKey: .dailyLossLimit),
            maximumDrawdown: try container.decodeIfPresent(Double.self, forKey: .maximumDrawdown),
            flattensOnDrawdownHalt: try container.decodeIfPresent(Bool.self, forKey: .flattensOnDrawdownHalt) ?? false,
            tradingDay: try container.decodeIfPresent(TradingDay.self, forKey: .tradingDay) ?? .utc)
    }

    /// No limits.
    public static let none = RiskLimits()

    /// Whether a limit measured in money is set (order notional, position, asset-class or
    /// gross exposure), which needs a price to check an order against.
    public var hasNotionalLimits: Bool {
        maximumOrderNotional != nil || maximumPositionFraction != nil || !maximumAssetClassFraction.isEmpty || maximumGrossLeverage != nil
    }
}

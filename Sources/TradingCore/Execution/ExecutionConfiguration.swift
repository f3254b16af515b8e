/// The models and rules a ``FillSimulator`` executes with.
///
/// The default is the conservative configuration: market orders at the next open, stops and
/// limits on touch with gaps filled at the open, stop-loss first when a bar touches both
/// bracket exits, no slippage and no commission.
public struct ExecutionConfiguration: Sendable {
    /// Decides fill prices and per-bar capacity.
    public var fillModel: any FillModel
    /// The adverse price move per fill.
    public var slippage: any SlippageModel
    /// The commission per fill.
    public var commission: any CommissionModel
    /// When market orders trade.
    public var marketFillTiming: MarketFillTiming
    /// Which bracket exit wins when one bar touches both.
    public var bracketPriority: BracketPriority
    /// The days DAY orders work for (UTC calendar days by default).
    public var tradingDay: TradingDay

    /// Creates a configuration.
    public init(
        fillModel: any FillModel = IntrabarFillModel(), slippage: any SlippageModel = NoSlippage(),
        commission: any CommissionModel = NoCommission(), marketFillTiming: MarketFillTiming = .nextOpen,
        bracketPriority: BracketPriority = .stopLossFirst, tradingDay: TradingDay = .utc
    ) {
        self.fillModel = fillModel
        self.slippage = slippage
        self.commission = commission
        self.marketFillTiming = marketFillTiming
        self.bracketPriority = bracketPriority
        self.tradingDay = tradingDay
    }
}

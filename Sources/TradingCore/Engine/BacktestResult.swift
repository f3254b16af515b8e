/// Everything a backtest produced: the equity curve, orders, fills, round trips, risk
/// decisions and the performance metrics computed from them.
public struct BacktestResult: Sendable, Codable {
    /// The instruments, in index order.
    public var instruments: [Instrument]
    /// The starting cash.
    public var initialCash: Double
    /// One point per timestamp.
    public var equityCurve: EquityCurve
    /// Every order, by id.
    public var orders: [Order]
    /// Every fill, in booking order.
    public var fills: [Fill]
    /// Closed round trips, in closing order.
    public var trades: [Trade]
    /// Every pre-trade decision.
    public var riskDecisions: [RiskDecision]
    /// Σ |quantity × price| over all fills.
    public var tradedNotional: Double
    /// Σ commission over all fills.
    public var totalCommission: Double

    /// Creates a result.
    public init(instruments: [Instrument], initialCash: Double, equityCurve: EquityCurve, orders: [Order], fills: [Fill],
                trades: [Trade], riskDecisions: [RiskDecision], tradedNotional: Double, totalCommission: Double) {
        self.instruments = instruments
        self.initialCash = initialCash
        self.equityCurve = equityCurve
        self.orders = orders
        self.fills = fills
        self.trades = trades
        self.riskDecisions = riskDecisions
        self.tradedNotional = tradedNotional
        self.totalCommission = totalCommission
    }

    /// The summary statistics of the equity curve and trades, bars per year inferred from
    /// the bar spacing (computed on each access, so a run's cost is the engine's alone).
    ///
    /// - Complexity: O(points + trades).
    public var metrics: PerformanceMetrics {
        PerformanceMetrics(equityCurve: equityCurve, trades: trades, tradedNotional: tradedNotional)
    }

    /// The final equity (the initial cash when the curve is empty).
    public var finalEquity: Double { equityCurve.equity.last ?? initialCash }

    /// The decisions that resized or rejected an order.
    public var riskInterventions: [RiskDecision] { riskDecisions.filter { $0.outcome != .approved } }

    /// The number of ``riskInterventions``, counted without copying them.
    ///
    /// - Complexity: O(decisions).
    public var riskInterventionCount: Int { riskDecisions.count { $0.outcome != .approved } }
}

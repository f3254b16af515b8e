/// How ``TrendBreakoutStrategy`` sizes a new position.
public enum TrendBreakoutSizing: String, CaseIterable, Hashable, Sendable, Codable {
    /// Each instrument gets an equal slice of equity: `investedFraction × equity ÷ instruments`
    /// (``TradingCore/EqualWeightSizer``).
    case equalWeight = "equal-weight"
    /// Each position risks a fixed fraction of equity down to its initial stop:
    /// `riskFraction × equity ÷ (stopMultiple × ATR)`, capped at the equal-weight slice
    /// (``TradingCore/FixedFractionalRiskSizer``).
    case fixedRisk = "fixed-risk"
}

/// The pre-trade rule behind a risk decision.
public enum RiskRule: String, Hashable, Sendable, Codable, CaseIterable {
    /// The kill switch is on: no new risk, open orders cancelled, positions flattened.
    case killSwitch = "kill-switch"
    /// Equity fell more than the allowed fraction below its peak.
    case drawdownHalt = "drawdown-halt"
    /// Equity fell more than the allowed fraction below the day's starting equity.
    case dailyLossLimit = "daily-loss-limit"
    /// The order would open a position beyond the allowed number of open positions.
    case maximumOpenPositions = "max-open-positions"
    /// The order's notional exceeds the per-order cap.
    case maximumOrderNotional = "max-order-notional"
    /// The position would exceed its cap as a fraction of equity.
    case maximumPositionFraction = "max-position-fraction"
    /// The instrument's asset class would exceed its exposure cap.
    case maximumAssetClassExposure = "max-asset-class-exposure"
    /// Gross exposure over equity would exceed the leverage cap.
    case maximumGrossLeverage = "max-gross-leverage"
    /// An order that adds risk before its instrument has a price, while a limit measured in
    /// money (order notional, position, asset-class or gross exposure) is set: the limit
    /// cannot be checked, so the order is rejected.
    case noReferencePrice = "no-reference-price"
}

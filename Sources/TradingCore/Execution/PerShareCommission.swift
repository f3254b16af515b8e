/// A per-unit commission with an optional per-fill minimum and a maximum as a share of notional
/// (the shape of Interactive Brokers' fixed pricing: $0.005/share, min $1, max 1 % of value).
///
/// Formula: `min(max(perShare × quantity, minimum), maximumFraction × quantity × price)`.
public struct PerShareCommission: CommissionModel, Hashable {
    /// Charge per unit traded.
    public var perShare: Double
    /// The least charged per fill.
    public var minimum: Double
    /// The most charged per fill as a fraction of notional (`.infinity` for no cap).
    public var maximumFractionOfNotional: Double

    /// Creates the model. - Precondition: all inputs non-negative.
    public init(perShare: Double, minimum: Double = 0, maximumFractionOfNotional: Double = .infinity) {
        precondition(perShare >= 0 && minimum >= 0 && maximumFractionOfNotional >= 0, "commission parameters must be non-negative")
        self.perShare = perShare
        self.minimum = minimum
        self.maximumFractionOfNotional = maximumFractionOfNotional
    }

    /// `min(max(perShare × quantity, minimum), maximumFraction × notional)`.
    public func commission(quantity: Double, price: Double) -> Double {
        Swift.min(Swift.max(perShare * quantity, minimum), maximumFractionOfNotional * quantity * price)
    }
}

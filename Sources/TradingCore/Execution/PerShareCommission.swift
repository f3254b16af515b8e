/// A per-unit commission with an optional per-order minimum and a maximum as a share of
/// notional (the shape of Interactive Brokers' fixed pricing: $0.005/share, min $1 per order,
/// max 1 % of value).
///
/// Formula for an order filled at once: `min(max(perShare × quantity, minimum),
/// maximumFraction × quantity × price)`. A fill of an order filled in parts pays what the
/// order's charge grows by, `max(perShare × Q, minimum)` for the quantity `Q` filled so far
/// (so the minimum is met once), capped by the maximum on the fill's own notional.
public struct PerShareCommission: CommissionModel, Hashable {
    /// Charge per unit traded.
    public var perShare: Double
    /// The least charged per order.
    public var minimum: Double
    /// The most charged per fill as a fraction of its notional (`.infinity` for no cap).
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
        commission(quantity: quantity, price: price, filledBefore: 0)
    }

    /// What the order's charge `max(perShare × Q, minimum)` grows by from `filledBefore` to
    /// `filledBefore + quantity`, capped by the maximum on this fill's notional.
    public func commission(quantity: Double, price: Double, filledBefore: Double) -> Double {
        let before = filledBefore > 0 ? Swift.max(perShare * filledBefore, minimum) : 0
        let after = Swift.max(perShare * (filledBefore + quantity), minimum)
        return Swift.min(after - before, maximumFractionOfNotional * quantity * price)
    }
}

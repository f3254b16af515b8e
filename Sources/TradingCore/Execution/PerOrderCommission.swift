/// A flat fee per fill, whatever its size.
public struct PerOrderCommission: CommissionModel, Hashable {
    /// The fee charged per fill.
    public var amount: Double

    /// Creates the model. - Precondition: `amount ≥ 0`.
    public init(amount: Double) {
        precondition(amount >= 0, "commission must be non-negative")
        self.amount = amount
    }

    /// `amount`.
    public func commission(quantity: Double, price: Double) -> Double { amount }
}

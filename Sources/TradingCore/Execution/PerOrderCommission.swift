/// A flat fee per order, whatever its size, charged with its first fill (an order filled in
/// parts pays it once).
public struct PerOrderCommission: CommissionModel, Hashable {
    /// The fee charged per order.
    public var amount: Double

    /// Creates the model. - Precondition: `amount ≥ 0`.
    public init(amount: Double) {
        precondition(amount >= 0, "commission must be non-negative")
        self.amount = amount
    }

    /// `amount`.
    public func commission(quantity: Double, price: Double) -> Double { amount }

    /// `amount` for an order's first fill, 0 for the later ones.
    public func commission(quantity: Double, price: Double, filledBefore: Double) -> Double { filledBefore > 0 ? 0 : amount }
}

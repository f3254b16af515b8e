/// The sum of several commission models (e.g. a per-share fee plus an exchange fee in bps).
public struct CombinedCommission: CommissionModel {
    /// The parts whose commissions are added.
    public var parts: [any CommissionModel]

    /// Creates the sum of `parts`.
    public init(_ parts: [any CommissionModel]) { self.parts = parts }

    /// Σ part.commission(quantity, price).
    ///
    /// - Complexity: O(parts).
    public func commission(quantity: Double, price: Double) -> Double {
        commission(quantity: quantity, price: price, filledBefore: 0)
    }

    /// Σ part.commission(quantity, price, filledBefore).
    public func commission(quantity: Double, price: Double, filledBefore: Double) -> Double {
        var total = 0.0
        for part in parts { total += part.commission(quantity: quantity, price: price, filledBefore: filledBefore) }
        return total
    }
}

/// Free trading: every fill costs 0.
public struct NoCommission: CommissionModel, Hashable {
    /// Creates the zero commission model.
    public init() {}

    /// Returns 0.
    public func commission(quantity: Double, price: Double) -> Double { 0 }

    /// `true`.
    public var isAlwaysZero: Bool { true }
}

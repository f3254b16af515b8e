/// A commission proportional to traded value: `rate × quantity × price`.
///
/// `rate = 0.002` is 0.2 %. This is backtesting.py's relative `commission`, charged on
/// entry and again on exit.
public struct PercentOfNotionalCommission: CommissionModel, Hashable {
    /// The fraction of notional charged (0.001 = 10 bps).
    public var rate: Double

    /// Creates the model. - Precondition: `rate ≥ 0`.
    public init(rate: Double) {
        precondition(rate >= 0 && rate.isFinite, "commission rate must be non-negative")
        self.rate = rate
    }

    /// `rate × quantity × price`.
    public func commission(quantity: Double, price: Double) -> Double { quantity * price * rate }

    /// Whether `rate` is 0.
    public var isAlwaysZero: Bool { rate == 0 }
}

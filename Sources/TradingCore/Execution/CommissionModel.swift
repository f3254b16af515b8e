/// Computes the commission charged for one fill.
///
/// Stock models: ``NoCommission``, ``PerShareCommission`` (with minimum and maximum),
/// ``PerOrderCommission``, ``PercentOfNotionalCommission``, ``TieredCommission`` and their
/// sum ``CombinedCommission``. Called once per fill, never per bar.
public protocol CommissionModel: Sendable {
    /// The commission, in account currency, for trading `quantity` (> 0) at `price`.
    func commission(quantity: Double, price: Double) -> Double
}

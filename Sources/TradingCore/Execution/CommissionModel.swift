/// Computes the commission charged for one fill.
///
/// Stock models: ``NoCommission``, ``PerShareCommission`` (with minimum and maximum),
/// ``PerOrderCommission``, ``PercentOfNotionalCommission``, ``TieredCommission`` and their
/// sum ``CombinedCommission``. Called once per fill, never per bar.
///
/// An order filled in parts (volume-capped fills) is one order: the ``FillSimulator`` passes
/// each fill the quantity its order has filled before, so that a fee per order, or a per-order
/// minimum, is charged once (``commission(quantity:price:filledBefore:)``).
public protocol CommissionModel: Sendable {
    /// The commission, in account currency, for trading `quantity` (> 0) at `price` in one
    /// order filled at once.
    func commission(quantity: Double, price: Double) -> Double

    /// The commission for a fill of `quantity` at `price` of an order that has already filled
    /// `filledBefore`. The default charges every fill like a whole order
    /// (``commission(quantity:price:)``), right for charges proportional to the quantity or the
    /// notional; models with a fixed part per order override it.
    func commission(quantity: Double, price: Double, filledBefore: Double) -> Double

    /// Whether the model charges 0 for every fill, so that a venue need not ask it (through
    /// its existential) on each fill, nor search for the size a commission leaves affordable.
    /// The default is `false`.
    var isAlwaysZero: Bool { get }
}

extension CommissionModel {
    /// `false`: the model is asked on every fill.
    public var isAlwaysZero: Bool { false }

    /// ``commission(quantity:price:)``: the fill is charged as a whole order.
    public func commission(quantity: Double, price: Double, filledBefore: Double) -> Double {
        commission(quantity: quantity, price: price)
    }
}

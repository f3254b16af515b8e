/// How much an order trades: a fixed quantity, or an amount resolved when the order fills.
///
/// Deferred sizes model the classic "go all in at the next open" semantics: the quantity is
/// computed by the execution venue at the fill price, from the buying power available
/// after any earlier fills of the same bar, in whole lots and commission included.
public enum OrderQuantity: Hashable, Sendable, Codable {
    /// A fixed, positive number of units.
    case units(Double)
    /// A fraction (0, 1] of the buying power available at fill time, in whole lots, such that
    /// `quantity × price + commission(quantity, price) ≤ fraction × buying power`.
    case fractionOfBuyingPower(Double)
    /// The whole current position in the instrument at fill time (a closing order);
    /// nothing trades when the position is flat or on the order's side.
    case entirePosition
}

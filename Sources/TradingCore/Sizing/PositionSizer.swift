/// Turns a sizing request (equity, price, instrument, risk inputs) into an order quantity.
///
/// Conforming types are small value types. Every stock sizer returns a quantity that is
/// non-negative (the strategy chooses the side), a whole number of the instrument's lots
/// rounded toward zero, and zero when an input it needs is missing, non-finite or not
/// positive — sizing never crashes on bad data and never produces NaN.
public protocol PositionSizer: Sendable {
    /// The absolute quantity to trade for `request`, rounded toward zero to whole lots.
    func quantity(for request: SizingRequest) -> Double
}

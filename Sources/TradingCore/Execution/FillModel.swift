/// Decides whether and at what price a working order trades during a bar, and how much of it.
///
/// The simulator calls a fill model for each working order on each bar after the one the
/// order was submitted on (decisions happen at a bar's close, so the earliest fill is the
/// next bar). Stock models: ``IntrabarFillModel`` (market at the open, limits and stops on
/// touch with gap handling) and ``VolumeCappedFillModel`` (partial fills capped at a share
/// of bar volume, the rest carrying over).
public protocol FillModel: Sendable {
    /// The price at which an order trades during `bar`, or `nil` when it does not trade.
    ///
    /// - Parameters:
    ///   - type: the order's pricing.
    ///   - side: buy or sell.
    ///   - isTriggered: whether a stop-limit's stop has already been hit (on an earlier bar);
    ///     set to `true` when the stop is hit during this bar.
    ///   - open: the first price at which the order can trade in this bar: the bar's open,
    ///     or the entry fill price for a bracket exit activated at that open.
    ///   - bar: the bar.
    func fillPrice(for type: OrderType, side: OrderSide, isTriggered: inout Bool, open: Double, bar: Bar) -> Double?

    /// How much of `remaining` can trade during `bar` (the simulator rounds down to lots).
    func fillableQuantity(_ remaining: Double, bar: Bar) -> Double
}

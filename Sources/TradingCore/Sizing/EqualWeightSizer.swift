/// Splits equity equally across a number of positions: `equity / slots / price` units.
///
/// With `slots = 1` this is the "all available equity in whole shares" sizing of the
/// classic SmaCross example. Commission and slippage are not deducted here; leave room
/// for them with `fraction` < 1 when an order must fit in cash.
public struct EqualWeightSizer: PositionSizer, Hashable {
    /// The share of each slot's equity to invest, in (0, 1].
    public var fraction: Double

    /// Creates an equal-weight sizer.
    ///
    /// - Parameter fraction: the share of each slot's equity to invest (default 1).
    /// - Precondition: `0 < fraction ≤ 1`.
    public init(fraction: Double = 1) {
        precondition(fraction > 0 && fraction <= 1, "fraction must be in (0, 1]")
        self.fraction = fraction
    }

    /// `fraction × equity / slots / price`, rounded toward zero to whole lots; 0 when equity
    /// or price is not finite and positive (NaN included) or `slots` is less than 1.
    @inlinable
    public func quantity(for request: SizingRequest) -> Double {
        guard request.hasValidEquityAndPrice, request.hasSlot else { return 0 }
        return request.lotRounded(fraction * request.equity / Double(request.slots) / request.price)
    }
}

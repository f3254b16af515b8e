/// The adverse price move a fill suffers, as a fraction of the reference price.
///
/// A buy fills at `price × (1 + fraction)`, a sell at `price × (1 − fraction)`. Stock
/// models: ``NoSlippage``, ``FixedBasisPointsSlippage``, ``VolumeShareSlippage`` and
/// ``SquareRootImpactSlippage``. Called once per fill, never per bar.
///
/// The fraction must lie in `[0, 1)`: at 1 or more a sell would fill at a price of zero or
/// below. The ``FillSimulator`` rejects an order whose fill gets a fraction outside that range
/// (or NaN), with the fraction in the reason, rather than book a fill at an impossible price.
public protocol SlippageModel: Sendable {
    /// The fraction, in `[0, 1)`, by which a fill of `quantity` during `bar` moves against the
    /// trader.
    func slippageFraction(quantity: Double, price: Double, bar: Bar) -> Double

    /// Whether the fraction is 0 for every fill, so that a venue need not ask the model
    /// (through its existential) on each fill. The default is `false`.
    var isAlwaysZero: Bool { get }
}

extension SlippageModel {
    /// `false`: the model is asked on every fill.
    public var isAlwaysZero: Bool { false }
}

/// The adverse price move a fill suffers, as a fraction of the reference price.
///
/// A buy fills at `price × (1 + fraction)`, a sell at `price × (1 − fraction)`. Stock
/// models: ``NoSlippage``, ``FixedBasisPointsSlippage``, ``VolumeShareSlippage`` and
/// ``SquareRootImpactSlippage``. Called once per fill, never per bar.
public protocol SlippageModel: Sendable {
    /// The fraction (≥ 0) by which a fill of `quantity` during `bar` moves against the trader.
    func slippageFraction(quantity: Double, price: Double, bar: Bar) -> Double
}

/// Quadratic impact in the share of the bar's volume taken (zipline's `VolumeShareSlippage`):
/// `fraction = priceImpact × min(quantity / volume, 1)²`.
///
/// A bar with no volume is treated as fully consumed (share 1).
public struct VolumeShareSlippage: SlippageModel, Hashable {
    /// The impact coefficient (zipline's default is 0.1).
    public var priceImpact: Double

    /// Creates the model.
    ///
    /// - Precondition: `0 ≤ priceImpact < 1`, which keeps every fraction below 1 (see
    ///   ``SlippageModel``).
    public init(priceImpact: Double = 0.1) {
        precondition(priceImpact >= 0 && priceImpact < 1, "price impact must lie in [0, 1)")
        self.priceImpact = priceImpact
    }

    /// `priceImpact × min(quantity / volume, 1)²`.
    public func slippageFraction(quantity: Double, price: Double, bar: Bar) -> Double {
        let share = bar.volume > 0 ? Swift.min(quantity / bar.volume, 1) : 1
        return priceImpact * share * share
    }
}

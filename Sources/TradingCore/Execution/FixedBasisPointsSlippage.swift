/// A constant adverse move of `basisPoints / 10 000` of the price (half-spread plus impact),
/// on every fill: buys fill higher, sells lower, entries and exits alike.
///
/// Not backtesting.py's `spread`, which is charged once per round trip on the entry price
/// (its exits fill at the unadjusted price).
public struct FixedBasisPointsSlippage: SlippageModel, Hashable {
    /// The slippage in basis points (1 bp = 0.01 %).
    public var basisPoints: Double

    /// Creates the model.
    ///
    /// - Precondition: `0 ≤ basisPoints < 10 000` (at 10 000, 100 %, a sell would fill at zero).
    public init(basisPoints: Double) {
        precondition(basisPoints >= 0 && basisPoints < 10_000, "slippage must lie in [0, 10 000) basis points")
        self.basisPoints = basisPoints
    }

    /// `basisPoints / 10 000`.
    public func slippageFraction(quantity: Double, price: Double, bar: Bar) -> Double { basisPoints / 10_000 }

    /// Whether `basisPoints` is 0.
    public var isAlwaysZero: Bool { basisPoints == 0 }
}

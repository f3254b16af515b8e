/// The square-root market-impact law: `fraction = coefficient × σ × √(quantity / volume)`.
///
/// σ is the bar's own range as a fraction of its open, `(high − low) / open`, a per-bar
/// volatility proxy that needs no history; `coefficient` is the law's Y (≈ 1 in
/// Almgren et al. 2005 and Tóth et al. 2011). A bar with no volume is treated as fully consumed.
///
/// The law has no upper bound: on a bar whose range exceeds its open the fraction can reach 1,
/// and the ``FillSimulator`` then rejects the order (see ``SlippageModel``).
public struct SquareRootImpactSlippage: SlippageModel, Hashable {
    /// The impact coefficient Y.
    public var coefficient: Double

    /// Creates the model. - Precondition: `coefficient ≥ 0` and finite.
    public init(coefficient: Double = 1) {
        precondition(coefficient >= 0 && coefficient.isFinite, "impact coefficient must be non-negative and finite")
        self.coefficient = coefficient
    }

    /// `coefficient × (high − low) / open × √(min(quantity / volume, 1))`.
    public func slippageFraction(quantity: Double, price: Double, bar: Bar) -> Double {
        let share = bar.volume > 0 ? Swift.min(quantity / bar.volume, 1) : 1
        let sigma = bar.open > 0 ? (bar.high - bar.low) / bar.open : 0
        return coefficient * sigma * share.squareRoot()
    }
}

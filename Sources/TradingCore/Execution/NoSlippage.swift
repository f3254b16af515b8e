/// Fills at the reference price.
public struct NoSlippage: SlippageModel, Hashable {
    /// Creates the zero slippage model.
    public init() {}

    /// Returns 0.
    public func slippageFraction(quantity: Double, price: Double, bar: Bar) -> Double { 0 }

    /// `true`.
    public var isAlwaysZero: Bool { true }
}

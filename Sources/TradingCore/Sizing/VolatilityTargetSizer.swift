/// Scales a position so that its annualized volatility matches a target:
/// `min(targetVolatility ÷ instrumentVolatility, maximumLeverage) × (equity / slots) ÷ price` units.
///
/// Each of the request's `slots` gets an equal share of equity and aims that share at
/// the target (risk parity across slots, ignoring correlation). Calm instruments would
/// be levered without bound, hence the cap.
public struct VolatilityTargetSizer: PositionSizer, Hashable {
    /// The annualized volatility to aim each position at, as a fraction (0.15 = 15 %).
    public var targetVolatility: Double
    /// The largest position value as a multiple of the slot's equity.
    public var maximumLeverage: Double

    /// Creates a volatility-target sizer.
    ///
    /// - Parameters:
    ///   - targetVolatility: the annualized volatility target, a positive fraction.
    ///   - maximumLeverage: the cap on position value ÷ slot equity (default 1).
    /// - Precondition: both are finite and positive.
    public init(targetVolatility: Double, maximumLeverage: Double = 1) {
        precondition(targetVolatility > 0 && targetVolatility.isFinite, "target volatility must be finite and positive")
        precondition(maximumLeverage > 0 && maximumLeverage.isFinite, "maximum leverage must be finite and positive")
        self.targetVolatility = targetVolatility
        self.maximumLeverage = maximumLeverage
    }

    /// `min(target ÷ annualizedVolatility, maximumLeverage) × equity / slots ÷ price`, rounded
    /// toward zero to whole lots; 0 without a finite, positive volatility, equity or price
    /// (NaN included), or when `slots` is less than 1.
    @inlinable
    public func quantity(for request: SizingRequest) -> Double {
        guard request.hasValidEquityAndPrice, request.hasSlot, let volatility = request.annualizedVolatility,
              volatility.isFinite, volatility > 0 else { return 0 }
        let leverage = Swift.min(targetVolatility / volatility, maximumLeverage)
        return request.lotRounded(leverage * request.equity / Double(request.slots) / request.price)
    }
}

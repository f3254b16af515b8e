/// Risks a fixed fraction of equity per position: `riskFraction × equity ÷ stopDistance` units,
/// so that being stopped out loses `riskFraction` of equity (Van Tharp's "percent risk model").
///
/// A tight stop can make the position larger than equity; cap it with
/// `maximumLeverage` (position value ≤ `maximumLeverage × equity`) or leave that to the
/// risk manager. Gaps through the stop can lose more than the fraction.
public struct FixedFractionalRiskSizer: PositionSizer, Hashable {
    /// The fraction of equity lost when the stop is hit, e.g. 0.01 for 1 %.
    public var riskFraction: Double
    /// The largest position value as a multiple of equity.
    public var maximumLeverage: Double

    /// Creates a fixed-fractional-risk sizer.
    ///
    /// - Parameters:
    ///   - riskFraction: the fraction of equity at risk per position, in (0, 1].
    ///   - maximumLeverage: the cap on position value ÷ equity (default 1: fully paid).
    /// - Precondition: `0 < riskFraction ≤ 1` and `maximumLeverage > 0` (finite).
    public init(riskFraction: Double, maximumLeverage: Double = 1) {
        precondition(riskFraction > 0 && riskFraction <= 1, "risk fraction must be in (0, 1]")
        precondition(maximumLeverage > 0 && maximumLeverage.isFinite, "maximum leverage must be finite and positive")
        self.riskFraction = riskFraction
        self.maximumLeverage = maximumLeverage
    }

    /// `min(riskFraction × equity ÷ stopDistance, maximumLeverage × equity ÷ price)`, rounded
    /// toward zero to whole lots; 0 without a finite, positive stop distance, equity or price.
    @inlinable
    public func quantity(for request: SizingRequest) -> Double {
        guard request.hasValidEquityAndPrice, let stop = request.stopDistance, stop.isFinite, stop > 0 else { return 0 }
        let atRisk = riskFraction * request.equity / stop
        let capped = maximumLeverage * request.equity / request.price
        return request.lotRounded(Swift.min(atRisk, capped))
    }
}

/// The momentum factor: rates of change over several horizons plus the distance of the
/// price from its moving average, weighted.
///
/// Formula (raw score at bar `t`, close `p`):
///
///     raw_t = Σₖ wₖ · (p_t / p_{t−hₖ} − 1)  +  w_ma · (p_t / SMA_n(p)_t − 1)
///
/// Rates of change are fractions, not percent. Time-series momentum over several look-backs
/// follows Jegadeesh & Titman (1993) and Moskowitz, Ooi & Pedersen (2012); the
/// price-to-moving-average term is the moving-average rule of Brock, Lakonishok & LeBaron
/// (1992).
///
/// Warm-up: `max(max(hₖ) + 1, n)` bars.
public struct MomentumFactor: Sendable {
    /// The horizons, weights and moving-average period.
    public let parameters: Parameters

    /// Creates a momentum factor.
    ///
    /// - Parameter parameters: the horizons, weights and moving-average period.
    public init(parameters: Parameters = Parameters()) {
        self.parameters = parameters
    }

    /// The momentum score from precomputed features; see the type's formula.
    ///
    /// - Parameters:
    ///   - ratesOfChange: `p_t / p_{t−hₖ} − 1` for each horizon, in the order of
    ///     ``Parameters/horizons``.
    ///   - priceToAverage: `p_t / SMA_n(p)_t − 1`.
    ///   - parameters: the weights.
    /// - Returns: the raw momentum score.
    /// - Complexity: O(number of horizons).
    @inlinable
    public static func score(ratesOfChange: [Double], priceToAverage: Double, parameters: Parameters) -> Double {
        precondition(ratesOfChange.count == parameters.horizons.count, "one rate of change per horizon")
        var score = parameters.movingAverageWeight * priceToAverage
        for k in ratesOfChange.indices { score += parameters.horizonWeights[k] * ratesOfChange[k] }
        return score
    }
}

import TradingCore

/// A composite score: the weighted sum of several (normalized) factor scores, with each
/// factor's weighted contribution exposed.
///
/// Formula: `composite = Σᵢ cᵢ`, `cᵢ = wᵢ · sᵢ`, where `sᵢ` is factor `i`'s score and `wᵢ` its
/// weight (Grinold & Kahn, *Active Portfolio Management*, ch. 14: a linear combination of
/// standardized signals). Weights need not sum to one and may be negative; a weight of
/// zero keeps a factor in the record without letting it move the score. The scores and
/// weights (``exposures(_:)``) are what a strategy attaches to its orders, so that trades
/// record them and can later be attributed to factors (see the Attribution module).
public struct CompositeScore: Hashable, Sendable {
    /// The factor names, in the order scores are passed to ``evaluate(_:contributions:)``.
    public let names: [String]
    /// The weight of each factor, parallel to ``names``.
    public let weights: [Double]

    /// Creates a composite from factor names and weights.
    ///
    /// - Parameters:
    ///   - names: distinct, non-empty factor names.
    ///   - weights: one finite weight per name.
    /// - Precondition: at least one factor; names distinct and non-empty; weights finite
    ///   and as many as names.
    public init(names: [String], weights: [Double]) {
        precondition(!names.isEmpty, "a composite needs at least one factor")
        precondition(names.count == weights.count, "one weight per factor name")
        precondition(names.allSatisfy { !$0.isEmpty } && Set(names).count == names.count, "factor names must be distinct and non-empty")
        precondition(weights.allSatisfy(\.isFinite), "factor weights must be finite")
        self.names = names
        self.weights = weights
    }

    /// Creates a composite from `(name, weight)` pairs, in order.
    ///
    /// - Parameter components: the factors and their weights, e.g.
    ///   `["momentum": 0.5, "breakout": 0.5]`.
    public init(_ components: KeyValuePairs<String, Double>) {
        self.init(names: components.map(\.key), weights: components.map(\.value))
    }

    /// The number of factors.
    @inlinable
    public var count: Int { names.count }

    /// Writes each factor's weighted contribution `wᵢ · sᵢ` into `contributions` and returns
    /// the composite `Σᵢ wᵢ · sᵢ`, or `nil` (leaving `contributions` unspecified) when any
    /// score is not finite, i.e. some factor is not ready.
    ///
    /// - Parameters:
    ///   - scores: one score per factor, in the order of ``names``.
    ///   - contributions: receives the contributions; must have ``count`` elements.
    /// - Complexity: O(number of factors), no allocation.
    @inlinable
    public func evaluate(_ scores: [Double], contributions: inout [Double]) -> Double? {
        precondition(scores.count == names.count && contributions.count == names.count, "one score and one contribution slot per factor")
        var total = 0.0
        for i in scores.indices {
            guard scores[i].isFinite else { return nil }
            let contribution = weights[i] * scores[i]
            contributions[i] = contribution
            total += contribution
        }
        return total
    }

    /// Returns each factor's score and weight, the form orders and trades record.
    ///
    /// - Parameter scores: one score per factor, in the order of ``names``, as passed to
    ///   ``evaluate(_:contributions:)``.
    /// - Complexity: O(number of factors); allocates the array, so call it when an order is
    ///   placed, not on every bar.
    public func exposures(_ scores: [Double]) -> [FactorExposure] {
        precondition(scores.count == names.count, "one score per factor")
        return names.indices.map { FactorExposure(factor: names[$0], score: scores[$0], weight: weights[$0]) }
    }
}

/// One factor's part in the score behind an entry: the factor's score, its weight in the
/// composite, and their product, the weighted contribution.
///
/// An ``OrderIntent`` carries the exposures of the decision that placed it; the
/// ``Position`` it opens keeps them and every ``Trade`` that closes the position records
/// them, so PnL can later be attributed to factors in proportion to their contributions.
public struct FactorExposure: Hashable, Sendable, Codable {
    /// The factor's name, unique within one decision (e.g. `"momentum"`).
    public var factor: String
    /// The factor's (normalized) score at the decision.
    public var score: Double
    /// The factor's weight in the composite score.
    public var weight: Double

    /// Creates an exposure.
    public init(factor: String, score: Double, weight: Double) {
        self.factor = factor
        self.score = score
        self.weight = weight
    }

    /// The weighted contribution to the composite score, `weight × score`.
    @inlinable
    public var contribution: Double { weight * score }
}

extension Sequence<FactorExposure> {
    /// The weighted contributions keyed by factor name (later duplicates are summed).
    ///
    /// - Complexity: O(n); allocates the dictionary.
    public var contributionsByFactor: [String: Double] {
        reduce(into: [:]) { $0[$1.factor, default: 0] += $1.contribution }
    }
}

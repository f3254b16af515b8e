extension MomentumFactor {
    /// The momentum factor's horizons, weights and moving-average period.
    ///
    /// Every parameter has a default, so `Parameters()` is the standard configuration and
    /// a JSON configuration only needs the members it changes.
    public struct Parameters: Hashable, Sendable {
        /// The rate-of-change look-backs `hₖ` in bars. Default `[21, 63, 126]` (about one,
        /// three and six months of daily bars).
        public let horizons: [Int]
        /// The weight `wₖ` of each horizon's rate of change. Default `[1, 1, 1]`.
        public let horizonWeights: [Double]
        /// The simple-moving-average period `n` of the price-to-average term. Default `50`.
        public let movingAveragePeriod: Int
        /// The weight `w_ma` of the price-to-average term. Default `1`.
        public let movingAverageWeight: Double

        /// Creates momentum parameters; see each property for its meaning and default.
        ///
        /// - Precondition: at least one horizon, every horizon and the moving-average
        ///   period positive, one finite weight per horizon, a finite average weight.
        public init(
            horizons: [Int] = [21, 63, 126], horizonWeights: [Double] = [1, 1, 1],
            movingAveragePeriod: Int = 50, movingAverageWeight: Double = 1
        ) {
            if let (field, reason) = Self.invalidField(
                horizons: horizons, horizonWeights: horizonWeights,
                movingAveragePeriod: movingAveragePeriod, movingAverageWeight: movingAverageWeight
            ) {
                preconditionFailure("MomentumFactor.Parameters.\(field.stringValue): \(reason)")
            }
            self.horizons = horizons
            self.horizonWeights = horizonWeights
            self.movingAveragePeriod = movingAveragePeriod
            self.movingAverageWeight = movingAverageWeight
        }

        /// The number of bars before the first raw score: `max(max(hₖ) + 1, n)`.
        public var warmUpPeriod: Int { max(horizons.max()! + 1, movingAveragePeriod) }

        /// The first parameter that is invalid and why, or `nil` when all are valid.
        static func invalidField(
            horizons: [Int], horizonWeights: [Double], movingAveragePeriod: Int, movingAverageWeight: Double
        ) -> (CodingKeys, String)? {
            if horizons.isEmpty { return (.horizons, "needs at least one horizon") }
            if let bad = horizons.first(where: { $0 <= 0 }) { return (.horizons, "horizon \(bad) is not positive") }
            if let bad = horizons.first(where: { $0 > FactorConfiguration.maximumWindow }) {
                return (.horizons, "horizon \(bad) is longer than \(FactorConfiguration.maximumWindow)")
            }
            if horizonWeights.count != horizons.count {
                return (.horizonWeights, "has \(horizonWeights.count) weights for \(horizons.count) horizons")
            }
            if !horizonWeights.allSatisfy(\.isFinite) { return (.horizonWeights, "weights must be finite") }
            if movingAveragePeriod <= 0 { return (.movingAveragePeriod, "must be positive, got \(movingAveragePeriod)") }
            if movingAveragePeriod > FactorConfiguration.maximumWindow {
                return (.movingAveragePeriod, "must be at most \(FactorConfiguration.maximumWindow), got \(movingAveragePeriod)")
            }
            if !movingAverageWeight.isFinite { return (.movingAverageWeight, "must be finite") }
            return nil
        }
    }
}

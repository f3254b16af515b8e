extension BreakoutFactor {
    /// The breakout factor's periods and weights.
    ///
    /// Every parameter has a default, so `Parameters()` is the standard configuration and
    /// a JSON configuration only needs the members it changes.
    public struct Parameters: Hashable, Sendable {
        /// The channel length `N`: the close is compared with the highest high of the `N`
        /// bars before it. Default `55` (the Turtle rules' long breakout).
        public let channelPeriod: Int
        /// The period of the average true range that scales the distance. Default `20`
        /// (the Turtle rules' `N`).
        public let volatilityPeriod: Int
        /// The number of bars in the volume z-score window. Default `20`.
        public let volumePeriod: Int
        /// The weight `w_d` of the volatility-scaled distance term. Default `1`.
        public let distanceWeight: Double
        /// The weight `w_v` of the volume term. Default `0.5`.
        public let volumeWeight: Double
        /// The clip `c` applied to the volume z-score before weighting. Default `3`.
        public let volumeClip: Double

        /// Creates breakout parameters; see each property for its meaning and default.
        ///
        /// - Precondition: periods positive (the volume period at least 2), weights
        ///   finite, the volume clip positive.
        public init(
            channelPeriod: Int = 55, volatilityPeriod: Int = 20, volumePeriod: Int = 20,
            distanceWeight: Double = 1, volumeWeight: Double = 0.5, volumeClip: Double = 3
        ) {
            if let (field, reason) = Self.invalidField(
                channelPeriod: channelPeriod, volatilityPeriod: volatilityPeriod, volumePeriod: volumePeriod,
                distanceWeight: distanceWeight, volumeWeight: volumeWeight, volumeClip: volumeClip
            ) {
                preconditionFailure("BreakoutFactor.Parameters.\(field.stringValue): \(reason)")
            }
            self.channelPeriod = channelPeriod
            self.volatilityPeriod = volatilityPeriod
            self.volumePeriod = volumePeriod
            self.distanceWeight = distanceWeight
            self.volumeWeight = volumeWeight
            self.volumeClip = volumeClip
        }

        /// The first parameter that is invalid and why, or `nil` when all are valid.
        static func invalidField(
            channelPeriod: Int, volatilityPeriod: Int, volumePeriod: Int,
            distanceWeight: Double, volumeWeight: Double, volumeClip: Double
        ) -> (CodingKeys, String)? {
            if channelPeriod <= 0 { return (.channelPeriod, "must be positive, got \(channelPeriod)") }
            if volatilityPeriod <= 0 { return (.volatilityPeriod, "must be positive, got \(volatilityPeriod)") }
            if volumePeriod < 2 { return (.volumePeriod, "must be at least 2, got \(volumePeriod)") }
            let limit = FactorConfiguration.maximumWindow
            for (key, period) in [(CodingKeys.channelPeriod, channelPeriod), (.volatilityPeriod, volatilityPeriod), (.volumePeriod, volumePeriod)]
            where period > limit {
                return (key, "must be at most \(limit), got \(period)")
            }
            if !distanceWeight.isFinite { return (.distanceWeight, "must be finite") }
            if !volumeWeight.isFinite { return (.volumeWeight, "must be finite") }
            if !(volumeClip > 0) { return (.volumeClip, "must be positive") }
            return nil
        }
    }
}

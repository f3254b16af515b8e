extension BreakoutFactor {
    /// The inputs of one breakout score: what a strategy checks to confirm a breakout and
    /// sizes its stop with.
    public struct Features: Hashable, Sendable {
        /// The bar's close.
        public var close: Double
        /// The highest high of the `N` bars before the bar (the channel top).
        public var priorHigh: Double
        /// The lowest low of the `N` bars before the bar (the channel bottom).
        public var priorLow: Double
        /// Wilder's average true range at the bar.
        public var averageTrueRange: Double
        /// The z-score of the bar's volume within the volume window.
        public var volumeZScore: Double

        /// Creates a feature record.
        ///
        /// - Parameters:
        ///   - close: the bar's close.
        ///   - priorHigh: the highest high of the `N` bars before the bar.
        ///   - priorLow: the lowest low of the `N` bars before the bar.
        ///   - averageTrueRange: the average true range at the bar.
        ///   - volumeZScore: the z-score of the bar's volume.
        @inlinable
        public init(close: Double, priorHigh: Double, priorLow: Double, averageTrueRange: Double, volumeZScore: Double) {
            self.close = close
            self.priorHigh = priorHigh
            self.priorLow = priorLow
            self.averageTrueRange = averageTrueRange
            self.volumeZScore = volumeZScore
        }

        /// Whether the close is above the prior channel top (an upside breakout).
        @inlinable
        public var isBreakout: Bool { close > priorHigh }

        /// Whether the close is below the prior channel bottom (a downside breakdown).
        @inlinable
        public var isBreakdown: Bool { close < priorLow }
    }
}

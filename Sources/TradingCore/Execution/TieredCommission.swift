/// A percent-of-notional commission whose rate depends on the fill's notional.
///
/// Each tier applies its rate to fills whose notional is below its `upTo` bound; the last
/// tier should have `upTo: .infinity`. The whole notional is charged at the rate of the tier
/// it falls in (not marginally), as most broker schedules do.
public struct TieredCommission: CommissionModel, Hashable {
    /// One bracket of the schedule.
    public struct Tier: Hashable, Sendable {
        /// The exclusive upper bound of notional this tier covers.
        public var upTo: Double
        /// The fraction of notional charged.
        public var rate: Double

        /// Creates a tier.
        public init(upTo: Double, rate: Double) {
            self.upTo = upTo
            self.rate = rate
        }
    }

    /// The tiers in increasing `upTo` order.
    public var tiers: [Tier]

    /// Creates the model. - Precondition: tiers non-empty, increasing bounds, rates ≥ 0.
    public init(tiers: [Tier]) {
        precondition(!tiers.isEmpty && zip(tiers, tiers.dropFirst()).allSatisfy { $0.upTo < $1.upTo }, "tiers must have increasing bounds")
        precondition(tiers.allSatisfy { $0.rate >= 0 }, "tier rates must be non-negative")
        self.tiers = tiers
    }

    /// `rate(tier of notional) × notional`; notional beyond the last bound uses the last rate.
    ///
    /// - Complexity: O(tiers).
    public func commission(quantity: Double, price: Double) -> Double {
        let notional = quantity * price
        let tier = tiers.first { notional < $0.upTo } ?? tiers[tiers.count - 1]
        return notional * tier.rate
    }
}

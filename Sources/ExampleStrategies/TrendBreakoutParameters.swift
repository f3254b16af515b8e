import Factors

/// Every setting of ``TrendBreakoutStrategy``, each with its default.
///
/// `TrendBreakoutParameters()` is the standard system; a JSON file (see
/// ``TrendBreakoutParameters/init(from:)``) only needs the members it changes.
public struct TrendBreakoutParameters: Hashable, Sendable {
    /// The factors, their normalization and the composite weights. Default
    /// `FactorConfiguration()`: momentum (21/63/126-bar ROC, price vs 50-bar SMA) and
    /// breakout (55-bar channel, 20-bar ATR, 20-bar volume z-score), each z-scored over 126
    /// bars, clipped at ±3 and weighted 0.5.
    public let factors: FactorConfiguration
    /// The composite score a long entry must exceed (a short entry must fall below its
    /// negative). Default `0.5`.
    public let entryThreshold: Double
    /// A long position is closed when the composite falls below this (a short when it rises
    /// above its negative). Default `-0.25`.
    public let exitThreshold: Double
    /// The smallest volume z-score that confirms a breakout. Default `0.5`.
    public let minimumVolumeZScore: Double
    /// The trailing stop distance in ATRs, from the highest high (lowest low for shorts)
    /// since entry; also the stop distance of fixed-risk sizing. Default `3`.
    public let stopMultiple: Double
    /// Positions are closed once they have been held this many bars (engine steps, counted
    /// as ``TradingCore/Trade/barsHeld`` counts them); the exit fills at the next open.
    /// Default `120`.
    public let maximumHoldingBars: Int
    /// Whether downside breakdowns open short positions. Default `false` (long only).
    public let allowsShorts: Bool
    /// How new positions are sized. Default `.equalWeight`.
    public let sizing: TrendBreakoutSizing
    /// The share of each instrument's equal slice of equity that equal-weight sizing
    /// invests (room for gaps and costs), and the cap of fixed-risk sizing. Default `0.95`.
    public let investedFraction: Double
    /// The fraction of equity risked per position under fixed-risk sizing. Default `0.01`.
    public let riskFraction: Double

    /// Creates parameters; see each property for its meaning and default.
    ///
    /// - Precondition: thresholds finite with `exitThreshold < entryThreshold`, stop multiple
    ///   and holding period positive, volume threshold finite, `investedFraction` and
    ///   `riskFraction` in (0, 1].
    public init(
        factors: FactorConfiguration = FactorConfiguration(), entryThreshold: Double = 0.5, exitThreshold: Double = -0.25,
        minimumVolumeZScore: Double = 0.5, stopMultiple: Double = 3, maximumHoldingBars: Int = 120,
        allowsShorts: Bool = false, sizing: TrendBreakoutSizing = .equalWeight,
        investedFraction: Double = 0.95, riskFraction: Double = 0.01
    ) {
        if let (field, reason) = Self.invalidField(
            entryThreshold: entryThreshold, exitThreshold: exitThreshold, minimumVolumeZScore: minimumVolumeZScore,
            stopMultiple: stopMultiple, maximumHoldingBars: maximumHoldingBars,
            investedFraction: investedFraction, riskFraction: riskFraction
        ) {
            preconditionFailure("TrendBreakoutParameters.\(field.stringValue): \(reason)")
        }
        self.factors = factors
        self.entryThreshold = entryThreshold
        self.exitThreshold = exitThreshold
        self.minimumVolumeZScore = minimumVolumeZScore
        self.stopMultiple = stopMultiple
        self.maximumHoldingBars = maximumHoldingBars
        self.allowsShorts = allowsShorts
        self.sizing = sizing
        self.investedFraction = investedFraction
        self.riskFraction = riskFraction
    }

    /// The bars an instrument needs before its composite score exists and the strategy can
    /// trade it: the slower factor's warm-up plus `normalizationWindow − 1` (252 with the
    /// defaults).
    public var warmUpPeriod: Int {
        max(factors.makeMomentumFactor().warmUpPeriod, factors.makeBreakoutFactor().warmUpPeriod)
    }

    /// Returns a copy with `sizing` replaced.
    public func with(sizing: TrendBreakoutSizing) -> TrendBreakoutParameters {
        TrendBreakoutParameters(
            factors: factors, entryThreshold: entryThreshold, exitThreshold: exitThreshold,
            minimumVolumeZScore: minimumVolumeZScore, stopMultiple: stopMultiple, maximumHoldingBars: maximumHoldingBars,
            allowsShorts: allowsShorts, sizing: sizing, investedFraction: investedFraction, riskFraction: riskFraction
        )
    }

    /// The first member that is invalid and why, or `nil` when all are valid.
    static func invalidField(
        entryThreshold: Double, exitThreshold: Double, minimumVolumeZScore: Double, stopMultiple: Double,
        maximumHoldingBars: Int, investedFraction: Double, riskFraction: Double
    ) -> (CodingKeys, String)? {
        if !entryThreshold.isFinite { return (.entryThreshold, "must be finite") }
        if !exitThreshold.isFinite || exitThreshold >= entryThreshold {
            return (.exitThreshold, "must be finite and below entryThreshold (\(entryThreshold))")
        }
        if !minimumVolumeZScore.isFinite { return (.minimumVolumeZScore, "must be finite") }
        if !(stopMultiple > 0) || !stopMultiple.isFinite { return (.stopMultiple, "must be a positive number") }
        if maximumHoldingBars <= 0 { return (.maximumHoldingBars, "must be positive, got \(maximumHoldingBars)") }
        if !(investedFraction > 0 && investedFraction <= 1) { return (.investedFraction, "must lie in (0, 1]") }
        if !(riskFraction > 0 && riskFraction <= 1) { return (.riskFraction, "must lie in (0, 1]") }
        return nil
    }
}

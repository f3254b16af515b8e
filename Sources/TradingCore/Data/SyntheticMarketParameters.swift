/// The statistical character of one synthetic instrument (see ``SyntheticMarketGenerator``).
///
/// Rates are annual; the generator converts them with its `periodsPerYear`.
public struct SyntheticMarketParameters: Hashable, Sendable {
    /// The close before the first generated bar.
    public var initialPrice: Double
    /// Expected annual return in the calm regime (e.g. 0.08).
    public var annualDrift: Double
    /// Long-run annual volatility of the calm regime (e.g. 0.25).
    public var annualVolatility: Double
    /// Degrees of freedom ν of the Student-t shocks (≥ 3; smaller is fatter-tailed).
    public var tailDegreesOfFreedom: Int
    /// GARCH(1,1) reaction α to the last squared shock.
    public var garchAlpha: Double
    /// GARCH(1,1) persistence β of the last variance; `α + β < 1`.
    public var garchBeta: Double
    /// Per-bar probability of switching from the calm to the stressed regime.
    public var stressEntryProbability: Double
    /// Per-bar probability of switching from the stressed back to the calm regime.
    public var stressExitProbability: Double
    /// Annual drift added in the stressed regime (negative for sell-offs).
    public var stressDriftShift: Double
    /// Volatility multiplier in the stressed regime.
    public var stressVolatilityMultiplier: Double
    /// Standard deviation of the open's gap from the previous close, as a fraction of the
    /// bar's volatility.
    public var openGapScale: Double
    /// Scale of the high/low excursions beyond open and close, as a fraction of the bar's volatility.
    public var intrabarRangeScale: Double
    /// Average volume per bar in calm conditions.
    public var averageVolume: Double
    /// How strongly volume rises with the size of the bar's move (0 = independent).
    public var volumeSensitivity: Double
    /// Prices are rounded to multiples of this (the instrument's tick).
    public var tickSize: Double

    /// Creates parameters; defaults describe a generic large-cap stock.
    ///
    /// - Precondition: `initialPrice > 0`, `annualVolatility > 0`, `tailDegreesOfFreedom ≥ 3`,
    ///   `garchAlpha ≥ 0`, `garchBeta ≥ 0`, `garchAlpha + garchBeta < 1`, probabilities in
    ///   `[0, 1]`, `tickSize > 0`.
    public init(
        initialPrice: Double = 100, annualDrift: Double = 0.07, annualVolatility: Double = 0.25,
        tailDegreesOfFreedom: Int = 5, garchAlpha: Double = 0.08, garchBeta: Double = 0.90,
        stressEntryProbability: Double = 0.01, stressExitProbability: Double = 0.05,
        stressDriftShift: Double = -0.40, stressVolatilityMultiplier: Double = 1.8,
        openGapScale: Double = 0.3, intrabarRangeScale: Double = 0.6,
        averageVolume: Double = 5_000_000, volumeSensitivity: Double = 0.5, tickSize: Double = 0.01
    ) {
        precondition(initialPrice > 0 && annualVolatility > 0 && tickSize > 0, "price, volatility and tick must be positive")
        precondition(tailDegreesOfFreedom >= 3, "Student-t shocks need at least 3 degrees of freedom for a finite variance")
        precondition(garchAlpha >= 0 && garchBeta >= 0 && garchAlpha + garchBeta < 1, "GARCH(1,1) needs α, β ≥ 0 and α + β < 1")
        precondition((0...1).contains(stressEntryProbability) && (0...1).contains(stressExitProbability), "probabilities lie in [0, 1]")
        self.initialPrice = initialPrice
        self.annualDrift = annualDrift
        self.annualVolatility = annualVolatility
        self.tailDegreesOfFreedom = tailDegreesOfFreedom
        self.garchAlpha = garchAlpha
        self.garchBeta = garchBeta
        self.stressEntryProbability = stressEntryProbability
        self.stressExitProbability = stressExitProbability
        self.stressDriftShift = stressDriftShift
        self.stressVolatilityMultiplier = stressVolatilityMultiplier
        self.openGapScale = openGapScale
        self.intrabarRangeScale = intrabarRangeScale
        self.averageVolume = averageVolume
        self.volumeSensitivity = volumeSensitivity
        self.tickSize = tickSize
    }
}

/// The factor set of a momentum-plus-breakout system: each factor's parameters, the
/// normalization and the composite weights, from code or a JSON file.
///
/// JSON form (every member optional; absent members take the defaults shown):
///
/// ```json
/// {
///   "momentum": { "horizons": [21, 63, 126], "horizonWeights": [1, 1, 1],
///                 "movingAveragePeriod": 50, "movingAverageWeight": 1 },
///   "breakout": { "channelPeriod": 55, "volatilityPeriod": 20, "volumePeriod": 20,
///                 "distanceWeight": 1, "volumeWeight": 0.5, "volumeClip": 3 },
///   "normalizationWindow": 126,
///   "clipLimit": 3,
///   "momentumWeight": 0.5,
///   "breakoutWeight": 0.5
/// }
/// ```
///
/// Load it with `ConfigurationFile.decode(FactorConfiguration.self, fromFile:)`.
public struct FactorConfiguration: Hashable, Sendable {
    /// The name under which the momentum factor's contribution is recorded.
    public static let momentumName = "momentum"
    /// The name under which the breakout factor's contribution is recorded.
    public static let breakoutName = "breakout"

    /// The momentum factor's parameters. Default `MomentumFactor.Parameters()`.
    public let momentum: MomentumFactor.Parameters
    /// The breakout factor's parameters. Default `BreakoutFactor.Parameters()`.
    public let breakout: BreakoutFactor.Parameters
    /// The rolling z-score window applied to each raw factor score, in bars. Default `126`.
    public let normalizationWindow: Int
    /// The symmetric clip applied to each normalized score. Default `3`.
    public let clipLimit: Double
    /// The composite weight of the momentum factor. Default `0.5`.
    public let momentumWeight: Double
    /// The composite weight of the breakout factor. Default `0.5`.
    public let breakoutWeight: Double

    /// Creates a factor configuration; see each property for its meaning and default.
    ///
    /// - Precondition: `normalizationWindow >= 2`, `clipLimit > 0`, weights finite.
    public init(
        momentum: MomentumFactor.Parameters = .init(), breakout: BreakoutFactor.Parameters = .init(),
        normalizationWindow: Int = 126, clipLimit: Double = 3, momentumWeight: Double = 0.5, breakoutWeight: Double = 0.5
    ) {
        if let (field, reason) = Self.invalidField(
            normalizationWindow: normalizationWindow, clipLimit: clipLimit,
            momentumWeight: momentumWeight, breakoutWeight: breakoutWeight
        ) {
            preconditionFailure("FactorConfiguration.\(field.stringValue): \(reason)")
        }
        self.momentum = momentum
        self.breakout = breakout
        self.normalizationWindow = normalizationWindow
        self.clipLimit = clipLimit
        self.momentumWeight = momentumWeight
        self.breakoutWeight = breakoutWeight
    }

    /// The composite of the two normalized factors, momentum first.
    public var composite: CompositeScore {
        CompositeScore(names: [Self.momentumName, Self.breakoutName], weights: [momentumWeight, breakoutWeight])
    }

    /// The clipping applied to each normalized score.
    public var clipping: Clipping { Clipping(limit: clipLimit) }

    /// A fresh momentum factor, normalized with this configuration's window and clip.
    public func makeMomentumFactor() -> NormalizedFactor<MomentumFactor> {
        NormalizedFactor(MomentumFactor(parameters: momentum), window: normalizationWindow, clipping: clipping)
    }

    /// A fresh breakout factor, normalized with this configuration's window and clip.
    public func makeBreakoutFactor() -> NormalizedFactor<BreakoutFactor> {
        NormalizedFactor(BreakoutFactor(parameters: breakout), window: normalizationWindow, clipping: clipping)
    }

    /// The longest window (periods, horizons, lookbacks) a configuration file may ask for,
    /// TA-Lib's bound on a period: a longer one could only exhaust memory.
    public static let maximumWindow = 100_000

    /// The first member that is invalid and why, or `nil` when all are valid.
    static func invalidField(
        normalizationWindow: Int, clipLimit: Double, momentumWeight: Double, breakoutWeight: Double
    ) -> (CodingKeys, String)? {
        if normalizationWindow < 2 { return (.normalizationWindow, "must be at least 2, got \(normalizationWindow)") }
        if normalizationWindow > maximumWindow { return (.normalizationWindow, "must be at most \(maximumWindow), got \(normalizationWindow)") }
        if !(clipLimit > 0) || !clipLimit.isFinite { return (.clipLimit, "must be a positive number") }
        if !momentumWeight.isFinite { return (.momentumWeight, "must be finite") }
        if !breakoutWeight.isFinite { return (.breakoutWeight, "must be finite") }
        return nil
    }
}

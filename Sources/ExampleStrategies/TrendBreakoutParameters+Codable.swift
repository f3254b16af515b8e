import Factors
import TradingCore

extension TrendBreakoutParameters: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case factors, entryThreshold, exitThreshold, minimumVolumeZScore, stopMultiple, maximumHoldingBars
        case allowsShorts, sizing, investedFraction, riskFraction
    }

    /// Decodes parameters from a JSON object; absent or `null` members take their defaults.
    ///
    /// ```json
    /// { "entryThreshold": 0.75, "sizing": "fixed-risk", "riskFraction": 0.005,
    ///   "factors": { "momentumWeight": 0.7, "breakoutWeight": 0.3 } }
    /// ```
    ///
    /// - Throws: `DecodingError` naming the member when a member is unknown, has the wrong
    ///   type or an invalid value (read files with `ConfigurationFile.decode(_:fromFile:)`).
    public init(from decoder: any Decoder) throws {
        try JSONSyntax.rejectUnknownKeys(in: decoder, allowing: CodingKeys.allCases.map(\.stringValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = Self()
        let factors = try container.decodeIfPresent(FactorConfiguration.self, forKey: .factors) ?? defaults.factors
        let entryThreshold = try container.decodeIfPresent(Double.self, forKey: .entryThreshold) ?? defaults.entryThreshold
        let exitThreshold = try container.decodeIfPresent(Double.self, forKey: .exitThreshold) ?? defaults.exitThreshold
        let minimumVolumeZScore = try container.decodeIfPresent(Double.self, forKey: .minimumVolumeZScore) ?? defaults.minimumVolumeZScore
        let stopMultiple = try container.decodeIfPresent(Double.self, forKey: .stopMultiple) ?? defaults.stopMultiple
        let maximumHoldingBars = try container.decodeIfPresent(Int.self, forKey: .maximumHoldingBars) ?? defaults.maximumHoldingBars
        let allowsShorts = try container.decodeIfPresent(Bool.self, forKey: .allowsShorts) ?? defaults.allowsShorts
        let sizing = try container.decodeIfPresent(TrendBreakoutSizing.self, forKey: .sizing) ?? defaults.sizing
        let investedFraction = try container.decodeIfPresent(Double.self, forKey: .investedFraction) ?? defaults.investedFraction
        let riskFraction = try container.decodeIfPresent(Double.self, forKey: .riskFraction) ?? defaults.riskFraction
        if let (field, reason) = Self.invalidField(
            entryThreshold: entryThreshold, exitThreshold: exitThreshold, minimumVolumeZScore: minimumVolumeZScore,
            stopMultiple: stopMultiple, maximumHoldingBars: maximumHoldingBars,
            investedFraction: investedFraction, riskFraction: riskFraction
        ) {
            throw DecodingError.dataCorruptedError(forKey: field, in: container, debugDescription: reason)
        }
        self.init(
            factors: factors, entryThreshold: entryThreshold, exitThreshold: exitThreshold,
            minimumVolumeZScore: minimumVolumeZScore, stopMultiple: stopMultiple, maximumHoldingBars: maximumHoldingBars,
            allowsShorts: allowsShorts, sizing: sizing, investedFraction: investedFraction, riskFraction: riskFraction
        )
    }

    /// Encodes every member, defaults included, so the output documents the full configuration.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(factors, forKey: .factors)
        try container.encode(entryThreshold, forKey: .entryThreshold)
        try container.encode(exitThreshold, forKey: .exitThreshold)
        try container.encode(minimumVolumeZScore, forKey: .minimumVolumeZScore)
        try container.encode(stopMultiple, forKey: .stopMultiple)
        try container.encode(maximumHoldingBars, forKey: .maximumHoldingBars)
        try container.encode(allowsShorts, forKey: .allowsShorts)
        try container.encode(sizing, forKey: .sizing)
        try container.encode(investedFraction, forKey: .investedFraction)
        try container.encode(riskFraction, forKey: .riskFraction)
    }
}

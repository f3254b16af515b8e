import TradingCore

extension MomentumFactor.Parameters: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case horizons, horizonWeights, movingAveragePeriod, movingAverageWeight
    }

    /// Decodes parameters from a JSON object; absent or `null` members take their defaults, except
    /// that when `horizons` is given without `horizonWeights` every horizon weighs 1.
    ///
    /// - Throws: `DecodingError` naming the member when a member is unknown, has the wrong
    ///   type or an invalid value.
    public init(from decoder: any Decoder) throws {
        try JSONSyntax.rejectUnknownKeys(in: decoder, allowing: CodingKeys.allCases.map(\.stringValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = Self()
        let horizons = try container.decodeIfPresent([Int].self, forKey: .horizons) ?? defaults.horizons
        let horizonWeights = try container.decodeIfPresent([Double].self, forKey: .horizonWeights)
            ?? (container.contains(.horizons) ? Array(repeating: 1, count: horizons.count) : defaults.horizonWeights)
        let movingAveragePeriod = try container.decodeIfPresent(Int.self, forKey: .movingAveragePeriod) ?? defaults.movingAveragePeriod
        let movingAverageWeight = try container.decodeIfPresent(Double.self, forKey: .movingAverageWeight) ?? defaults.movingAverageWeight
        if let (field, reason) = Self.invalidField(
            horizons: horizons, horizonWeights: horizonWeights,
            movingAveragePeriod: movingAveragePeriod, movingAverageWeight: movingAverageWeight
        ) {
            throw DecodingError.dataCorruptedError(forKey: field, in: container, debugDescription: reason)
        }
        self.init(
            horizons: horizons, horizonWeights: horizonWeights,
            movingAveragePeriod: movingAveragePeriod, movingAverageWeight: movingAverageWeight
        )
    }

    /// Encodes every member, defaults included, so the output documents the full configuration.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(horizons, forKey: .horizons)
        try container.encode(horizonWeights, forKey: .horizonWeights)
        try container.encode(movingAveragePeriod, forKey: .movingAveragePeriod)
        try container.encode(movingAverageWeight, forKey: .movingAverageWeight)
    }
}

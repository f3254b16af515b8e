import TradingCore

extension BreakoutFactor.Parameters: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case channelPeriod, volatilityPeriod, volumePeriod, distanceWeight, volumeWeight, volumeClip
    }

    /// Decodes parameters from a JSON object; absent or `null` members take their defaults.
    ///
    /// - Throws: `DecodingError` naming the member when a member is unknown, has the wrong
    ///   type or an invalid value.
    public init(from decoder: any Decoder) throws {
        try JSONSyntax.rejectUnknownKeys(in: decoder, allowing: CodingKeys.allCases.map(\.stringValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = Self()
        let channelPeriod = try container.decodeIfPresent(Int.self, forKey: .channelPeriod) ?? defaults.channelPeriod
        let volatilityPeriod = try container.decodeIfPresent(Int.self, forKey: .volatilityPeriod) ?? defaults.volatilityPeriod
        let volumePeriod = try container.decodeIfPresent(Int.self, forKey: .volumePeriod) ?? defaults.volumePeriod
        let distanceWeight = try container.decodeIfPresent(Double.self, forKey: .distanceWeight) ?? defaults.distanceWeight
        let volumeWeight = try container.decodeIfPresent(Double.self, forKey: .volumeWeight) ?? defaults.volumeWeight
        let volumeClip = try container.decodeIfPresent(Double.self, forKey: .volumeClip) ?? defaults.volumeClip
        if let (field, reason) = Self.invalidField(
            channelPeriod: channelPeriod, volatilityPeriod: volatilityPeriod, volumePeriod: volumePeriod,
            distanceWeight: distanceWeight, volumeWeight: volumeWeight, volumeClip: volumeClip
        ) {
            throw DecodingError.dataCorruptedError(forKey: field, in: container, debugDescription: reason)
        }
        self.init(
            channelPeriod: channelPeriod, volatilityPeriod: volatilityPeriod, volumePeriod: volumePeriod,
            distanceWeight: distanceWeight, volumeWeight: volumeWeight, volumeClip: volumeClip
        )
    }

    /// Encodes every member, defaults included, so the output documents the full configuration.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(channelPeriod, forKey: .channelPeriod)
        try container.encode(volatilityPeriod, forKey: .volatilityPeriod)
        try container.encode(volumePeriod, forKey: .volumePeriod)
        try container.encode(distanceWeight, forKey: .distanceWeight)
        try container.encode(volumeWeight, forKey: .volumeWeight)
        try container.encode(volumeClip, forKey: .volumeClip)
    }
}

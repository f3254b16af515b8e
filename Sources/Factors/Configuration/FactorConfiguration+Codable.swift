import TradingCore

extension FactorConfiguration: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case momentum, breakout, normalizationWindow, clipLimit, momentumWeight, breakoutWeight
    }

    /// Decodes a configuration from a JSON object; absent or `null` members take their defaults.
    ///
    /// - Throws: `DecodingError` naming the member when a member is unknown, has the wrong
    ///   type or an invalid value.
    public init(from decoder: any Decoder) throws {
        try JSONSyntax.rejectUnknownKeys(in: decoder, allowing: CodingKeys.allCases.map(\.stringValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = Self()
        let momentum = try container.decodeIfPresent(MomentumFactor.Parameters.self, forKey: .momentum) ?? defaults.momentum
        let breakout = try container.decodeIfPresent(BreakoutFactor.Parameters.self, forKey: .breakout) ?? defaults.breakout
        let window = try container.decodeIfPresent(Int.self, forKey: .normalizationWindow) ?? defaults.normalizationWindow
        let clipLimit = try container.decodeIfPresent(Double.self, forKey: .clipLimit) ?? defaults.clipLimit
        let momentumWeight = try container.decodeIfPresent(Double.self, forKey: .momentumWeight) ?? defaults.momentumWeight
        let breakoutWeight = try container.decodeIfPresent(Double.self, forKey: .breakoutWeight) ?? defaults.breakoutWeight
        if let (field, reason) = Self.invalidField(
            normalizationWindow: window, clipLimit: clipLimit, momentumWeight: momentumWeight, breakoutWeight: breakoutWeight
        ) {
            throw DecodingError.dataCorruptedError(forKey: field, in: container, debugDescription: reason)
        }
        self.init(
            momentum: momentum, breakout: breakout, normalizationWindow: window,
            clipLimit: clipLimit, momentumWeight: momentumWeight, breakoutWeight: breakoutWeight
        )
    }

    /// Encodes every member, defaults included, so the output documents the full configuration.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(momentum, forKey: .momentum)
        try container.encode(breakout, forKey: .breakout)
        try container.encode(normalizationWindow, forKey: .normalizationWindow)
        try container.encode(clipLimit, forKey: .clipLimit)
        try container.encode(momentumWeight, forKey: .momentumWeight)
        try container.encode(breakoutWeight, forKey: .breakoutWeight)
    }
}

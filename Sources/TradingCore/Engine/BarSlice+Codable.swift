extension BarSlice: Codable {
    private enum CodingKeys: String, CodingKey {
        case timestamp, bars
    }

    /// Decodes `{"timestamp": …, "bars": [bar or null, …]}` (one entry per instrument).
    ///
    /// - Throws: `DecodingError` when a bar's timestamp differs from the slice's.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let timestamp = try container.decode(Timestamp.self, forKey: .timestamp)
        let bars = try container.decode([Bar?].self, forKey: .bars)
        guard bars.allSatisfy({ $0 == nil || $0?.timestamp == timestamp }) else {
            throw DecodingError.dataCorruptedError(forKey: .bars, in: container, debugDescription: "a bar's timestamp differs from the slice's")
        }
        self.init(timestamp: timestamp, bars: bars)
    }

    /// Encodes the timestamp and, per instrument, its bar or `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(timestamp, forKey: .timestamp)
        try container.encode((0..<instrumentCount).map { self[$0] }, forKey: .bars)
    }
}

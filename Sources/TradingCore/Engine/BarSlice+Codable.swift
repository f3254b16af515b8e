extension BarSlice: Equatable {
    /// Slices are equal when they have the same timestamp and the same bar (or none) for
    /// every instrument; what an absent instrument's storage holds does not matter.
    public static func == (lhs: BarSlice, rhs: BarSlice) -> Bool {
        guard lhs.timestamp == rhs.timestamp, lhs.instrumentCount == rhs.instrumentCount else { return false }
        return (0..<lhs.instrumentCount).allSatisfy { lhs[$0] == rhs[$0] }
    }
}

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

/// A coding key for any JSON object member, used to list the members actually present.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Decoder {
    /// Throws a `DecodingError` naming the first member of the current JSON object whose
    /// key is not in `allowed`, so that a misspelt option fails loudly instead of being
    /// silently replaced by its default.
    func rejectUnknownKeys(allowing allowed: [String]) throws {
        let container = try container(keyedBy: AnyCodingKey.self)
        for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) where !allowed.contains(key.stringValue) {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "unknown field; expected one of \(allowed.joined(separator: ", "))"
            )
        }
    }
}

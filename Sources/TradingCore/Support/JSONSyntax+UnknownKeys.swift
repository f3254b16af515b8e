/// A coding key for any JSON object member, used to list the members actually present.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension JSONSyntax {
    /// Throws a `DecodingError` naming the first member (in key order) of the JSON object
    /// `decoder` is positioned at whose key is not in `allowed`, so that a misspelt option
    /// fails loudly instead of being silently replaced by its default. Call it first in a
    /// configuration type's `init(from:)`.
    ///
    /// - Parameters:
    ///   - decoder: the decoder passed to `init(from:)`.
    ///   - allowed: the member names the type understands.
    /// - Throws: `DecodingError.dataCorrupted` at the unknown member, or the decoder's error
    ///   when the value is not an object.
    public static func rejectUnknownKeys(in decoder: any Decoder, allowing allowed: [String]) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) where !allowed.contains(key.stringValue) {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "unknown field; expected one of \(allowed.joined(separator: ", "))"
            )
        }
    }
}

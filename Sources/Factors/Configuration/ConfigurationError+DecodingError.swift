import TradingCore

extension ConfigurationError {
    /// Translates a `DecodingError` on `json` (the decoded bytes, already checked for strict
    /// syntax by ``ConfigurationFile``) into a message naming the member's path. A number the
    /// decoder could not convert (reported without a member) is located by decoding again
    /// with `decode` (``TradingCore/JSONSyntax/unreadableNumber(in:decode:)``).
    init(file: String, decodingError: DecodingError, json: [UInt8], decode: ([UInt8]) -> DecodingError?) {
        func path(_ codingPath: [any CodingKey]) -> String? {
            codingPath.isEmpty ? nil : JSONSyntax.memberPath(codingPath)
        }
        switch decodingError {
        case let .keyNotFound(key, context):
            self.init(file: file, field: path(context.codingPath + [key]), message: "required member is missing")
        case let .typeMismatch(expected, context):
            self.init(file: file, field: path(context.codingPath), message: "expected \(Self.describe(expected))")
        case let .valueNotFound(expected, context):
            self.init(file: file, field: path(context.codingPath), message: "expected \(Self.describe(expected)), found null")
        case let .dataCorrupted(context):
            if context.codingPath.isEmpty, let number = JSONSyntax.unreadableNumber(in: json, decode: decode) {
                self.init(file: file, field: number.token.path.isEmpty ? nil : number.token.path, message: "\(number)")
            } else if context.codingPath.isEmpty {
                let detail = context.underlyingError.map { " (\(String(describing: $0)))" } ?? ""
                self.init(file: file, field: nil, message: "not valid JSON: \(context.debugDescription)\(detail)")
            } else {
                self.init(file: file, field: path(context.codingPath), message: context.debugDescription)
            }
        @unknown default:
            self.init(file: file, field: nil, message: String(describing: decodingError))
        }
    }

    /// A user-facing name for an expected JSON type.
    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        default: String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }
}

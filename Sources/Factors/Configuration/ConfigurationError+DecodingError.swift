import TradingCore

extension ConfigurationError {
    /// Translates a `DecodingError` into a message naming the member's path, or, for text
    /// that is not JSON, the line and column of its first syntax error in `json` (the
    /// decoded bytes; the decoder gives no position).
    init(file: String, decodingError: DecodingError, json: [UInt8]) {
        func path(_ codingPath: [any CodingKey]) -> String? {
            guard !codingPath.isEmpty else { return nil }
            var text = ""
            for key in codingPath {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return text
        }
        switch decodingError {
        case let .keyNotFound(key, context):
            self.init(file: file, field: path(context.codingPath + [key]), message: "required member is missing")
        case let .typeMismatch(expected, context):
            self.init(file: file, field: path(context.codingPath), message: "expected \(Self.describe(expected))")
        case let .valueNotFound(expected, context):
            self.init(file: file, field: path(context.codingPath), message: "expected \(Self.describe(expected)), found null")
        case let .dataCorrupted(context):
            if context.codingPath.isEmpty, let problem = JSONSyntax.firstProblem(in: json) {
                self.init(file: file, field: nil, message: "not valid JSON: \(problem)")
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

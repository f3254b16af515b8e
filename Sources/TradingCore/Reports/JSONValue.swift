/// A JSON document tree with a deterministic writer.
///
/// TradingKit writes its JSON outputs (`summary.json`, `--json`) through this type rather
/// than `JSONEncoder`, so that the bytes are identical from run to run and platform to
/// platform:
///
/// * object members keep the order they were given in (no key sorting, no hashing);
/// * numbers are the shortest decimal that round-trips to the same `Double`
///   (`Double.description`'s digits), written in positional notation (`0.00001`, not
///   `1e-05`); integers are written without a fraction;
/// * non-finite numbers (`nan`, `±inf`, which JSON cannot represent) are written as `null`;
/// * strings escape `"`, `\`, and every control character below U+0020 (RFC 8259 §7);
///   other characters are written as UTF-8.
///
/// Build values with literals: `let json: JSONValue = ["name": "GOOG", "count": 3, "pnl": 1.5]`.
public enum JSONValue: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer, written without a fraction.
    case integer(Int)
    /// A floating-point number; non-finite values are written as `null`.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object whose members are written in this order; keys should be unique.
    case object([Member])

    /// One `"key": value` member of an object.
    public struct Member: Hashable, Sendable {
        /// The member's name.
        public var key: String
        /// The member's value.
        public var value: JSONValue

        /// Creates a member.
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// A number, or `null` when `value` is `nil`.
    public static func number(_ value: Double?) -> JSONValue {
        value.map(JSONValue.number) ?? .null
    }

    /// An ISO 8601 timestamp string (``Timestamp/description``), or `null` when `value` is `nil`.
    public static func timestamp(_ value: Timestamp?) -> JSONValue {
        value.map { .string($0.description) } ?? .null
    }

    /// The JSON text of this value.
    ///
    /// - Parameter prettyPrinted: when `true`, nested values go on their own lines,
    ///   indented by two spaces, with `": "` after keys; otherwise the text has no
    ///   whitespace at all.
    /// - Returns: the text, without a trailing newline.
    /// - Complexity: O(size of the document).
    public func encoded(prettyPrinted: Bool = false) -> String {
        var output = ""
        write(to: &output, indentation: prettyPrinted ? 0 : nil)
        return output
    }

    private func write(to output: inout String, indentation: Int?) {
        switch self {
        case .null:
            output += "null"
        case .bool(let value):
            output += value ? "true" : "false"
        case .integer(let value):
            output += String(value)
        case .number(let value):
            output += value.isFinite ? NumberText.plain(value) : "null"
        case .string(let value):
            JSONValue.writeString(value, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else { output += "[]"; return }
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                JSONValue.newline(&output, indentation.map { $0 + 1 })
                element.write(to: &output, indentation: indentation.map { $0 + 1 })
            }
            JSONValue.newline(&output, indentation)
            output += "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                JSONValue.newline(&output, indentation.map { $0 + 1 })
                JSONValue.writeString(member.key, to: &output)
                output += indentation == nil ? ":" : ": "
                member.value.write(to: &output, indentation: indentation.map { $0 + 1 })
            }
            JSONValue.newline(&output, indentation)
            output += "}"
        }
    }

    private static func newline(_ output: inout String, _ indentation: Int?) {
        guard let indentation else { return }
        output += "\n" + String(repeating: "  ", count: indentation)
    }

    private static let hexDigits = Array("0123456789abcdef")

    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case _ where scalar.value < 0x20:
                output += "\\u00" + String(hexDigits[Int(scalar.value >> 4)]) + String(hexDigits[Int(scalar.value & 0xF)])
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

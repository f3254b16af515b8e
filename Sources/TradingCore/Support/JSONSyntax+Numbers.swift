extension JSONSyntax {
    /// A number in JSON text: where it is and which member holds it.
    public struct NumberToken: Equatable, Sendable {
        /// The byte offsets of its text.
        public var range: Range<Int>
        /// The line, from 1.
        public var line: Int
        /// The character within the line, from 1.
        public var column: Int
        /// The member holding it, as ``memberPath(_:)`` writes a coding path (`a.b[2]`; empty
        /// for a number that is the whole text).
        public var path: String
        /// Its text.
        public var text: String

        /// A token.
        public init(range: Range<Int>, line: Int, column: Int, path: String, text: String) {
            self.range = range
            self.line = line
            self.column = column
            self.path = path
            self.text = text
        }
    }

    /// A number that a decoder could not convert to the member's type.
    public struct UnreadableNumber: Equatable, Sendable, CustomStringConvertible {
        /// The number.
        public var token: NumberToken
        /// Why it could not be read.
        public var reason: String

        /// A number and the reason.
        public init(token: NumberToken, reason: String) {
            self.token = token
            self.reason = reason
        }

        /// `line L, column C: <text> <reason>`.
        public var description: String { "line \(token.line), column \(token.column): \(token.text) \(reason)" }
    }

    /// A coding path written the way error messages name members: keys joined by `.`,
    /// array indexes as `[n]` (`factors.momentum.horizons[2]`).
    public static func memberPath(_ codingPath: [any CodingKey]) -> String {
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

    /// Every number of the JSON text `bytes`, in text order, with the member holding it;
    /// empty when the text is not valid JSON (see ``firstProblem(in:)``).
    ///
    /// - Complexity: O(bytes).
    public static func numbers(in bytes: [UInt8]) -> [NumberToken] {
        guard let ranges = numberRanges(in: bytes) else { return [] }
        // Lines and columns (characters: bytes that do not continue a UTF-8 sequence) in one
        // pass, the ranges being in text order.
        var tokens: [NumberToken] = []
        tokens.reserveCapacity(ranges.count)
        var line = 1, column = 1, offset = 0
        for (range, path) in ranges {
            while offset < range.lowerBound {
                if bytes[offset] == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if bytes[offset] & 0xC0 != 0x80 {
                    column += 1
                }
                offset += 1
            }
            tokens.append(NumberToken(range: range, line: line, column: column, path: path,
                                      text: String(decoding: bytes[range], as: UTF8.self)))
        }
        return tokens
    }

    /// The number that made a decoder reject valid JSON text without naming a member.
    ///
    /// `JSONDecoder` reports a number it cannot convert to the member's type (`5.5` for an
    /// integer, `1e400` for any number) as corrupted data at the root of the text, with no
    /// member and no position. This finds it: a number beyond the range of `Double` is
    /// reported at once. Otherwise the numbers an integer member could refuse (with a
    /// fraction, or beyond `Int64`) are replaced by strings, and `decode` is called again. Its
    /// type mismatches then name each member the decoder reaches, in the decoder's own order,
    /// and the type it expects there. The first number found where an integer is expected is
    /// the one the decoder refused; each number that a member reads as a `Double` is put back
    /// and the search goes on.
    ///
    /// - Parameters:
    ///   - bytes: the JSON text, valid by ``firstProblem(in:)``.
    ///   - decode: decodes text of the same shape and returns its error (`nil` on success).
    /// - Returns: the number and why it could not be read, or `nil` when no number explains
    ///   the failure.
    /// - Complexity: one decode per number that has a fraction or exceeds `Int64`, at most.
    public static func unreadableNumber(in bytes: [UInt8], decode: ([UInt8]) -> DecodingError?) -> UnreadableNumber? {
        let tokens = numbers(in: bytes)
        if let overflowing = tokens.first(where: { !(Double($0.text)?.isFinite ?? false) }) {
            return UnreadableNumber(token: overflowing, reason: "is beyond the range of a number")
        }
        var suspects = tokens.filter { !Self.isInteger($0.text) }
        while !suspects.isEmpty {
            switch decodeAsStrings(suspects, in: bytes, decode: decode) {
            case let .typeMismatch(type, context)?:
                let path = memberPath(context.codingPath)
                guard let position = suspects.firstIndex(where: { $0.path == path }) else { return nil }
                if type is any FixedWidthInteger.Type {
                    return UnreadableNumber(token: suspects[position], reason: "is not a whole number in the range of an integer")
                }
                suspects.remove(at: position)
            default:
                return nil
            }
        }
        return nil
    }

    /// Whether a JSON number's text is an integer that fits `Int64`.
    private static func isInteger(_ text: String) -> Bool { Int64(text) != nil }

    /// Decodes `bytes` with each of `tokens` written as a string.
    private static func decodeAsStrings(_ tokens: [NumberToken], in bytes: [UInt8], decode: ([UInt8]) -> DecodingError?) -> DecodingError? {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count + 2 * tokens.count)
        var start = 0
        for token in tokens.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            text += bytes[start..<token.range.lowerBound]
            text += Array("\"\(token.text)\"".utf8)
            start = token.range.upperBound
        }
        text += bytes[start...]
        return decode(text)
    }
}

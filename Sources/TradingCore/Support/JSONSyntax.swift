/// Where JSON text first breaks the grammar of RFC 8259, so that a configuration file's
/// syntax error can be reported by line and column (decoders say only that the data is not
/// valid JSON).
public enum JSONSyntax {
    /// The first syntax error of a text.
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        /// The line, from 1.
        public var line: Int
        /// The character within the line, from 1.
        public var column: Int
        /// What was expected or found there.
        public var message: String

        /// A problem at `line`, `column`.
        public init(line: Int, column: Int, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }

        /// `line L, column C: message`.
        public var description: String { "line \(line), column \(column): \(message)" }
    }

    /// The deepest nesting of objects and arrays checked (the check recurses once per level,
    /// so this bounds its stack use on any thread); deeper text is reported as a problem.
    public static let maximumDepth = 128

    /// The first syntax error of the UTF-8 text `bytes`, or `nil` when it is one valid JSON
    /// value surrounded by whitespace. A member name given twice in one object counts as an
    /// error (RFC 8259 § 4 leaves such text's meaning to the reader; decoders keep one of the
    /// values without a word, so a configuration's second setting would be ignored).
    ///
    /// - Complexity: O(bytes).
    public static func firstProblem(in bytes: [UInt8]) -> Problem? {
        var parser = Parser(bytes: bytes)
        do throws(Failure) {
            try parser.document()
            return nil
        } catch {
            return location(of: error, in: bytes)
        }
    }

    /// The numbers of valid JSON text with their members (`nil` for text that is not valid),
    /// as the one parser finds them; ``numbers(in:)`` adds their lines and columns.
    static func numberRanges(in bytes: [UInt8]) -> [(range: Range<Int>, path: String)]? {
        var parser = Parser(bytes: bytes)
        parser.numbers = []
        do throws(Failure) {
            try parser.document()
            return parser.numbers
        } catch {
            return nil
        }
    }

    /// The line and column of a failure's byte offset (columns count characters: every byte
    /// that does not continue a UTF-8 sequence).
    private static func location(of failure: Failure, in bytes: [UInt8]) -> Problem {
        var line = 1, column = 1
        for byte in bytes[..<Swift.min(failure.offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Problem(line: line, column: column, message: failure.message)
    }

    private struct Failure: Error {
        var offset: Int
        var message: String
        init(at offset: Int, _ message: String) {
            self.offset = offset
            self.message = message
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        /// When set, every number's byte range and member path (``memberPath(_:)``'s form) is
        /// appended; left `nil`, no path is built.
        var numbers: [(range: Range<Int>, path: String)]?

        init(bytes: [UInt8]) { self.bytes = bytes }

        /// One value surrounded by whitespace, the whole text.
        mutating func document() throws(Failure) {
            skipWhitespace()
            try value(depth: 0, path: "")
            skipWhitespace()
            if index < bytes.count { throw Failure(at: index, "unexpected \(found) after the JSON value") }
        }

        /// The byte at `index`, or `nil` at the end.
        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        /// What is at `index`, for messages.
        var found: String {
            guard let byte = current else { return "end of text" }
            return (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : byte < 0x80 ? "character 0x\(String(byte, radix: 16))" : "non-ASCII character"
        }

        mutating func skipWhitespace() {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
        }

        /// The value at `index`; `path` names it when ``numbers`` is recorded.
        mutating func value(depth: Int, path: String) throws(Failure) {
            guard let byte = current else { throw Failure(at: index, "unexpected end of text, expected a value") }
            switch byte {
            case UInt8(ascii: "{"): try container(closedBy: UInt8(ascii: "}"), depth: depth + 1, path: path)
            case UInt8(ascii: "["): try container(closedBy: UInt8(ascii: "]"), depth: depth + 1, path: path)
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = index
                try number()
                numbers?.append((start..<index, path))
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: throw Failure(at: index, "unexpected \(found), expected a value")
            }
        }

        /// An object (closed by `}`: members are name, colon, value) or an array (closed by
        /// `]`: members are values), from its opening bracket at `index`.
        mutating func container(closedBy closing: UInt8, depth: Int, path: String) throws(Failure) {
            guard depth <= JSONSyntax.maximumDepth else { throw Failure(at: index, "nesting deeper than \(JSONSyntax.maximumDepth) levels") }
            let isObject = closing == UInt8(ascii: "}")
            index += 1
            skipWhitespace()
            if current == closing {
                index += 1
                return
            }
            var element = 0
            var names: Set<String> = []
            while true {
                skipWhitespace()
                var memberPath = ""
                if isObject {
                    guard current == UInt8(ascii: "\"") else { throw Failure(at: index, "unexpected \(found), expected a member name in double quotes") }
                    let nameStart = index
                    let name = try string()
                    let decoded = Self.decoded(bytes[name])
                    guard names.insert(decoded).inserted else {
                        throw Failure(at: nameStart, "member \"\(decoded)\" appears twice in the same object")
                    }
                    if numbers != nil { memberPath = path.isEmpty ? decoded : path + "." + decoded }
                    skipWhitespace()
                    guard current == UInt8(ascii: ":") else { throw Failure(at: index, "unexpected \(found), expected ':' after the member name") }
                    index += 1
                    skipWhitespace()
                }
                if !isObject && numbers != nil { memberPath = path + "[\(element)]" }
                try value(depth: depth, path: memberPath)
                element += 1
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): index += 1
                case closing: index += 1; return
                default: throw Failure(at: index, "unexpected \(found), expected ',' or '\(Character(Unicode.Scalar(closing)))'")
                }
            }
        }

        /// Checks the string at `index`; returns the byte range of its content (escapes as
        /// written).
        mutating func string() throws(Failure) -> Range<Int> {
            let start = index
            index += 1
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return (start + 1)..<(index - 1)
                case UInt8(ascii: "\\"):
                    index += 1
                    switch current {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                         UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        index += 1
                    case UInt8(ascii: "u"):
                        index += 1
                        for _ in 0..<4 {
                            guard let digit = current, Self.isHexDigit(digit) else {
                                throw Failure(at: index, "unexpected \(found), expected four hexadecimal digits after \\u")
                            }
                            index += 1
                        }
                    default:
                        throw Failure(at: index, "invalid escape \\\(current.map { String(Unicode.Scalar($0)) } ?? "")")
                    }
                case 0x00..<0x20:
                    throw Failure(at: index, "control character 0x\(String(byte, radix: 16)) in a string (write it as an escape)")
                default:
                    index += 1
                }
            }
            throw Failure(at: start, "string not closed before the end of the text")
        }

        mutating func number() throws(Failure) {
            if current == UInt8(ascii: "-") { index += 1 }
            guard let first = current, Self.isDigit(first) else { throw Failure(at: index, "unexpected \(found), expected a digit") }
            if first == UInt8(ascii: "0") { index += 1 } else { skipDigits() }
            if current == UInt8(ascii: ".") {
                index += 1
                guard let digit = current, Self.isDigit(digit) else { throw Failure(at: index, "unexpected \(found), expected a digit after '.'") }
                skipDigits()
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard let digit = current, Self.isDigit(digit) else { throw Failure(at: index, "unexpected \(found), expected a digit in the exponent") }
                skipDigits()
            }
        }

        /// The value of a checked string's content: escapes decoded, an unpaired surrogate
        /// escape read as U+FFFD (as decoders read it).
        static func decoded(_ content: ArraySlice<UInt8>) -> String {
            guard content.contains(UInt8(ascii: "\\")) else { return String(decoding: content, as: UTF8.self) }
            func hexadecimal(at offset: Int) -> UInt32 {
                offset + 4 <= content.endIndex ? UInt32(String(decoding: content[offset..<offset + 4], as: UTF8.self), radix: 16) ?? 0 : 0
            }
            var utf8: [UInt8] = []
            var index = content.startIndex
            while index < content.endIndex {
                let byte = content[index]
                index += 1
                guard byte == UInt8(ascii: "\\") else {
                    utf8.append(byte)
                    continue
                }
                let escape = content[index]
                index += 1
                switch escape {
                case UInt8(ascii: "u"):
                    var code = hexadecimal(at: index)
                    index += 4
                    if (0xD800..<0xDC00).contains(code) {
                        let isPair = index + 6 <= content.endIndex && content[index] == UInt8(ascii: "\\") && content[index + 1] == UInt8(ascii: "u")
                        let low = isPair ? hexadecimal(at: index + 2) : 0
                        if (0xDC00..<0xE000).contains(low) {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            index += 6
                        } else {
                            code = 0xFFFD
                        }
                    } else if (0xDC00..<0xE000).contains(code) {
                        code = 0xFFFD
                    }
                    utf8 += Array(String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                default: utf8.append(escape)
                }
            }
            return String(decoding: utf8, as: UTF8.self)
        }

        mutating func skipDigits() {
            while let byte = current, Self.isDigit(byte) { index += 1 }
        }

        mutating func literal(_ word: StaticString) throws(Failure) {
            let start = index
            for expected in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
                guard current == expected else { throw Failure(at: start, "unexpected \(Self.word(at: start, in: bytes)), expected a value") }
                index += 1
            }
        }

        /// The letters at `start`, quoted, for a message about a misspelt literal.
        static func word(at start: Int, in bytes: [UInt8]) -> String {
            var end = start
            while end < bytes.count, end - start < 16, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[end]) { end += 1 }
            return "'" + String(decoding: bytes[start..<end], as: UTF8.self) + "'"
        }

        static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

        static func isHexDigit(_ byte: UInt8) -> Bool {
            isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }
    }
}

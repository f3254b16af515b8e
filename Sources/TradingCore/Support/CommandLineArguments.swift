/// A small scanner for `--name value` style command-line arguments.
///
/// TradingKit's executables parse arguments by hand (the root package has no
/// dependencies); this type keeps that parsing uniform: options are looked up by name,
/// values are converted with errors that name the option, and anything left unconsumed
/// is reported as unknown. Usage problems throw ``CommandLineUsageError``, which tools map
/// to exit status 2.
public struct CommandLineArguments: Sendable {
    private var tokens: [String]
    private var consumed: [Bool]
    /// The first flag found more than once, which ``finish()`` reports.
    private var repeatedFlag: String?

    /// Creates a scanner over `arguments` (without the program or command name).
    public init(_ arguments: [String]) {
        tokens = arguments
        consumed = Array(repeating: false, count: arguments.count)
    }

    /// Whether `--help` or `-h` was given.
    public var wantsHelp: Bool { tokens.contains("--help") || tokens.contains("-h") }

    /// Removes and returns whether the bare flag `--name` is present. A flag given more than
    /// once is a usage error, reported by ``finish()`` as a repeated option is by
    /// ``value(_:)``.
    public mutating func flag(_ name: String) -> Bool {
        var found = false
        for index in tokens.indices where !consumed[index] && tokens[index] == "--" + name {
            consumed[index] = true
            if found && repeatedFlag == nil { repeatedFlag = name }
            found = true
        }
        return found
    }

    /// Removes and returns every value given for `--name VALUE` (or `--name=VALUE`); a
    /// value list may also follow the option (`--csv a.csv b.csv`) when `variadic` is set.
    /// The list ends at the next option, `--other` or a single-dash one such as `-v` (left
    /// for ``finish()`` to report as unknown, not taken as a file name); a negative number
    /// is a value.
    public mutating func values(_ name: String, variadic: Bool = false) throws(CommandLineUsageError) -> [String] {
        var result: [String] = []
        var index = 0
        let option = "--" + name
        while index < tokens.count {
            defer { index += 1 }
            guard !consumed[index] else { continue }
            let token = tokens[index]
            if token.hasPrefix(option + "=") {
                consumed[index] = true
                result.append(String(token.dropFirst(option.count + 1)))
            } else if token == option {
                consumed[index] = true
                guard index + 1 < tokens.count, !consumed[index + 1], !Self.isOption(tokens[index + 1]) else {
                    throw CommandLineUsageError("option --\(name) needs a value")
                }
                repeat {
                    index += 1
                    consumed[index] = true
                    result.append(tokens[index])
                } while variadic && index + 1 < tokens.count && !consumed[index + 1] && !Self.isOption(tokens[index + 1])
                    && !Self.isShortOption(tokens[index + 1])
            }
        }
        return result
    }

    /// Removes and returns the single value of `--name`, or `nil` when absent.
    ///
    /// - Throws: when the option is given more than once, or without a value (an empty one,
    ///   `--out ''`, included).
    public mutating func value(_ name: String) throws(CommandLineUsageError) -> String? {
        let all = try values(name)
        guard all.count <= 1 else { throw CommandLineUsageError("option --\(name) given more than once") }
        if let value = all.first, value.isEmpty { throw CommandLineUsageError("option --\(name) needs a value") }
        return all.first
    }

    /// Removes and returns `--name` converted to a number, or `nil` when absent.
    ///
    /// Only decimal notation is a number (`12`, `-0.5`, `2.5e3`), as in the data files: not
    /// the hexadecimal (`0x10`), `inf` or `nan` that Swift's own conversions also accept.
    public mutating func number<T: LosslessStringConvertible>(_ name: String, as type: T.Type = T.self) throws(CommandLineUsageError) -> T? {
        guard let text = try value(name) else { return nil }
        let isDecimal = text.utf8.contains { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || "+-.eE".utf8.contains($0) }
        guard isDecimal, let number = T(text) else { throw CommandLineUsageError("option --\(name): '\(text)' is not a valid \(T.self)") }
        return number
    }

    /// Removes and returns the arguments that are not options, in order.
    public mutating func positionals() -> [String] {
        var result: [String] = []
        for index in tokens.indices where !consumed[index] && !Self.isOption(tokens[index]) {
            consumed[index] = true
            result.append(tokens[index])
        }
        return result
    }

    /// Throws when a flag was given more than once, or when any argument was not consumed,
    /// naming the first one.
    public func finish() throws(CommandLineUsageError) {
        if let repeatedFlag { throw CommandLineUsageError("option --\(repeatedFlag) given more than once") }
        if let index = consumed.firstIndex(of: false) {
            throw CommandLineUsageError("unknown argument '\(tokens[index])'")
        }
    }

    /// The unconsumed option names (`--x` → `x`), for tools that accept open-ended parameters.
    public var remainingOptionNames: [String] {
        tokens.indices.filter { !consumed[$0] && Self.isOption(tokens[$0]) }.map { String(tokens[$0].dropFirst(2)) }
    }

    /// Whether `token` is a single dash and a letter or more (`-v`, `-fast`): not a value of a
    /// list, unlike a negative number (`-3`) or `-` alone.
    private static func isShortOption(_ token: String) -> Bool {
        token.first == "-" && token.dropFirst().first?.isLetter == true
    }

    private static func isOption(_ token: String) -> Bool {
        token.hasPrefix("--") && token.count > 2 && !(token.dropFirst(2).first.map { $0.isNumber || $0 == "." } ?? false)
    }
}

/// A command-line usage error (unknown option, missing or malformed value): exit status 2.
public struct CommandLineUsageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, for the user.
    public var message: String

    /// Creates a usage error with a message for the user.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

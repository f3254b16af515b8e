/// A configuration file that cannot be read or does not describe a valid configuration.
///
/// The message names the file and, when the problem is in one member, the member's path
/// (`momentum.horizons[1]`), so a user can fix the file without reading code.
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file (or other source) that was being read.
    public var file: String
    /// The dotted path of the offending member, or `nil` when the problem is the file as a
    /// whole (unreadable, not JSON).
    public var field: String?
    /// What is wrong.
    public var message: String

    /// Creates a configuration error.
    ///
    /// - Parameters:
    ///   - file: the file being read.
    ///   - field: the dotted path of the offending member, if any.
    ///   - message: what is wrong.
    public init(file: String, field: String?, message: String) {
        self.file = file
        self.field = field
        self.message = message
    }

    /// `file: field: message`, or `file: message` without a field.
    public var description: String {
        if let field { return "\(file): field '\(field)': \(message)" }
        return "\(file): \(message)"
    }
}

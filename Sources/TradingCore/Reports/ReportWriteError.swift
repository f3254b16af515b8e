/// A report file could not be created, written or closed.
public struct ReportWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file that failed.
    public var path: String
    /// Why, in the C library's words (`No such file or directory`, `No space left on device`).
    public var reason: String

    /// A failure to write `path` because of `reason`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `cannot write PATH: reason`.
    public var description: String { "cannot write \(path): \(reason)" }
}

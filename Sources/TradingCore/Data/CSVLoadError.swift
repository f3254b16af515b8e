/// Why a CSV file could not be loaded into a ``BarSeries``: every error found, in file order.
///
/// Loading validates the whole file before refusing it, so `issues` lists all problems, not
/// just the first; each names the file, line and column.
public struct CSVLoadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file (path as given) or source name.
    public var file: String
    /// Every error found (never empty), in the order of the lines they concern.
    public var issues: [DataIssue]

    /// Creates a load error from the errors found.
    ///
    /// - Precondition: `issues` is not empty.
    public init(file: String, issues: [DataIssue]) {
        precondition(!issues.isEmpty, "a load error needs at least one issue")
        self.file = file
        self.issues = issues
    }

    /// The first error.
    public var first: DataIssue { issues[0] }

    /// The first few errors, one per line, and how many more there are.
    public var description: String {
        let shown = issues.prefix(10).map(\.description).joined(separator: "\n")
        let more = issues.count > 10 ? "\n… and \(issues.count - 10) more errors" : ""
        return shown + more
    }
}

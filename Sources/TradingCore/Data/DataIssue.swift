/// One problem found in a market-data file, located by file, line and column.
public struct DataIssue: Hashable, Sendable, CustomStringConvertible {
    /// The file (path as given) or source name the data came from.
    public var file: String
    /// The 1-based line number (the header is line 1); 0 when the file could not be read.
    public var line: Int
    /// The header name of the offending column, when the issue concerns one field.
    public var column: String?
    /// What is wrong.
    public var kind: DataIssueKind

    /// Creates an issue record.
    public init(file: String, line: Int, column: String? = nil, kind: DataIssueKind) {
        self.file = file
        self.line = line
        self.column = column
        self.kind = kind
    }

    /// Whether the issue is an error or a warning.
    public var severity: DataIssueSeverity { kind.severity }

    /// `file:line: severity: column 'name': explanation` — the compiler-style form editors
    /// link to; `file: severity: explanation` for issues with the whole file (line 0).
    public var description: String {
        let columnText = column.map { "column '\($0)': " } ?? ""
        let location = line > 0 ? "\(file):\(line)" : file
        return "\(location): \(severity.rawValue): \(columnText)\(kind)"
    }
}

extension Array where Element == DataIssue {
    /// The issues ordered by line; issues on one line keep their order (the order the checks
    /// found them in).
    func sortedByLine() -> [DataIssue] {
        enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}

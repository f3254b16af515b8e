/// Every problem found in one market-data file: errors that make loading refuse it and
/// warnings that only flag it.
///
/// Checks, each reported with file, line and column:
/// * structure: readable file, header present, required columns present, a field count per
///   row equal to the header's, closed quotes;
/// * fields: empty or unparseable numbers and timestamps; a file whose `symbol` column holds
///   several symbols is checked symbol by symbol (as ``BarSeries/series(contentsOfCSVFile:symbol:options:)``
///   loads it);
/// * values: finite, positive prices within ``Bar/supportedPrices`` (1e-12 to 1e15); finite,
///   non-negative volume up to ``Bar/maximumVolume`` (1e18); `low ≤ high`;
///   `open` and `close` within `[low, high]`; valid split ratios and dividends;
/// * order: strictly increasing timestamps (duplicates and decreases are separate kinds);
/// * warnings: gaps longer than both `gapWarningMultiple` × the median interval and
///   `minimumWarnedGapSeconds`, and close-to-close returns with a robust z-score
///   `|r − median(r)| / (1.4826 · MAD(r))` above `outlierWarningScore` (computed over the
///   rows that passed the checks).
public struct DataValidationReport: Hashable, Sendable {
    /// The file (path as given) or source name.
    public var file: String
    /// The number of data rows read (valid or not).
    public var rowCount: Int
    /// Errors and warnings, ordered by line.
    public var issues: [DataIssue]

    /// Validates the CSV file at `path`.
    ///
    /// - Complexity: O(n) in the number of rows (expected; the medians are selected).
    public init(validatingCSVFile path: String, options: CSVLoadOptions = .init()) {
        do {
            let tables = try FileBytes.withContents(of: path) { CSVBarReader.readBySymbol($0, file: path, delimiter: options.delimiter, recordsLines: true) }
            self.init(tables: tables, source: path, options: options)
        } catch {
            self.init(file: path, rowCount: 0, issues: [DataIssue(file: path, line: 0, kind: .unreadableFile(reason: error.reason))])
        }
    }

    /// Validates CSV bytes held in memory; `source` names them in messages.
    ///
    /// - Complexity: O(n) in the number of rows (expected).
    public init(validatingCSVBytes bytes: [UInt8], source: String, options: CSVLoadOptions = .init()) {
        let tables = bytes.withUnsafeBufferPointer { CSVBarReader.readBySymbol($0, file: source, delimiter: options.delimiter, recordsLines: true) }
        self.init(tables: tables, source: source, options: options)
    }

    /// The report over one table per symbol (a long-format file is checked symbol by symbol:
    /// order, gaps and outliers within each symbol's rows).
    private init(tables: [CSVBarTable], source: String, options: CSVLoadOptions) {
        var issues: [DataIssue] = []
        for table in tables {
            issues += table.issues
            issues += Self.gapWarnings(table, source: source, options: options)
            issues += Self.outlierWarnings(table, source: source, options: options)
        }
        self.init(file: source, rowCount: tables.reduce(0) { $0 + $1.rowCount }, issues: issues.sortedByLine())
    }

    /// Creates a report from its parts.
    public init(file: String, rowCount: Int, issues: [DataIssue]) {
        self.file = file
        self.rowCount = rowCount
        self.issues = issues
    }

    /// The errors.
    public var errors: [DataIssue] { issues.filter { $0.severity == .error } }
    /// The warnings.
    public var warnings: [DataIssue] { issues.filter { $0.severity == .warning } }
    /// Whether any error was found (loading would refuse the file).
    public var hasErrors: Bool { issues.contains { $0.severity == .error } }

    /// The median (the mean of the two middle values for an even count), by selection rather
    /// than a sort: the same value, in linear time.
    static func median(_ values: [Double]) -> Double {
        var values = values
        let middle = values.count / 2
        let upper = values.selectElement(rank: middle)
        guard values.count % 2 == 0 else { return upper }
        // Every element before `middle` is now ≤ `upper`: the lower middle value is their largest.
        let lower = values[..<middle].max()!
        return (lower + upper) / 2
    }

    private static func gapWarnings(_ table: CSVBarTable, source: String, options: CSVLoadOptions) -> [DataIssue] {
        let times = table.timestamps
        guard times.count > 2 else { return [] }
        let intervals = (1..<times.count).map { Double(times[$0].rawValue - times[$0 - 1].rawValue) }
        let floor = Double(options.minimumWarnedGapSeconds) * Double(Timestamp.nanosecondsPerSecond)
        let threshold = Swift.max(options.gapWarningMultiple * median(intervals), floor)
        var issues: [DataIssue] = []
        for index in 1..<times.count where intervals[index - 1] > threshold {
            issues.append(DataIssue(file: source, line: table.lines[index], column: table.timestampColumnName, kind: .gap(from: times[index - 1], to: times[index])))
        }
        return issues
    }

    private static func outlierWarnings(_ table: CSVBarTable, source: String, options: CSVLoadOptions) -> [DataIssue] {
        let close = table.close
        guard close.count > 2 else { return [] }
        let returns = (1..<close.count).map { close[$0] / close[$0 - 1] - 1 }
        let center = median(returns)
        let scale = 1.4826 * median(returns.map { abs($0 - center) })
        guard scale > 0 else { return [] }
        var issues: [DataIssue] = []
        for index in returns.indices {
            let score = abs(returns[index] - center) / scale
            if score > options.outlierWarningScore {
                issues.append(DataIssue(file: source, line: table.lines[index + 1], column: table.closeColumnName, kind: .outlierReturn(returns[index], robustScore: score)))
            }
        }
        return issues
    }
}

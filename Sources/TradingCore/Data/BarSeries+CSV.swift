extension BarSeries {
    /// Loads and validates a CSV file.
    ///
    /// Columns are found by header name, case-insensitively and ignoring spaces, `_` and `-`:
    /// `date`/`datetime`/`time`/`timestamp` (or an unnamed first column), `open`, `high`,
    /// `low`, `close`, `volume` (required); `adj close`/`adjclose`, `dividends`,
    /// `stock splits`/`splits` and `symbol` (optional); others are ignored. Fields may be
    /// separated by `,`, `;` or tab (detected from the header) and quoted; CRLF line ends, a
    /// UTF-8 BOM and blank lines are accepted. Timestamps take the forms of
    /// ``Timestamp/init(parsing:)``; a date alone stands for that day's bar at midnight UTC.
    ///
    /// The whole file is checked before anything is refused; ``CSVLoadError/issues`` then
    /// lists every error (see ``DataValidationReport`` for the checks, which also produces
    /// the warnings loading skips).
    ///
    /// - Parameters:
    ///   - path: the file to read.
    ///   - symbol: the symbol when the file has no `symbol` column; defaults to the file
    ///     name without directory and extension.
    ///   - options: the adjustment to apply and the separator.
    /// - Throws: ``CSVLoadError`` naming file, line and column of each problem.
    /// - Complexity: O(n) in the file size.
    public init(contentsOfCSVFile path: String, symbol: String? = nil, options: CSVLoadOptions = .init()) throws(CSVLoadError) {
        let table = try Self.readingFile(path) { CSVBarReader.read($0, file: path, delimiter: options.delimiter, recordsLines: false) }
        try self.init(table: table, source: path, symbol: symbol ?? Self.fileStem(path), options: options)
    }

    /// Loads and validates CSV text held in memory, with the rules of
    /// ``init(contentsOfCSVFile:symbol:options:)``.
    ///
    /// - Parameters:
    ///   - csvText: the file's content.
    ///   - source: the name used in error messages.
    ///   - symbol: the symbol when the text has no `symbol` column.
    ///   - options: the adjustment to apply and the separator.
    /// - Throws: ``CSVLoadError``.
    public init(csvText: String, source: String = "<text>", symbol: String, options: CSVLoadOptions = .init()) throws(CSVLoadError) {
        try self.init(csvBytes: Array(csvText.utf8), source: source, symbol: symbol, options: options)
    }

    /// Loads and validates CSV bytes (see ``init(contentsOfCSVFile:symbol:options:)``).
    ///
    /// - Throws: ``CSVLoadError``.
    public init(csvBytes: [UInt8], source: String, symbol: String, options: CSVLoadOptions = .init()) throws(CSVLoadError) {
        let table = csvBytes.withUnsafeBufferPointer { CSVBarReader.read($0, file: source, delimiter: options.delimiter, recordsLines: false) }
        try self.init(table: table, source: source, symbol: symbol, options: options)
    }

    /// Loads every symbol of a CSV file: one series per symbol, in the order of each
    /// symbol's first row, when a `symbol` column holds several symbols (long format, rows
    /// grouped or interleaved); otherwise the one series ``init(contentsOfCSVFile:symbol:options:)``
    /// loads.
    ///
    /// Each symbol's rows are read and checked as a file of their own (so timestamps must
    /// increase within a symbol, not across symbols), with the rules of
    /// ``init(contentsOfCSVFile:symbol:options:)``; every problem of every symbol is reported
    /// at its line in the file.
    ///
    /// - Parameters:
    ///   - path: the file to read.
    ///   - symbol: the symbol when the file has no `symbol` column; defaults to the file
    ///     name without directory and extension.
    ///   - options: the adjustment to apply and the separator.
    /// - Throws: ``CSVLoadError`` naming file, line and column of each problem.
    /// - Complexity: O(n) in the file size.
    public static func series(contentsOfCSVFile path: String, symbol: String? = nil, options: CSVLoadOptions = .init()) throws(CSVLoadError) -> [BarSeries] {
        let tables = try readingFile(path) { CSVBarReader.readBySymbol($0, file: path, delimiter: options.delimiter, recordsLines: false) }
        return try series(tables: tables, source: path, symbol: symbol ?? Self.fileStem(path), options: options)
    }

    /// Loads every symbol of CSV bytes held in memory (see ``series(contentsOfCSVFile:symbol:options:)``).
    ///
    /// - Throws: ``CSVLoadError``.
    public static func series(csvBytes: [UInt8], source: String, symbol: String, options: CSVLoadOptions = .init()) throws(CSVLoadError) -> [BarSeries] {
        let tables = csvBytes.withUnsafeBufferPointer { CSVBarReader.readBySymbol($0, file: source, delimiter: options.delimiter, recordsLines: false) }
        return try series(tables: tables, source: source, symbol: symbol, options: options)
    }

    /// `body` over the bytes of the file at `path`; a file that cannot be read is a
    /// ``CSVLoadError`` with one `unreadableFile` issue.
    private static func readingFile<Result>(_ path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(CSVLoadError) -> Result {
        do {
            return try FileBytes.withContents(of: path, body)
        } catch {
            throw CSVLoadError(file: path, issues: [DataIssue(file: path, line: 0, kind: .unreadableFile(reason: error.reason))])
        }
    }

    /// The series of per-symbol tables; every table's issues are reported together.
    private static func series(tables: [CSVBarTable], source: String, symbol: String, options: CSVLoadOptions) throws(CSVLoadError) -> [BarSeries] {
        let issues = tables.flatMap(\.issues)
        guard issues.isEmpty else {
            throw CSVLoadError(file: source, issues: issues.sortedByLine())
        }
        var result: [BarSeries] = []
        for table in tables { result.append(try BarSeries(table: table, source: source, symbol: symbol, options: options)) }
        return result
    }

    /// Builds the series from a table the reader produced, applying the adjustment.
    private init(table: CSVBarTable, source: String, symbol: String, options: CSVLoadOptions) throws(CSVLoadError) {
        guard table.issues.isEmpty else { throw CSVLoadError(file: source, issues: table.issues) }
        let series = BarSeries(
            validatedSymbol: table.symbol ?? symbol, timestamps: table.timestamps,
            open: table.open, high: table.high, low: table.low, close: table.close, volume: table.volume
        )
        switch options.adjustment {
        case .none:
            self = series
        case .adjustedClose:
            guard let adjusted = table.adjustedClose else {
                throw CSVLoadError(file: source, issues: [DataIssue(file: source, line: 1, kind: .missingColumn("adjclose"))])
            }
            self = series.backAdjusted(toAdjustedClose: adjusted)
        case .corporateActions(let alreadyApplied):
            var actions: [CorporateAction] = []
            if !alreadyApplied.contains(.dividends), let dividends = table.dividends {
                for index in dividends.indices where dividends[index] > 0 {
                    actions.append(.dividend(exDate: table.timestamps[index], amount: dividends[index]))
                }
            }
            if !alreadyApplied.contains(.splits), let splits = table.splits {
                for index in splits.indices where splits[index] > 0 && splits[index] != 1 {
                    actions.append(.split(exDate: table.timestamps[index], ratio: splits[index]))
                }
            }
            self = series.backAdjusted(for: actions)
        }
    }

    /// The series as CSV text: a `date,open,high,low,close,volume` header (with a leading
    /// `symbol` column when `includingSymbol`), one row per bar. Timestamps are dates alone
    /// (`2024-03-01`) when every bar is stamped at midnight UTC, and ISO 8601 date-times
    /// (`2024-03-01T14:30:00Z`, fractional seconds when present) for every row otherwise;
    /// numbers are written in their shortest round-trip form, so loading the text back gives
    /// identical bars.
    ///
    /// - Complexity: O(n).
    public func csvText(includingSymbol: Bool = false) -> String {
        var text = includingSymbol ? "symbol,date,open,high,low,close,volume\n" : "date,open,high,low,close,volume\n"
        text.reserveCapacity(count * 64)
        let datesOnly = timestamps.allSatisfy { $0.rawValue % Timestamp.nanosecondsPerDay == 0 }
        for index in 0..<count {
            if includingSymbol { text += symbol + "," }
            text += datesOnly ? timestamps[index].dateString : Self.dateTimeText(timestamps[index])
            text += "," + open[index].description + "," + high[index].description
            text += "," + low[index].description + "," + close[index].description + ","
            let v = volume[index]
            text += v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : v.description
            text += "\n"
        }
        return text
    }

    /// `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, also at midnight.
    private static func dateTimeText(_ timestamp: Timestamp) -> String {
        let description = timestamp.description
        return description.count == 10 ? description + "T00:00:00Z" : description
    }

    /// `"/data/MU.csv"` → `"MU"`.
    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}

/// The columns the CSV reader fills, one accepted row at a time, shared by its fast and
/// general paths; the optional columns are kept only when the file has them.
struct CSVColumns: ~Copyable {
    let recordsLines: Bool
    let hasAdjustedClose: Bool
    let hasDividends: Bool
    let hasSplits: Bool
    private var timestamps: ColumnBuffer<Timestamp>
    private var open: ColumnBuffer<Double>
    private var high: ColumnBuffer<Double>
    private var low: ColumnBuffer<Double>
    private var close: ColumnBuffer<Double>
    private var volume: ColumnBuffer<Double>
    private var lines: ColumnBuffer<Int>
    private var adjustedClose: ColumnBuffer<Double>
    private var dividends: ColumnBuffer<Double>
    private var splits: ColumnBuffer<Double>

    /// Empty columns expecting about `expectedRows` rows.
    init(expectedRows: Int, recordsLines: Bool, hasAdjustedClose: Bool, hasDividends: Bool, hasSplits: Bool) {
        self.recordsLines = recordsLines
        self.hasAdjustedClose = hasAdjustedClose
        self.hasDividends = hasDividends
        self.hasSplits = hasSplits
        timestamps = ColumnBuffer(expectedCount: expectedRows)
        open = ColumnBuffer(expectedCount: expectedRows)
        high = ColumnBuffer(expectedCount: expectedRows)
        low = ColumnBuffer(expectedCount: expectedRows)
        close = ColumnBuffer(expectedCount: expectedRows)
        volume = ColumnBuffer(expectedCount: expectedRows)
        lines = ColumnBuffer(expectedCount: recordsLines ? expectedRows : 0)
        adjustedClose = ColumnBuffer(expectedCount: hasAdjustedClose ? expectedRows : 0)
        dividends = ColumnBuffer(expectedCount: hasDividends ? expectedRows : 0)
        splits = ColumnBuffer(expectedCount: hasSplits ? expectedRows : 0)
    }

    /// Appends one accepted row read from `line`.
    @inline(__always)
    mutating func append(timestamp: Int64, values: CSVBarReader.RowValues, line: Int) {
        timestamps.append(Timestamp(rawValue: timestamp))
        open.append(values.open)
        high.append(values.high)
        low.append(values.low)
        close.append(values.close)
        volume.append(values.volume)
        if recordsLines { lines.append(line) }
        if hasAdjustedClose { adjustedClose.append(values.adjustedClose) }
        if hasDividends { dividends.append(values.dividend) }
        if hasSplits { splits.append(values.split) }
    }

    /// Appends the rows of `rows`, a table with the same columns, after the rows appended so
    /// far; its lines (when recorded) are counted from `lineOffset`.
    mutating func append(_ rows: CSVBarTable, lineOffset: Int) {
        timestamps.append(contentsOf: rows.timestamps)
        open.append(contentsOf: rows.open)
        high.append(contentsOf: rows.high)
        low.append(contentsOf: rows.low)
        close.append(contentsOf: rows.close)
        volume.append(contentsOf: rows.volume)
        if recordsLines { lines.append(contentsOf: rows.lines.map { $0 + lineOffset }) }
        if hasAdjustedClose { adjustedClose.append(contentsOf: rows.adjustedClose ?? []) }
        if hasDividends { dividends.append(contentsOf: rows.dividends ?? []) }
        if hasSplits { splits.append(contentsOf: rows.splits ?? []) }
    }

    /// Moves every column into `table` and leaves the columns empty.
    mutating func move(into table: inout CSVBarTable) {
        table.timestamps = timestamps.takeArray()
        table.open = open.takeArray()
        table.high = high.takeArray()
        table.low = low.takeArray()
        table.close = close.takeArray()
        table.volume = volume.takeArray()
        table.lines = lines.takeArray()
        if hasAdjustedClose { table.adjustedClose = adjustedClose.takeArray() }
        if hasDividends { table.dividends = dividends.takeArray() }
        if hasSplits { table.splits = splits.takeArray() }
    }
}

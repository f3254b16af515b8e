/// Whether the CSV reader may read a large file's second half on another thread.
enum CSVParallelism: Sendable {
    /// One thread.
    case off
    /// Files whose rows take at least ``CSVReadAhead/minimumBytes`` bytes, on a machine with
    /// two processors or more, are split at the first line start past the middle of the rows.
    case automatic
    /// Split at the first line start at or past this fraction of the rows' bytes, whatever
    /// the size and the processors (for tests).
    case splitting(atFraction: Double)
}

/// The rows after a split point of a large CSV file, read ahead by the fast path
/// (``CSVFastRowParser``) alone, on another thread, while the reader reads the rows before it.
///
/// The fast path takes a row only when the row is plain and valid given the previous row's
/// timestamp and close and the file's symbol, and reads it to the same values as the
/// general path. So when the reader arrives at the split point exactly (no quoted field ran
/// across it), and the first row read ahead may follow the reader's last row — a later
/// timestamp, the same symbol, a dividend below the last close — the rows read ahead are
/// exactly the rows the reader would have read from there: it appends them and carries on
/// where the read-ahead stopped (at the first row the fast path could not take, or near the
/// end of the input). Otherwise it discards them and reads on from the split point itself.
/// Either way the table, its issues and their lines are those of a sequential read.
final class CSVReadAhead: @unchecked Sendable {
    /// Rows must span at least this many bytes for ``CSVParallelism/automatic`` to split:
    /// below it, reading the half takes well under a millisecond more than starting a thread.
    static let minimumBytes = 2 << 20

    /// Where the rows read ahead start (a line start).
    let start: Int
    /// Where the symbol of the first row read ahead starts and its length (`-1`, 0 without
    /// a symbol column).
    private let symbolStart: Int
    private let symbolLength: Int
    private let bytes: UnsafePointer<UInt8>
    private let count: Int
    private let roles: [CSVBarReader.Role]
    private let delimiter: UInt8
    private let recordsLines: Bool
    private let hasAdjustedClose: Bool
    private let hasDividends: Bool
    private let hasSplits: Bool

    /// The rows read ahead, with lines counted from 0 at ``start``; set by ``run()``.
    private(set) var rows = CSVBarTable()
    /// Where the fast path stopped.
    private(set) var end = 0
    /// What the last row read ahead leaves for the next one.
    private(set) var lastTimestamp: Int64?
    private(set) var lastClose: Double?

    /// A read-ahead from the split point `parallelism` chooses in the rows from `dataStart`
    /// to `count`; `nil` when the file is not to be split (too small, one processor, no
    /// line start to split at, or — with a symbol column — a row there or first that is not
    /// plain (``CSVBarReader/plainRecord(_:count:at:symbolColumn:delimiter:)``), or another
    /// symbol than the first row's).
    init?(_ bytes: UnsafePointer<UInt8>, count: Int, dataStart: Int, parallelism: CSVParallelism, roles: [CSVBarReader.Role],
          delimiter: UInt8, recordsLines: Bool, hasAdjustedClose: Bool, hasDividends: Bool, hasSplits: Bool) {
        let dataBytes = count - dataStart
        let fraction: Double
        switch parallelism {
        case .off:
            return nil
        case .automatic:
            guard dataBytes >= Self.minimumBytes, BackgroundThread.processorCount >= 2 else { return nil }
            fraction = 0.5
        case .splitting(let requested):
            fraction = Swift.min(Swift.max(requested, 0), 1)
        }
        var split = dataStart + Int(Double(dataBytes) * fraction)
        while split > dataStart && split < count && bytes[split - 1] != CSVBarReader.newline { split += 1 }
        guard split < count else { return nil }
        var symbolStart = -1, symbolLength = 0
        if roles.first == .symbol {
            guard let atSplit = CSVBarReader.plainRecord(bytes, count: count, at: split, symbolColumn: 0, delimiter: delimiter),
                  let first = CSVBarReader.plainRecord(bytes, count: count, at: dataStart, symbolColumn: 0, delimiter: delimiter)
            else { return nil }
            // Another symbol than the first row's at the split point: a long-format file, which
            // the reader stops at (or splits by symbol) anyway, so reading ahead would be wasted.
            guard atSplit.symbolLength == first.symbolLength,
                  CSVBarReader.bytesEqual(bytes + split, bytes + dataStart, first.symbolLength) else { return nil }
            (symbolStart, symbolLength) = (split, atSplit.symbolLength)
        }
        self.start = split
        self.symbolStart = symbolStart
        self.symbolLength = symbolLength
        self.bytes = bytes
        self.count = count
        self.roles = roles
        self.delimiter = delimiter
        self.recordsLines = recordsLines
        self.hasAdjustedClose = hasAdjustedClose
        self.hasDividends = hasDividends
        self.hasSplits = hasSplits
    }

    /// Reads the rows from ``start`` with the fast path until it stops (on the read-ahead thread).
    func run() {
        let parser = CSVFastRowParser(roles: roles, delimiter: delimiter)
        var context = CSVRowContext()
        context.symbolStart = symbolStart
        context.symbolLength = symbolLength
        var columns = CSVColumns(
            expectedRows: CSVBarReader.estimatedRowCount(bytes, count: count, dataStart: start), recordsLines: recordsLines,
            hasAdjustedClose: hasAdjustedClose, hasDividends: hasDividends, hasSplits: hasSplits
        )
        var position = start, line = 0, rowCount = 0
        parser.appendRows(bytes, count: count, position: &position, line: &line, rowCount: &rowCount, context: &context, columns: &columns)
        columns.move(into: &rows)
        rows.rowCount = rowCount
        end = position
        lastTimestamp = context.previousTimestamp
        lastClose = context.previousClose
    }

    /// Whether the first row read ahead may follow the rows the reader read, which left
    /// `context` (the checks the fast path made of it against a fresh context, redone
    /// against the reader's: order, symbol, dividend).
    func canFollow(_ context: CSVRowContext) -> Bool {
        guard rows.rowCount > 0, let first = rows.timestamps.first else { return false }
        if first.rawValue <= context.previousTimestamp ?? .min { return false }
        if symbolStart >= 0 {
            guard context.symbolStart >= 0, context.symbolLength == symbolLength,
                  CSVBarReader.bytesEqual(bytes + context.symbolStart, bytes + symbolStart, symbolLength) else { return false }
        }
        if let dividend = rows.dividends?.first, dividend > 0, dividend >= context.previousClose ?? .infinity { return false }
        return true
    }
}

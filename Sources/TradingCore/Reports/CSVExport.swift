/// Writers for TradingKit's CSV outputs (`equity.csv`, `trades.csv`, `attribution.csv`).
///
/// Format (RFC 4180 with `\n` line ends): a header line, then one line per record, each
/// line ending in `\n`. Text fields are quoted when they contain a comma, quote, or line
/// break (quotes doubled). Timestamps are ISO 8601 in UTC (``Timestamp/description``).
/// Numbers are the shortest decimal that round-trips to the same `Double`, always in
/// positional notation (`0.00001`, never `1e-05`), so spreadsheets and `pandas.read_csv`
/// read them back exactly; non-finite numbers are written as an empty field.
///
/// Each table comes as a `String` (``equity(_:)``) or streamed to a file in chunks of
/// ``rowsPerChunk`` rows (``writeEquity(_:toFile:)``), byte for byte the same text.
public enum CSVExport {
    /// The number of rows formatted before a file writer hands them to the system
    /// (about 1.6 MB of `equity.csv`).
    static var rowsPerChunk: Int { 16_384 }

    /// The equity curve, one line per bar.
    ///
    /// Header: `timestamp,equity,cash,grossExposure,netExposure,drawdown`, where
    /// `drawdown` is ``EquityCurve/drawdown`` (a fraction ≤ 0).
    ///
    /// - Complexity: O(n).
    public static func equity(_ curve: EquityCurve) -> String {
        let drawdown = curve.drawdown
        return text(rows: curve.count, bytesPerRow: 112, header: equityHeader) { range, buffer in
            appendEquityRows(curve, drawdown: drawdown, range, to: &buffer)
        }
    }

    /// Writes ``equity(_:)``'s text to the file at `path` (created or replaced) in chunks,
    /// without building it in memory.
    ///
    /// - Throws: ``ReportWriteError`` naming `path` when it cannot be written.
    /// - Complexity: O(n) time, O(``rowsPerChunk``) memory beyond the curve.
    public static func writeEquity(_ curve: EquityCurve, toFile path: String) throws(ReportWriteError) {
        let drawdown = curve.drawdown
        try writeChunks(to: path, rows: curve.count, bytesPerRow: 112, header: equityHeader) { range, buffer in
            appendEquityRows(curve, drawdown: drawdown, range, to: &buffer)
        }
    }

    private static let equityHeader = "timestamp,equity,cash,grossExposure,netExposure,drawdown\n"

    /// Rows `range` of the equity curve, each written in one step into the buffer's storage.
    private static func appendEquityRows(_ curve: EquityCurve, drawdown: [Double], _ range: Range<Int>, to buffer: inout TextBuffer) {
        let rowLength = 32 + 5 * (1 + TextBuffer.maximumNumberLength) + 1
        var timestamps = TimestampText()
        var equity = RepeatedNumberText(), cash = RepeatedNumberText(), gross = RepeatedNumberText()
        var net = RepeatedNumberText(), fromPeak = RepeatedNumberText()
        for index in range {
            buffer.write(atMost: rowLength) { output in
                var count = timestamps.write(curve.timestamps[index], to: output)
                count += equity.write(commaAndNumber: curve.equity[index], to: output + count)
                count += cash.write(commaAndNumber: curve.cash[index], to: output + count)
                count += gross.write(commaAndNumber: curve.grossExposure[index], to: output + count)
                count += net.write(commaAndNumber: curve.netExposure[index], to: output + count, sameAs: gross)
                count += fromPeak.write(commaAndNumber: drawdown[index], to: output + count)
                output[count] = UInt8(ascii: "\n")
                return count + 1
            }
        }
    }

    /// The round-trip trades, one line per trade.
    ///
    /// Header: `symbol,side,quantity,entryTime,entryPrice,exitTime,exitPrice,pnl,commission,returnPct,barsHeld,strategy`
    /// (`side` is `long` or `short`; `pnl` and `returnPct` (``Trade/returnPct``) are net of commission).
    ///
    /// - Complexity: O(trades).
    public static func trades(_ trades: [Trade]) -> String {
        text(rows: trades.count, bytesPerRow: 160, header: tradesHeader) { range, buffer in
            appendTrades(trades[range], to: &buffer)
        }
    }

    /// Writes ``trades(_:)``'s text to the file at `path` (created or replaced) in chunks,
    /// without building it in memory.
    ///
    /// - Throws: ``ReportWriteError`` naming `path` when it cannot be written.
    /// - Complexity: O(trades).
    public static func writeTrades(_ trades: [Trade], toFile path: String) throws(ReportWriteError) {
        try writeChunks(to: path, rows: trades.count, bytesPerRow: 160, header: tradesHeader) { range, buffer in
            appendTrades(trades[range], to: &buffer)
        }
    }

    private static let tradesHeader = "symbol,side,quantity,entryTime,entryPrice,exitTime,exitPrice,pnl,commission,returnPct,barsHeld,strategy\n"

    private static func appendTrades(_ trades: ArraySlice<Trade>, to buffer: inout TextBuffer) {
        // Per row: six numbers with their commas, two timestamps, the bars held, the side,
        // two quoted fields, the other commas and the newline.
        let fixed = 6 * (1 + TextBuffer.maximumNumberLength) + 2 * 32 + 21 + 16
        var entries = TimestampText(), exits = TimestampText()
        for index in trades.indices {
            let trade = trades[index]
            let bound = fixed + trade.side.rawValue.utf8.count + RowWriter.fieldBound(trade.symbol) + RowWriter.fieldBound(trade.strategy)
            buffer.writeRow(atMost: bound) { row in
                row.field(trade.symbol)
                row.ascii(",")
                row.text(trade.side.rawValue)
                row.commaAndNumber(trade.quantity)
                row.ascii(",")
                row.timestamp(trade.entryTime, cache: &entries)
                row.commaAndNumber(trade.entryPrice)
                row.ascii(",")
                row.timestamp(trade.exitTime, cache: &exits)
                row.commaAndNumber(trade.exitPrice)
                row.commaAndNumber(trade.pnl)
                row.commaAndNumber(trade.commission)
                row.commaAndNumber(trade.returnPct)
                row.ascii(",")
                row.integer(trade.barsHeld)
                row.ascii(",")
                row.field(trade.strategy)
                row.ascii("\n")
            }
        }
    }

    /// PnL attribution, one line per part of every group, groups in order.
    ///
    /// Header: `dimension,key,pnl`.
    ///
    /// - Complexity: O(total parts).
    public static func attribution(_ groups: [AttributionGroup]) -> String {
        var buffer = TextBuffer(reservingCapacity: 64)
        buffer.append("dimension,key,pnl\n")
        for group in groups {
            for part in group.parts {
                let bound = RowWriter.fieldBound(group.dimension) + RowWriter.fieldBound(part.key) + 1 + TextBuffer.maximumNumberLength + 2
                buffer.writeRow(atMost: bound) { row in
                    row.field(group.dimension)
                    row.ascii(",")
                    row.field(part.key)
                    row.commaAndNumber(part.pnl)
                    row.ascii("\n")
                }
            }
        }
        return buffer.text
    }

    /// A text field, quoted when it contains a comma, quote or line break.
    public static func field(_ text: String) -> String {
        guard needsQuoting(text) else { return text }
        var quoted = "\""
        for character in text {
            quoted.append(character)
            if character == "\"" { quoted.append("\"") }
        }
        return quoted + "\""
    }

    /// Whether `text` holds a comma, a quote or a line break. ASCII text (symbols, sides,
    /// statuses, most reasons) is checked in one pass over its contiguous UTF-8 bytes; only
    /// text with other characters is walked as `Character`s, for the Unicode line breaks.
    static func needsQuoting(_ text: String) -> Bool {
        var text = text
        let ascii = text.withUTF8 { utf8 -> Bool? in
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: ","), UInt8(ascii: "\""), 0x0A...0x0D: return true
                case 0x80...: return nil
                default: continue
                }
            }
            return false
        }
        return ascii ?? text.contains { $0 == "," || $0 == "\"" || $0.isNewline }
    }

    /// A number as written in every TradingKit CSV: shortest round-trip positional decimal,
    /// empty when not finite.
    public static func number(_ value: Double) -> String {
        value.isFinite ? NumberText.plain(value) : ""
    }

    /// The whole text of a CSV in memory: `header`, then `appendRows` over all `rows` (the
    /// `String` counterpart of ``writeChunks(to:rows:bytesPerRow:header:_:)``).
    static func text(rows: Int, bytesPerRow: Int, header: String, _ appendRows: (Range<Int>, inout TextBuffer) -> Void) -> String {
        var buffer = TextBuffer(reservingCapacity: 256 + rows * bytesPerRow)
        buffer.append(header)
        appendRows(0..<rows, &buffer)
        return buffer.text
    }

    /// Streams a table to `path`: the header, then `rows` rows formatted ``rowsPerChunk`` at a
    /// time by `appendRows` and written out after each chunk.
    ///
    /// On a machine with two processors or more, chunks are formatted in pairs: the second of
    /// each pair on a ``BackgroundThread`` while this thread formats and writes the first (the
    /// formatting — shortest round-trip decimals — costs far more than the writing). The file
    /// is byte for byte the same either way. `appendRows` must therefore only read shared
    /// state (the writers' closures read the immutable table they format).
    static func writeChunks(to path: String, rows: Int, bytesPerRow: Int, header: String,
                            _ appendRows: (Range<Int>, inout TextBuffer) -> Void) throws(ReportWriteError) {
        let capacity = 256 + Swift.min(rows, rowsPerChunk) * bytesPerRow
        let pairs = rows > rowsPerChunk && BackgroundThread.processorCount >= 2
        try ReportFile.write(to: path) { (file: ReportFile) throws(ReportWriteError) in
            var buffer = TextBuffer(reservingCapacity: capacity)
            buffer.append(header)
            let second = pairs ? FormattedChunk(reservingCapacity: capacity) : nil
            var failure: ReportWriteError?
            withoutActuallyEscaping(appendRows) { appendRows in
                var start = 0
                repeat {
                    let end = Swift.min(start + rowsPerChunk, rows)
                    let secondEnd = Swift.min(end + rowsPerChunk, rows)
                    // The next chunk, formatted meanwhile on another thread (joined below,
                    // before this closure returns, on every path).
                    let thread = second.flatMap { chunk in
                        end < secondEnd ? BackgroundThread.start { chunk.format(end..<secondEnd, appendRows) } : nil
                    }
                    appendRows(start..<end, &buffer)
                    do throws(ReportWriteError) { try file.write(buffer) } catch { failure = error }
                    buffer.removeAll()
                    start = end
                    if let thread, let second {
                        thread.join()
                        if failure == nil {
                            do throws(ReportWriteError) { try file.write(second.buffer) } catch { failure = error }
                        }
                        start = secondEnd
                    }
                } while start < rows && failure == nil
            }
            if let failure { throw failure }
        }
    }

    /// A chunk of rows formatted on a ``BackgroundThread`` (owned by that thread until joined).
    private final class FormattedChunk: @unchecked Sendable {
        private(set) var buffer: TextBuffer

        init(reservingCapacity capacity: Int) {
            buffer = TextBuffer(reservingCapacity: capacity)
        }

        func format(_ rows: Range<Int>, _ appendRows: (Range<Int>, inout TextBuffer) -> Void) {
            buffer.removeAll()
            appendRows(rows, &buffer)
        }
    }
}

/// The columns read from a CSV file, with the line of every accepted row and every issue found.
struct CSVBarTable {
    /// The `symbol` column's value (first row), when the file has one.
    var symbol: String?
    var timestamps: [Timestamp] = []
    var open: [Double] = []
    var high: [Double] = []
    var low: [Double] = []
    var close: [Double] = []
    var volume: [Double] = []
    /// Present when the file has an adjusted-close column.
    var adjustedClose: [Double]?
    /// Present when the file has a dividends column (0 = no dividend).
    var dividends: [Double]?
    /// Present when the file has a splits column (0 or 1 = no split).
    var splits: [Double]?
    /// The 1-based line of each accepted row (empty unless requested).
    var lines: [Int] = []
    /// Data rows seen (accepted or not).
    var rowCount = 0
    /// Errors, in line order.
    var issues: [DataIssue] = []
    /// The header name of each field role, for messages.
    var closeColumnName = "close"
    var timestampColumnName = "date"
}

/// A byte-level CSV reader for OHLCV files: columns by header name, quoted fields, CRLF,
/// BOM, `,`/`;`/tab separators; every problem is recorded with its line and column.
///
/// The row loop works on raw bytes: no per-line `String`, numbers through
/// ``DecimalParser`` and timestamps through ``Timestamp/init(parsing:)``'s byte parser.
struct CSVBarReader {
    enum Role: UInt8 { case ignored, timestamp, open, high, low, close, volume, adjustedClose, dividends, splits, symbol }

    enum FieldEnd { case delimiter, line, input, unterminatedQuote }

    private static let quote = UInt8(ascii: "\"")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// The most header columns read (``DataIssueKind/tooManyColumns(limit:)`` beyond): far
    /// more than an OHLCV file has, few enough that a line of separators fails at once.
    static let maximumColumns = 10_000

    /// Maps a normalised header name (lower-case, no spaces, `_` or `-`) to its role.
    static func role(forHeader normalized: String, isFirstColumn: Bool) -> Role {
        switch normalized {
        case "date", "datetime", "time", "timestamp": return .timestamp
        case "", "unnamed:0": return isFirstColumn ? .timestamp : .ignored
        case "open": return .open
        case "high": return .high
        case "low": return .low
        case "close": return .close
        case "volume": return .volume
        case "adjclose", "adjustedclose": return .adjustedClose
        case "dividends", "dividend": return .dividends
        case "stocksplits", "splits", "split": return .splits
        case "symbol", "ticker": return .symbol
        default: return .ignored
        }
    }

    static func normalize(_ header: String) -> String {
        String(header.lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" })
    }

    /// Whether `byte` is padding around a field: a space or a tab that is not the separator
    /// (so a line of only spaces or tabs is blank whatever the padding).
    @inline(__always)
    static func isPadding(_ byte: UInt8, _ delimiter: UInt8) -> Bool {
        (byte == space || byte == tab) && byte != delimiter
    }

    /// Scans one field starting at `position`; returns its content range and what ended it.
    @inline(__always)
    static func scanField(
        _ bytes: UnsafePointer<UInt8>, _ count: Int, _ position: inout Int, delimiter: UInt8, line: inout Int
    ) -> (start: Int, end: Int, terminator: FieldEnd) {
        var start = position
        while start < count && isPadding(bytes[start], delimiter) { start += 1 }
        var cursor = start
        var contentStart = start
        var contentEnd = start
        if start < count && bytes[start] == quote {
            cursor = start + 1
            while true {
                guard cursor < count else {
                    position = count
                    return (start + 1, count, .unterminatedQuote)
                }
                let byte = bytes[cursor]
                if byte == quote {
                    if cursor + 1 < count && bytes[cursor + 1] == quote {
                        cursor += 2
                        continue
                    }
                    break
                }
                if byte == newline || (byte == carriageReturn && (cursor + 1 == count || bytes[cursor + 1] != newline)) { line += 1 }
                cursor += 1
            }
            contentStart = start + 1
            contentEnd = cursor
            cursor += 1
            while cursor < count && isPadding(bytes[cursor], delimiter) { cursor += 1 }
            if cursor < count && bytes[cursor] != delimiter && bytes[cursor] != newline && bytes[cursor] != carriageReturn {
                // Text after the closing quote: report the whole raw field as unparseable.
                contentStart = start
                while cursor < count && bytes[cursor] != delimiter && bytes[cursor] != newline && bytes[cursor] != carriageReturn {
                    cursor += 1
                }
                contentEnd = cursor
            }
        } else {
            while cursor < count {
                let byte = bytes[cursor]
                if byte == delimiter || byte == newline || byte == carriageReturn { break }
                cursor += 1
            }
            contentEnd = cursor
            while contentEnd > contentStart && isPadding(bytes[contentEnd - 1], delimiter) { contentEnd -= 1 }
        }
        guard cursor < count else {
            position = count
            return (contentStart, contentEnd, .input)
        }
        let byte = bytes[cursor]
        position = cursor + 1
        if byte == delimiter { return (contentStart, contentEnd, .delimiter) }
        if byte == carriageReturn && position < count && bytes[position] == newline { position += 1 }
        return (contentStart, contentEnd, .line)
    }

    /// When a field's content ends at `next` and is directly followed by the separator, a
    /// line end or the end of input: how it ended and where the next field starts.
    @inline(__always)
    static func fieldEnd(_ bytes: UnsafePointer<UInt8>, _ count: Int, at next: Int, delimiter: UInt8) -> (FieldEnd, Int)? {
        guard next < count else { return (.input, count) }
        let byte = bytes[next]
        if byte == delimiter { return (.delimiter, next + 1) }
        if byte == newline { return (.line, next + 1) }
        if byte == carriageReturn {
            return (.line, next + 1 < count && bytes[next + 1] == newline ? next + 2 : next + 1)
        }
        return nil
    }

    /// Where the header starts — after a UTF-8 byte-order mark and leading blank lines — its
    /// line, and the separator (`requested`, or detected from the header); `nil` when the
    /// input holds nothing else.
    static func headerStart(_ bytes: UnsafePointer<UInt8>, _ count: Int, delimiter requested: UInt8?) -> (position: Int, line: Int, delimiter: UInt8)? {
        var position = 0
        if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
        var line = 1
        skipLineEnds(bytes, count, &position, &line)
        guard position < count else { return nil }
        return (position, line, requested ?? detectDelimiter(bytes, count, from: position))
    }

    /// Moves `position` past the line ends there, counting each in `line`: a line ends at LF,
    /// CR or CRLF (files written with CR alone number their lines too).
    @inline(__always)
    static func skipLineEnds(_ bytes: UnsafePointer<UInt8>, _ count: Int, _ position: inout Int, _ line: inout Int) {
        while position < count && (bytes[position] == newline || bytes[position] == carriageReturn) {
            if bytes[position] == carriageReturn && position + 1 < count && bytes[position + 1] == newline { position += 1 }
            position += 1
            line += 1
        }
    }

    /// Chooses `,`, `;` or tab: whichever occurs most often outside quotes in the header line.
    static func detectDelimiter(_ bytes: UnsafePointer<UInt8>, _ count: Int, from start: Int) -> UInt8 {
        var commas = 0, semicolons = 0, tabs = 0
        var inQuotes = false
        var index = start
        while index < count {
            let byte = bytes[index]
            if byte == quote { inQuotes.toggle() }
            if !inQuotes {
                if byte == newline || byte == carriageReturn { break }
                if byte == UInt8(ascii: ",") { commas += 1 }
                if byte == UInt8(ascii: ";") { semicolons += 1 }
                if byte == UInt8(ascii: "\t") { tabs += 1 }
            }
            index += 1
        }
        if semicolons > commas && semicolons >= tabs { return UInt8(ascii: ";") }
        if tabs > commas && tabs > semicolons { return UInt8(ascii: "\t") }
        return UInt8(ascii: ",")
    }

    static func text(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: bytes + start, count: end - start), as: UTF8.self)
    }

    /// A field's value: its text with each doubled quote (the escape inside a quoted field)
    /// read as one quote.
    static func value(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let field = UnsafeBufferPointer(start: bytes + start, count: end - start)
        guard field.contains(quote) else { return text(bytes, start, end) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(field.count)
        var index = 0
        while index < field.count {
            unescaped.append(field[index])
            index += field[index] == quote && index + 1 < field.count && field[index + 1] == quote ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// About how many rows the `count − dataStart` bytes after the header hold, from the
    /// mean length of up to 16 lines at each of four places in the file, plus 3 % (lines
    /// vary: prices gain digits, dates lengthen). Sizes the columns: an estimate that falls
    /// short makes every column grow and copy once at the end; one that overshoots reserves
    /// address space that is never touched.
    ///
    /// - Complexity: O(sampled line lengths).
    static func estimatedRowCount(_ bytes: UnsafePointer<UInt8>, count: Int, dataStart: Int) -> Int {
        let dataBytes = count - dataStart
        guard dataBytes > 0 else { return 16 }
        var sampledBytes = 0, sampledLines = 0
        for quarter in 0..<4 {
            var position = dataStart + dataBytes / 4 * quarter
            if quarter > 0 {
                // Start at the beginning of the next line.
                while position < count && bytes[position] != newline { position += 1 }
                position += 1
            }
            for _ in 0..<16 where position < count {
                let lineStart = position
                while position < count && bytes[position] != newline { position += 1 }
                position += 1
                sampledBytes += position - lineStart
                sampledLines += 1
            }
        }
        // A valid row holds a date and five numbers with their separators: 17 bytes at the
        // least. Sampled blank lines must not inflate the estimate beyond that.
        let meanLength = Swift.max(Double(sampledBytes) / Double(Swift.max(sampledLines, 1)), 16)
        return Int(Double(dataBytes) / meanLength * 1.03) + 16
    }

    /// Reads a whole file's bytes into columns, recording every error; `recordsLines` keeps
    /// each accepted row's line number (validation needs them for warnings, loading does not).
    ///
    /// Runs of plain, valid rows of the common layout go through ``CSVFastRowParser``;
    /// every other row (and every row of another layout) through the general field loop
    /// below, which diagnoses it. `usesFastPath: false` sends every row through the general
    /// loop (tests compare the two). `stopsAtSecondSymbol: true` returns at the first row of a
    /// second symbol, with the rows before it read and that row's issue recorded last:
    /// `readBySymbol` then splits the file instead of diagnosing every other symbol's row as
    /// inconsistent.
    ///
    /// With the fast path, a large file's second half is read ahead on another thread
    /// (``CSVReadAhead``, `parallelism`); the result is that of a sequential read all the same.
    ///
    /// `rows`, when given, reads only the records in that byte range (they start on line
    /// `firstLine`) under the file's header: one symbol's run of a long file grouped by symbol.
    static func read(
        _ buffer: UnsafeBufferPointer<UInt8>, file: String, delimiter requestedDelimiter: UInt8?, recordsLines: Bool, usesFastPath: Bool = true,
        stopsAtSecondSymbol: Bool = false, parallelism: CSVParallelism = .automatic, rows: Range<Int>? = nil, firstLine: Int = 0
    ) -> CSVBarTable {
        var table = CSVBarTable()
        guard let bytes = buffer.baseAddress, buffer.count > 0 else {
            table.issues.append(DataIssue(file: file, line: 1, kind: .emptyFile))
            return table
        }
        var count = buffer.count
        guard let start = headerStart(bytes, count, delimiter: requestedDelimiter) else {
            table.issues.append(DataIssue(file: file, line: 1, kind: .emptyFile))
            return table
        }
        var position = start.position, line = start.line
        let delimiter = start.delimiter

        // Header.
        let headerLine = line
        var names: [String] = []
        var roles: [Role] = []
        var columnOfRole = [Int](repeating: -1, count: 11)
        var unnamedIndexIsTimestamp = false
        while true {
            let field = scanField(bytes, count, &position, delimiter: delimiter, line: &line)
            if field.terminator == .unterminatedQuote {
                table.issues.append(DataIssue(file: file, line: line, kind: .unterminatedQuote))
                return table
            }
            let name = text(bytes, field.start, field.end)
            var role = role(forHeader: normalize(name), isFirstColumn: names.isEmpty)
            // pandas writes its index as an unnamed first column (`,date,open,…`): a named
            // time column takes the timestamp over from it, and the index is ignored.
            if names.isEmpty && role == .timestamp && ["", "unnamed:0"].contains(normalize(name)) {
                unnamedIndexIsTimestamp = true
            } else if role == .timestamp && unnamedIndexIsTimestamp {
                roles[0] = .ignored
                columnOfRole[Int(Role.timestamp.rawValue)] = -1
                unnamedIndexIsTimestamp = false
            }
            if role != .ignored {
                if columnOfRole[Int(role.rawValue)] >= 0 {
                    table.issues.append(DataIssue(file: file, line: headerLine, column: name, kind: .duplicateColumn(name)))
                    role = .ignored
                } else {
                    columnOfRole[Int(role.rawValue)] = names.count
                }
            }
            names.append(name.isEmpty ? "column \(names.count + 1)" : name)
            roles.append(role)
            if field.terminator == .line { line += 1 }
            if field.terminator != .delimiter { break }
            guard names.count < Self.maximumColumns else {
                table.issues.append(DataIssue(file: file, line: headerLine, kind: .tooManyColumns(limit: Self.maximumColumns)))
                return table
            }
        }
        let required: [(Role, String)] = [(.timestamp, "date"), (.open, "open"), (.high, "high"), (.low, "low"), (.close, "close"), (.volume, "volume")]
        for (role, name) in required where columnOfRole[Int(role.rawValue)] < 0 {
            table.issues.append(DataIssue(file: file, line: headerLine, kind: .missingColumn(name)))
        }
        guard table.issues.isEmpty else { return table }
        func columnName(_ role: Role) -> String { names[columnOfRole[Int(role.rawValue)]] }
        let openName = columnName(.open), highName = columnName(.high), lowName = columnName(.low)
        let closeName = columnName(.close), volumeName = columnName(.volume), timeName = columnName(.timestamp)
        table.closeColumnName = closeName
        table.timestampColumnName = timeName
        let hasAdjusted = columnOfRole[Int(Role.adjustedClose.rawValue)] >= 0
        let hasDividends = columnOfRole[Int(Role.dividends.rawValue)] >= 0
        let hasSplits = columnOfRole[Int(Role.splits.rawValue)] >= 0
        let columnCount = roles.count
        if let rows {
            precondition(rows.lowerBound >= position && rows.upperBound <= count, "rows must lie after the header")
            (position, line, count) = (rows.lowerBound, firstLine, rows.upperBound)
        }

        let estimatedRows = Self.estimatedRowCount(bytes, count: count, dataStart: position)
        var columns = CSVColumns(
            expectedRows: estimatedRows, recordsLines: recordsLines, hasAdjustedClose: hasAdjusted, hasDividends: hasDividends, hasSplits: hasSplits
        )
        var context = CSVRowContext()
        let (dataStart, dataStartLine) = (position, line)
        var rowIssues: [DataIssue] = []
        let fastPath = CSVFastRowParser(roles: usesFastPath ? roles : [], delimiter: delimiter)

        // The rows from `limit` on are being read ahead on another thread until this loop
        // reaches `limit`; joined on every way out, as the thread reads `buffer`.
        var limit = count
        var readAhead: (rows: CSVReadAhead, thread: BackgroundThread)?
        defer { readAhead?.thread.join() }
        if fastPath.isApplicable,
           let ahead = CSVReadAhead(bytes, count: count, dataStart: position, parallelism: parallelism, roles: roles, delimiter: delimiter,
                                    recordsLines: recordsLines, hasAdjustedClose: hasAdjusted, hasDividends: hasDividends, hasSplits: hasSplits),
           let thread = BackgroundThread.start({ ahead.run() }) {
            readAhead = (ahead, thread)
            limit = ahead.start
        }

        rows: while true {
            if position >= limit {
                guard let (ahead, thread) = readAhead else { break }
                thread.join()
                readAhead = nil
                limit = count
                // Rows end at line starts, so the loop stops at the split point exactly
                // unless a quoted field ran across it.
                if position == ahead.start && ahead.canFollow(context) {
                    columns.append(ahead.rows, lineOffset: line)
                    table.rowCount += ahead.rows.rowCount
                    line += ahead.rows.rowCount
                    position = ahead.end
                    context.previousTimestamp = ahead.lastTimestamp
                    context.previousClose = ahead.lastClose
                }
                continue rows
            }
            fastPath.appendRows(bytes, count: limit, position: &position, line: &line, rowCount: &table.rowCount, context: &context, columns: &columns)
            guard position < limit else { continue rows }
            let first = bytes[position]
            if first == newline || first == carriageReturn {
                position += 1
                if first == carriageReturn && position < count && bytes[position] == newline { position += 1 }
                line += 1
                continue
            }
            let rowLine = line
            var timestamp: Int64?
            var values = RowValues()
            if !rowIssues.isEmpty { rowIssues.removeAll(keepingCapacity: true) }
            var fieldIndex = 0
            var firstFieldIsEmpty = false
            var terminator = FieldEnd.delimiter
            repeat {
                let role = fieldIndex < columnCount ? roles[fieldIndex] : .ignored
                if role == .timestamp,
                   let (value, length) = Timestamp.parsePrefix(bytes + position, limit: count - position, cache: &context.dateCache, delimiter: delimiter),
                   let end = fieldEnd(bytes, count, at: position + length, delimiter: delimiter) {
                    // Fast path: the timestamp runs straight up to the separator or line end.
                    timestamp = value
                    (terminator, position) = end
                    fieldIndex += 1
                    continue
                }
                if role == .symbol && context.symbolStart >= 0 && position + context.symbolLength <= count
                    && bytesEqual(bytes + context.symbolStart, bytes + position, context.symbolLength),
                   let end = fieldEnd(bytes, count, at: position + context.symbolLength, delimiter: delimiter) {
                    // Fast path: the same symbol as the first row's.
                    (terminator, position) = end
                    fieldIndex += 1
                    continue
                }
                if role.rawValue >= Role.open.rawValue && role.rawValue <= Role.splits.rawValue,
                   let (value, length) = DecimalParser.parseSimplePrefix(bytes + position, limit: count - position)
                    ?? DecimalParser.parsePrefix(bytes + position, limit: count - position),
                   let end = fieldEnd(bytes, count, at: position + length, delimiter: delimiter) {
                    // Fast path: the number runs straight up to the separator or line end.
                    values.assign(value, to: role)
                    (terminator, position) = end
                    fieldIndex += 1
                    continue
                }
                let field = scanField(bytes, count, &position, delimiter: delimiter, line: &line)
                terminator = field.terminator
                if terminator == .unterminatedQuote {
                    table.issues.append(DataIssue(file: file, line: rowLine, column: fieldIndex < columnCount ? names[fieldIndex] : nil, kind: .unterminatedQuote))
                    break rows
                }
                if fieldIndex == 0 { firstFieldIsEmpty = field.start == field.end }
                if role != .ignored {
                    let isEmpty = field.start == field.end
                    switch role {
                    case .timestamp:
                        if isEmpty {
                            rowIssues.append(DataIssue(file: file, line: rowLine, column: names[fieldIndex], kind: .emptyField))
                        } else if let value = Timestamp.parseNanoseconds(bytes + field.start, count: field.end - field.start) {
                            timestamp = value
                        } else {
                            rowIssues.append(DataIssue(file: file, line: rowLine, column: names[fieldIndex], kind: .unparseableTimestamp(text(bytes, field.start, field.end))))
                        }
                    case .symbol:
                        if isEmpty {
                            rowIssues.append(DataIssue(file: file, line: rowLine, column: names[fieldIndex], kind: .emptyField))
                        } else if context.symbolStart < 0 {
                            context.symbolStart = field.start
                            context.symbolLength = field.end - field.start
                            table.symbol = value(bytes, field.start, field.end)
                        } else if field.end - field.start != context.symbolLength || !bytesEqual(bytes + context.symbolStart, bytes + field.start, context.symbolLength) {
                            rowIssues.append(DataIssue(file: file, line: rowLine, column: names[fieldIndex], kind: .inconsistentSymbol(expected: table.symbol ?? "", found: value(bytes, field.start, field.end))))
                            if stopsAtSecondSymbol {
                                table.issues.append(rowIssues.last!)
                                columns.move(into: &table)
                                return table
                            }
                        }
                    default:
                        var value = 0.0
                        if isEmpty {
                            if role != .dividends && role != .splits {
                                rowIssues.append(DataIssue(file: file, line: rowLine, column: names[fieldIndex], kind: .emptyField))
                            }
                        } else if let parsed = DecimalParser.parse(bytes + field.start, count: field.end - field.start) {
                            value = parsed
                        } else {
                            rowIssues.append(DataIssue(file: file, line: rowLine, column: names[fieldIndex], kind: .unparseableNumber(text(bytes, field.start, field.end))))
                        }
                        values.assign(value, to: role)
                    }
                }
                fieldIndex += 1
            } while terminator == .delimiter
            if terminator == .line { line += 1 }
            if fieldIndex == 1 && firstFieldIsEmpty { continue rows }
            table.rowCount += 1
            if fieldIndex != columnCount {
                table.issues.append(DataIssue(file: file, line: rowLine, kind: .fieldCount(expected: columnCount, found: fieldIndex)))
                continue rows
            }
            let (open, high, low, close, volume) = (values.open, values.high, values.low, values.close, values.volume)
            let (adjustedValue, dividendValue, splitValue) = (values.adjustedClose, values.dividend, values.split)
            if rowIssues.isEmpty {
                // One combined test for the common, valid row; the detailed checks run only
                // when it fails. Range tests are false for NaN.
                let prices = Bar.supportedPrices
                let pricesAreValid = prices.contains(open) && prices.contains(high) && prices.contains(low) && prices.contains(close)
                    && volume >= 0 && volume <= Bar.maximumVolume
                    && (!hasAdjusted || prices.contains(adjustedValue))
                    && low <= high && open >= low && open <= high && close >= low && close <= high
                if !pricesAreValid {
                    func check(_ value: Double, _ name: String, isPrice: Bool) {
                        let kind: DataIssueKind
                        if !value.isFinite {
                            kind = .nonFiniteValue
                        } else if isPrice {
                            guard !prices.contains(value) else { return }
                            kind = value <= 0 ? .nonPositivePrice(value) : .priceOutOfRange(value)
                        } else if value < 0 {
                            kind = .negativeVolume(value)
                        } else if value > Bar.maximumVolume {
                            kind = .volumeOutOfRange(value)
                        } else {
                            return
                        }
                        rowIssues.append(DataIssue(file: file, line: rowLine, column: name, kind: kind))
                    }
                    check(open, openName, isPrice: true)
                    check(high, highName, isPrice: true)
                    check(low, lowName, isPrice: true)
                    check(close, closeName, isPrice: true)
                    let pricesAreValid = rowIssues.isEmpty
                    check(volume, volumeName, isPrice: false)
                    if hasAdjusted { check(adjustedValue, columnName(.adjustedClose), isPrice: true) }
                    // The range checks need only valid prices: a bad volume or adjusted close
                    // in the same row must not hide them.
                    if pricesAreValid {
                        if high < low {
                            rowIssues.append(DataIssue(file: file, line: rowLine, column: highName, kind: .highBelowLow(high: high, low: low)))
                        } else {
                            if open < low || open > high {
                                rowIssues.append(DataIssue(file: file, line: rowLine, column: openName, kind: .openOutsideRange(open: open, low: low, high: high)))
                            }
                            if close < low || close > high {
                                rowIssues.append(DataIssue(file: file, line: rowLine, column: closeName, kind: .closeOutsideRange(close: close, low: low, high: high)))
                            }
                        }
                    }
                }
                if hasDividends && (!dividendValue.isFinite || dividendValue < 0 || (dividendValue > 0 && dividendValue >= (context.previousClose ?? .infinity))) {
                    rowIssues.append(DataIssue(file: file, line: rowLine, column: columnName(.dividends), kind: .invalidDividend(dividendValue)))
                }
                if hasSplits && (!splitValue.isFinite || splitValue < 0) {
                    rowIssues.append(DataIssue(file: file, line: rowLine, column: columnName(.splits), kind: .invalidSplitRatio(splitValue)))
                }
            }
            if let timestamp {
                if let previousTimestamp = context.previousTimestamp, timestamp <= previousTimestamp {
                    let kind: DataIssueKind = timestamp == previousTimestamp
                        ? .duplicateTimestamp(Timestamp(rawValue: timestamp))
                        : .decreasingTimestamp(previous: Timestamp(rawValue: previousTimestamp), current: Timestamp(rawValue: timestamp))
                    rowIssues.append(DataIssue(file: file, line: rowLine, column: timeName, kind: kind))
                }
                context.previousTimestamp = timestamp
            }
            if close.isFinite && close > 0 { context.previousClose = close }
            guard rowIssues.isEmpty, let timestamp else {
                table.issues.append(contentsOf: rowIssues)
                continue
            }
            columns.append(timestamp: timestamp, values: values, line: rowLine)
        }
        columns.move(into: &table)
        if unnamedIndexIsTimestamp && Self.looksLikeRowNumbers(table.timestamps) {
            let line = Self.firstRecordLine(bytes, count, from: dataStart, line: dataStartLine, delimiter: delimiter)
            table.issues.append(DataIssue(file: file, line: line, column: names[0], kind: .rowNumbersAsTimes))
        }
        if table.rowCount == 0 && table.issues.isEmpty {
            table.issues.append(DataIssue(file: file, line: headerLine + 1, kind: .noRows))
        }
        return table
    }

    /// Whether `times` start like row numbers read as seconds since 1970: the first within the
    /// first day of 1970 and the second one second later. No market data is stamped there, so
    /// an unnamed first column of such values is a pandas index, not the bars' times.
    static func looksLikeRowNumbers(_ times: [Timestamp]) -> Bool {
        guard times.count >= 2 else { return false }
        let second = Timestamp.nanosecondsPerSecond
        return times[0].rawValue >= 0 && times[0].rawValue < 86_400 * second && times[1].rawValue == times[0].rawValue + second
    }

    /// The line of the first record at or after `start` (on line `line`): blank lines, and
    /// lines of padding only, are skipped as the row loop skips them (a line ends at LF, CR
    /// or CRLF).
    static func firstRecordLine(_ bytes: UnsafePointer<UInt8>, _ count: Int, from start: Int, line: Int, delimiter: UInt8) -> Int {
        var (position, line) = (start, line)
        while position < count {
            var end = position
            while end < count && bytes[end] != newline && bytes[end] != carriageReturn { end += 1 }
            if (position..<end).contains(where: { !isPadding(bytes[$0], delimiter) }) { return line }
            position = end
            skipLineEnds(bytes, count, &position, &line)
        }
        return line
    }

    /// The numeric fields of one row.
    struct RowValues {
        var open = 0.0, high = 0.0, low = 0.0, close = 0.0, volume = 0.0
        var adjustedClose = 0.0, dividend = 0.0, split = 0.0

        @inline(__always)
        mutating func assign(_ value: Double, to role: Role) {
            switch role {
            case .open: open = value
            case .high: high = value
            case .low: low = value
            case .close: close = value
            case .volume: volume = value
            case .adjustedClose: adjustedClose = value
            case .dividends: dividend = value
            case .splits: split = value
            case .ignored, .timestamp, .symbol: break
            }
        }
    }

    /// Whether the `length` bytes at `a` and at `b` are equal.
    @inline(__always)
    static func bytesEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        for index in 0..<length where a[index] != b[index] { return false }
        return true
    }
}

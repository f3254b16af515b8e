/// Splits a long-format CSV — a `symbol` column whose rows hold several symbols, grouped or
/// interleaved — into one CSV per symbol, each with the header and that symbol's records in
/// file order, plus the original line of every line, so that issues found in a part are
/// reported at their line in the file.
///
/// Records are found with the reader's own field scanner (quoted fields, embedded line
/// breaks, CRLF); blank lines are dropped. A record whose symbol field is empty or cannot be
/// read stays with the symbol of the record before it (or the first symbol), so that the
/// reader reports it rather than losing it.
struct CSVSymbolSplitter {
    /// One symbol's records.
    struct Part {
        /// The header line, then the symbol's records, each ending in `\n`.
        var bytes: [UInt8] = []
        /// The file's line of each line of `bytes` (index 0 is the header's line).
        var lines: [Int] = []
    }

    /// Where a long file's header is and which column holds the symbol.
    struct Layout {
        var headerStart: Int
        var headerLine: Int
        /// Where the records start (after the header's line end), and their first line.
        var dataStart: Int
        var dataLine: Int
        var delimiter: UInt8
        var symbolColumn: Int
    }

    /// One record: its bytes, lines and symbol field.
    struct Record {
        var start: Int
        /// After its line end (or at the end of the input).
        var end: Int
        var line: Int
        /// The lines it spans (more than one with a quoted line break).
        var lineCount: Int
        /// Its symbol field's content; `nil` when empty or unreadable.
        var symbol: (start: Int, length: Int)?
        /// One line ending in `\n`, cut without the field scanner.
        var isPlain: Bool
    }

    /// The header's layout; `nil` when the header has no `symbol` column or cannot be read.
    static func layout(_ bytes: UnsafePointer<UInt8>, count: Int, delimiter requestedDelimiter: UInt8?) -> Layout? {
        guard let start = CSVBarReader.headerStart(bytes, count, delimiter: requestedDelimiter) else { return nil }
        var position = start.position, line = start.line
        var symbolColumn = -1, columnIndex = 0
        while true {
            let field = CSVBarReader.scanField(bytes, count, &position, delimiter: start.delimiter, line: &line)
            if field.terminator == .unterminatedQuote { return nil }
            let name = CSVBarReader.text(bytes, field.start, field.end)
            if symbolColumn < 0 && CSVBarReader.role(forHeader: CSVBarReader.normalize(name), isFirstColumn: columnIndex == 0) == .symbol {
                symbolColumn = columnIndex
            }
            columnIndex += 1
            if field.terminator == .line { line += 1 }
            if field.terminator != .delimiter { break }
        }
        guard symbolColumn >= 0 else { return nil }
        return Layout(headerStart: start.position, headerLine: start.line, dataStart: position, dataLine: line,
                      delimiter: start.delimiter, symbolColumn: symbolColumn)
    }

    /// The next record at or after `position`, blank lines skipped, with `position` and `line`
    /// moved past it; `nil` at the end of the input. Plain records (see ``CSVBarReader/plainRecord(_:count:at:symbolColumn:delimiter:)``) are
    /// cut directly, every other one with the reader's field scanner (`usesFastPath: false`:
    /// every record).
    @inline(__always)
    static func nextRecord(_ bytes: UnsafePointer<UInt8>, count: Int, position: inout Int, line: inout Int, layout: Layout,
                           usesFastPath: Bool) -> Record? {
        CSVBarReader.skipLineEnds(bytes, count, &position, &line)
        guard position < count else { return nil }
        let start = position, firstLine = line
        if usesFastPath, let plain = CSVBarReader.plainRecord(bytes, count: count, at: start, symbolColumn: layout.symbolColumn, delimiter: layout.delimiter) {
            position = plain.end
            line += 1
            return Record(start: start, end: plain.end, line: firstLine, lineCount: 1, symbol: (plain.symbolStart, plain.symbolLength), isPlain: true)
        }
        var symbol: (start: Int, length: Int)?
        var field = 0
        while true {
            let scanned = CSVBarReader.scanField(bytes, count, &position, delimiter: layout.delimiter, line: &line)
            if field == layout.symbolColumn && scanned.end > scanned.start && scanned.terminator != .unterminatedQuote {
                symbol = (scanned.start, scanned.end - scanned.start)
            }
            field += 1
            if scanned.terminator == .line { line += 1 }
            if scanned.terminator != .delimiter { break }
        }
        return Record(start: start, end: position, line: firstLine, lineCount: Swift.max(line - firstLine, 1), symbol: symbol, isPlain: false)
    }

    /// Assigns records to parts by symbol: a part per symbol, in order of first appearance; a
    /// record without a readable symbol goes to the current part (records before the first
    /// readable symbol to the first part, not chosen yet while ``current`` is −1).
    struct PartAssignment {
        private var partOfSymbol: [String: Int] = [:]
        private var currentSymbol = (start: 0, length: 0)
        /// The part of the latest record with a readable symbol; -1 before the first.
        private(set) var current = -1
        /// The number of parts so far.
        private(set) var count = 0

        /// Makes the record's symbol current; returns `true` when it opened a new part.
        @inline(__always)
        mutating func select(_ record: Record, in bytes: UnsafePointer<UInt8>) -> Bool {
            guard let symbol = record.symbol else { return false }
            if current >= 0 && symbol.length == currentSymbol.length
                && CSVBarReader.bytesEqual(bytes + symbol.start, bytes + currentSymbol.start, symbol.length) {
                return false
            }
            let text = CSVBarReader.text(bytes, symbol.start, symbol.start + symbol.length)
            currentSymbol = symbol
            if let index = partOfSymbol[text] {
                current = index
                return false
            }
            partOfSymbol[text] = count
            current = count
            count += 1
            return true
        }
    }

    /// When every symbol's records (blank lines aside) form one run of the file — a long
    /// file grouped by symbol — the byte range and first line of each run, in order of
    /// appearance; the reader then reads each run in place instead of a copy. `nil` when the
    /// records of some symbol are interleaved with another's, or without a `symbol` column.
    ///
    /// - Complexity: O(n) in the file size; an interleaved file is recognized within its
    ///   first records.
    static func groupedRuns(_ buffer: UnsafeBufferPointer<UInt8>, delimiter requestedDelimiter: UInt8?) -> [(range: Range<Int>, line: Int)]? {
        guard let bytes = buffer.baseAddress, buffer.count > 0,
              let layout = layout(bytes, count: buffer.count, delimiter: requestedDelimiter) else { return nil }
        var position = layout.dataStart, line = layout.dataLine
        var assignment = PartAssignment()
        var runs: [(range: Range<Int>, line: Int)] = []
        var leading: (start: Int, line: Int)?
        while let record = nextRecord(bytes, count: buffer.count, position: &position, line: &line, layout: layout, usesFastPath: true) {
            let before = assignment.current
            if assignment.select(record, in: bytes) {
                // A new symbol; the first takes the records before it.
                let start: (start: Int, line: Int) = runs.isEmpty ? (leading ?? (record.start, record.line)) : (record.start, record.line)
                runs.append((start.start..<record.end, start.line))
                continue
            }
            if assignment.current < 0 {
                if leading == nil { leading = (record.start, record.line) }
                continue
            }
            // Back to a symbol seen before another: not grouped.
            guard assignment.current == before else { return nil }
            runs[assignment.current].range = runs[assignment.current].range.lowerBound..<record.end
        }
        return runs.isEmpty ? nil : runs
    }

    /// The parts, in order of each symbol's first record; `nil` when the header has no
    /// `symbol` column (or cannot be read: the reader then reports why).
    ///
    /// Runs of plain records (one line ending in `\n`, no quote or carriage return, a symbol
    /// field without spaces) that go to one part are copied with one append; `usesFastPath:
    /// false` sends every record through the field scanner (tests compare the two).
    ///
    /// - Complexity: O(n) in the file size.
    static func split(_ buffer: UnsafeBufferPointer<UInt8>, delimiter requestedDelimiter: UInt8?, usesFastPath: Bool = true) -> [Part]? {
        guard let bytes = buffer.baseAddress, buffer.count > 0,
              let layout = layout(bytes, count: buffer.count, delimiter: requestedDelimiter) else { return nil }
        let count = buffer.count
        var position = layout.dataStart, line = layout.dataLine
        var header = Array(UnsafeBufferPointer(start: bytes + layout.headerStart, count: layout.dataStart - layout.headerStart))
        if header.last != CSVBarReader.newline { header.append(CSVBarReader.newline) }

        var parts: [Part] = []
        var assignment = PartAssignment()
        // Records before the first readable symbol join the first symbol's part.
        var leading = Part()
        // Plain records not yet copied: bytes `run.start..<run.end`, `run.records` lines from
        // `run.line`, all for part `run.part`.
        var run = (part: -1, start: 0, end: 0, line: 0, records: 0)

        func flushRun() {
            guard run.records > 0 else { return }
            parts[run.part].bytes.append(contentsOf: UnsafeBufferPointer(start: bytes + run.start, count: run.end - run.start))
            parts[run.part].lines.append(contentsOf: run.line..<(run.line + run.records))
            run = (-1, 0, 0, 0, 0)
        }

        while let record = nextRecord(bytes, count: count, position: &position, line: &line, layout: layout, usesFastPath: usesFastPath) {
            if assignment.select(record, in: bytes) {
                var part = Part(bytes: header, lines: [layout.headerLine])
                if parts.isEmpty {
                    part.bytes.append(contentsOf: leading.bytes)
                    part.lines.append(contentsOf: leading.lines)
                }
                parts.append(part)
            }
            let currentPart = assignment.current
            if record.isPlain {
                if run.part != currentPart || run.end != record.start {
                    flushRun()
                    run = (currentPart, record.start, record.start, record.line, 0)
                }
                run.end = record.end
                run.records += 1
                continue
            }
            flushRun()
            // A record ending at the end of the input gets a line end; one that spans lines
            // (a quoted line break) maps each of its lines.
            let bytesOfRecord = UnsafeBufferPointer(start: bytes + record.start, count: record.end - record.start)
            let recordLines = record.line..<(record.line + record.lineCount)
            if currentPart < 0 {
                leading.bytes.append(contentsOf: bytesOfRecord)
                if leading.bytes.last != CSVBarReader.newline { leading.bytes.append(CSVBarReader.newline) }
                leading.lines.append(contentsOf: recordLines)
            } else {
                parts[currentPart].bytes.append(contentsOf: bytesOfRecord)
                if parts[currentPart].bytes.last != CSVBarReader.newline { parts[currentPart].bytes.append(CSVBarReader.newline) }
                parts[currentPart].lines.append(contentsOf: recordLines)
            }
        }
        flushRun()
        return parts.isEmpty ? nil : parts
    }
}

extension CSVBarReader {
    /// Reads a file as one table per symbol: for a file grouped by symbol, each symbol's run
    /// read in place (``CSVSymbolSplitter/groupedRuns(_:delimiter:)``; `readsRunsInPlace:
    /// false` copies them, for tests); otherwise the tables of ``CSVSymbolSplitter``'s parts,
    /// with every issue's and row's line mapped back to the file. A file with no `symbol`
    /// column or a single symbol gives the one table ``read(_:file:delimiter:recordsLines:usesFastPath:stopsAtSecondSymbol:parallelism:rows:firstLine:)``
    /// gives.
    ///
    /// - Complexity: O(n) in the file size.
    static func readBySymbol(_ buffer: UnsafeBufferPointer<UInt8>, file: String, delimiter: UInt8?, recordsLines: Bool,
                             readsRunsInPlace: Bool = true) -> [CSVBarTable] {
        // The common file has one symbol (or none): read it once, as the single-series path
        // does, and split only when the reader met a second symbol.
        let whole = read(buffer, file: file, delimiter: delimiter, recordsLines: recordsLines, stopsAtSecondSymbol: true)
        guard whole.issues.contains(where: { if case .inconsistentSymbol = $0.kind { true } else { false } }) else { return [whole] }
        // Grouped by symbol: each symbol's run is read where it lies, under the file's header.
        if readsRunsInPlace, let runs = CSVSymbolSplitter.groupedRuns(buffer, delimiter: delimiter), runs.count > 1 {
            func readRun(_ run: (range: Range<Int>, line: Int)) -> CSVBarTable {
                read(buffer, file: file, delimiter: delimiter, recordsLines: recordsLines, rows: run.range, firstLine: run.line)
            }
            // `whole` stopped at the second run's first record, with the first run read and
            // that stop recorded last: without the stop it is the first run's table.
            var first = whole
            if first.issues.last?.line == runs[1].line {
                first.issues.removeLast()
            } else {
                first = readRun(runs[0])
            }
            return [first] + runs.dropFirst().map(readRun)
        }
        guard let parts = CSVSymbolSplitter.split(buffer, delimiter: delimiter), parts.count > 1 else {
            return [read(buffer, file: file, delimiter: delimiter, recordsLines: recordsLines)]
        }
        return parts.map { part in
            var table = part.bytes.withUnsafeBufferPointer { read($0, file: file, delimiter: delimiter, recordsLines: recordsLines) }
            func fileLine(_ line: Int) -> Int { line >= 1 && line <= part.lines.count ? part.lines[line - 1] : line }
            for index in table.issues.indices { table.issues[index].line = fileLine(table.issues[index].line) }
            for index in table.lines.indices { table.lines[index] = fileLine(table.lines[index]) }
            return table
        }
    }
    /// The record at `start` when it is plain: it ends in `\n` within the input, holds no quote
    /// or carriage return, and its symbol field (column `symbolColumn`) is not empty and has
    /// no space; then where the symbol is and where the next record starts.
    @inline(__always)
    static func plainRecord(_ bytes: UnsafePointer<UInt8>, count: Int, at start: Int, symbolColumn: Int, delimiter: UInt8)
        -> (symbolStart: Int, symbolLength: Int, end: Int)? {
        // Up to the end of the symbol field, byte by byte.
        var field = 0, fieldStart = start
        var index = start
        while true {
            guard index < count else { return nil }
            let byte = bytes[index]
            if byte == delimiter || byte == newline {
                if field == symbolColumn { break }
                if byte == newline { return nil }  // too few fields: the scanner decides
                field += 1
                fieldStart = index + 1
            } else if byte == UInt8(ascii: "\"") || byte == carriageReturn || (field == symbolColumn && byte == UInt8(ascii: " ")) {
                return nil
            }
            index += 1
        }
        guard index > fieldStart else { return nil }
        let symbol = (start: fieldStart, length: index - fieldStart)
        if bytes[index] == newline { return (symbol.start, symbol.length, index + 1) }
        // The rest of the record: the first line end, quote or carriage return, eight bytes at a time.
        guard let stop = firstLineEndOrQuote(bytes, count: count, from: index + 1), bytes[stop] == newline else { return nil }
        return (symbol.start, symbol.length, stop + 1)
    }

    /// The index of the first `\n`, `"` or `\r` at or after `start`, or `nil` when there is none.
    @inline(__always)
    private static func firstLineEndOrQuote(_ bytes: UnsafePointer<UInt8>, count: Int, from start: Int) -> Int? {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // Bytes equal to `byte` set their high bit in the result (exact up to the first match,
        // which is all the lowest set bit needs).
        @inline(__always) func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
            let x = word ^ (ones &* UInt64(byte))
            return (x &- ones) & ~x & highs
        }
        var index = start
        while index &+ 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self))
            let found = matches(word, newline) | matches(word, UInt8(ascii: "\"")) | matches(word, carriageReturn)
            if found != 0 { return index &+ found.trailingZeroBitCount / 8 }
            index &+= 8
        }
        while index < count {
            let byte = bytes[index]
            if byte == newline || byte == UInt8(ascii: "\"") || byte == carriageReturn { return index }
            index += 1
        }
        return nil
    }
}

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

    /// The parts, in order of each symbol's first record; `nil` when the header has no
    /// `symbol` column (or cannot be read: the reader then reports why).
    ///
    /// Plain records — one line ending in `\n`, no quote or carriage return, a symbol field
    /// without spaces — are cut without the field scanner, and runs of them that go to one
    /// part are copied with one append; `usesFastPath: false` sends every record through the
    /// scanner (tests compare the two).
    ///
    /// - Complexity: O(n) in the file size.
    static func split(_ buffer: UnsafeBufferPointer<UInt8>, delimiter requestedDelimiter: UInt8?, usesFastPath: Bool = true) -> [Part]? {
        guard let bytes = buffer.baseAddress, buffer.count > 0 else { return nil }
        let count = buffer.count
        guard let start = CSVBarReader.headerStart(bytes, count, delimiter: requestedDelimiter) else { return nil }
        var position = start.position, line = start.line
        let delimiter = start.delimiter

        // The header: find the symbol column, keep the bytes for every part.
        let headerStart = position, headerLine = line
        var symbolColumn = -1, columnIndex = 0
        while true {
            let field = CSVBarReader.scanField(bytes, count, &position, delimiter: delimiter, line: &line)
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
        let header = Array(UnsafeBufferPointer(start: bytes + headerStart, count: position - headerStart))

        var parts: [Part] = []
        var partOfSymbol: [String: Int] = [:]
        var currentPart = -1
        var currentSymbol = (start: 0, length: 0)
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
        /// Makes the symbol `start..<start + length` current: its part, created at its first record.
        func selectSymbol(at start: Int, length: Int) {
            if currentPart >= 0 && length == currentSymbol.length && CSVBarReader.bytesEqual(bytes + start, bytes + currentSymbol.start, length) {
                return
            }
            let symbol = CSVBarReader.text(bytes, start, start + length)
            currentSymbol = (start, length)
            if let index = partOfSymbol[symbol] {
                currentPart = index
                return
            }
            partOfSymbol[symbol] = parts.count
            currentPart = parts.count
            var part = Part(bytes: header, lines: [headerLine])
            if part.bytes.last != CSVBarReader.newline { part.bytes.append(CSVBarReader.newline) }
            if parts.isEmpty {
                part.bytes.append(contentsOf: leading.bytes)
                part.lines.append(contentsOf: leading.lines)
            }
            parts.append(part)
        }

        while position < count {
            // Blank lines.
            if bytes[position] == CSVBarReader.newline || bytes[position] == CSVBarReader.carriageReturn {
                if bytes[position] == CSVBarReader.newline { line += 1 }
                position += 1
                continue
            }
            if usesFastPath, let record = plainRecord(bytes, count: count, at: position, symbolColumn: symbolColumn, delimiter: delimiter) {
                selectSymbol(at: record.symbolStart, length: record.symbolLength)
                if run.part != currentPart || run.end != position {
                    flushRun()
                    run = (currentPart, position, position, line, 0)
                }
                run.end = record.end
                run.records += 1
                position = record.end
                line += 1
                continue
            }
            flushRun()
            let recordStart = position, recordLine = line
            var field = 0
            while true {
                let scanned = CSVBarReader.scanField(bytes, count, &position, delimiter: delimiter, line: &line)
                if field == symbolColumn && scanned.end > scanned.start && scanned.terminator != .unterminatedQuote {
                    selectSymbol(at: scanned.start, length: scanned.end - scanned.start)
                }
                field += 1
                if scanned.terminator == .line { line += 1 }
                if scanned.terminator != .delimiter { break }
            }
            // A record ending at the end of the input gets a line end; one that spans lines
            // (a quoted line break) maps each of its lines.
            let record = UnsafeBufferPointer(start: bytes + recordStart, count: position - recordStart)
            let recordLines = (recordLine..<Swift.max(line, recordLine + 1))
            if currentPart < 0 {
                leading.bytes.append(contentsOf: record)
                if leading.bytes.last != CSVBarReader.newline { leading.bytes.append(CSVBarReader.newline) }
                leading.lines.append(contentsOf: recordLines)
            } else {
                parts[currentPart].bytes.append(contentsOf: record)
                if parts[currentPart].bytes.last != CSVBarReader.newline { parts[currentPart].bytes.append(CSVBarReader.newline) }
                parts[currentPart].lines.append(contentsOf: recordLines)
            }
        }
        flushRun()
        return parts.isEmpty ? nil : parts
    }

    /// The record at `start` when it is plain: it ends in `\n` within the input, holds no quote
    /// or carriage return, and its symbol field (column `symbolColumn`) is not empty and has
    /// no space; then where the symbol is and where the next record starts.
    @inline(__always)
    private static func plainRecord(_ bytes: UnsafePointer<UInt8>, count: Int, at start: Int, symbolColumn: Int, delimiter: UInt8)
        -> (symbolStart: Int, symbolLength: Int, end: Int)? {
        // Up to the end of the symbol field, byte by byte.
        var field = 0, fieldStart = start
        var index = start
        while true {
            guard index < count else { return nil }
            let byte = bytes[index]
            if byte == delimiter || byte == CSVBarReader.newline {
                if field == symbolColumn { break }
                if byte == CSVBarReader.newline { return nil }  // too few fields: the scanner decides
                field += 1
                fieldStart = index + 1
            } else if byte == UInt8(ascii: "\"") || byte == CSVBarReader.carriageReturn || (field == symbolColumn && byte == UInt8(ascii: " ")) {
                return nil
            }
            index += 1
        }
        guard index > fieldStart else { return nil }
        let symbol = (start: fieldStart, length: index - fieldStart)
        if bytes[index] == CSVBarReader.newline { return (symbol.start, symbol.length, index + 1) }
        // The rest of the record: the first line end, quote or carriage return, eight bytes at a time.
        guard let stop = firstLineEndOrQuote(bytes, count: count, from: index + 1), bytes[stop] == CSVBarReader.newline else { return nil }
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
            let found = matches(word, CSVBarReader.newline) | matches(word, UInt8(ascii: "\"")) | matches(word, CSVBarReader.carriageReturn)
            if found != 0 { return index &+ found.trailingZeroBitCount / 8 }
            index &+= 8
        }
        while index < count {
            let byte = bytes[index]
            if byte == CSVBarReader.newline || byte == UInt8(ascii: "\"") || byte == CSVBarReader.carriageReturn { return index }
            index += 1
        }
        return nil
    }
}

extension CSVBarReader {
    /// Reads a file as one table per symbol: the tables of ``CSVSymbolSplitter``'s parts, with
    /// every issue's and row's line mapped back to the file; a file with no `symbol` column
    /// or a single symbol gives the one table ``read(_:file:delimiter:recordsLines:usesFastPath:stopsAtSecondSymbol:)``
    /// gives.
    ///
    /// - Complexity: O(n) in the file size.
    static func readBySymbol(_ buffer: UnsafeBufferPointer<UInt8>, file: String, delimiter: UInt8?, recordsLines: Bool) -> [CSVBarTable] {
        // The common file has one symbol (or none): read it once, as the single-series path
        // does, and split only when the reader met a second symbol.
        let whole = read(buffer, file: file, delimiter: delimiter, recordsLines: recordsLines, stopsAtSecondSymbol: true)
        guard whole.issues.contains(where: { if case .inconsistentSymbol = $0.kind { true } else { false } }) else { return [whole] }
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
}

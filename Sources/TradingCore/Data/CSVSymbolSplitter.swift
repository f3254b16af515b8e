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
    /// - Complexity: O(n) in the file size.
    static func split(_ buffer: UnsafeBufferPointer<UInt8>, delimiter requestedDelimiter: UInt8?) -> [Part]? {
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
        while position < count {
            // Blank lines.
            if bytes[position] == CSVBarReader.newline || bytes[position] == CSVBarReader.carriageReturn {
                if bytes[position] == CSVBarReader.newline { line += 1 }
                position += 1
                continue
            }
            let recordStart = position, recordLine = line
            var symbol: String?
            var sameSymbol = false
            var field = 0
            while true {
                let scanned = CSVBarReader.scanField(bytes, count, &position, delimiter: delimiter, line: &line)
                if field == symbolColumn && scanned.end > scanned.start && scanned.terminator != .unterminatedQuote {
                    // Rows usually come in runs of one symbol: compare bytes before making a string.
                    let length = scanned.end - scanned.start
                    if currentPart >= 0 && length == currentSymbol.length
                        && CSVBarReader.bytesEqual(bytes + scanned.start, bytes + currentSymbol.start, length) {
                        sameSymbol = true
                    } else {
                        symbol = CSVBarReader.text(bytes, scanned.start, scanned.end)
                        currentSymbol = (scanned.start, length)
                    }
                }
                field += 1
                if scanned.terminator == .line { line += 1 }
                if scanned.terminator != .delimiter { break }
            }
            if sameSymbol {
                // Still the current part.
            } else if let symbol {
                if let index = partOfSymbol[symbol] {
                    currentPart = index
                } else {
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
        return parts.isEmpty ? nil : parts
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

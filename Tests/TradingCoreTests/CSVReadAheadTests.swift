import Testing
@testable import TradingCore

/// Pins the CSV reader's read-ahead (``CSVReadAhead``: a large file's second half read on
/// another thread) to a sequential read: same tables bit for bit, same issues and lines,
/// wherever the split falls.
@Suite("CSV read-ahead")
struct CSVReadAheadTests {
    static let fractions = [0.0, 0.13, 0.5, 0.77, 0.98]

    @Test("random files with injected defects read to the sequential result, split anywhere", arguments: 0..<60)
    func randomFilesMatchSequentialRead(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) &* 0x5851_F42D &+ 3)
        let bytes = Array(RandomCSV.make(using: &random).utf8)
        for recordsLines in [false, true] {
            for stopsAtSecondSymbol in [false, true] {
                let sequential = Self.read(bytes, recordsLines: recordsLines, stopsAtSecondSymbol: stopsAtSecondSymbol, parallelism: .off)
                for fraction in Self.fractions {
                    let split = Self.read(bytes, recordsLines: recordsLines, stopsAtSecondSymbol: stopsAtSecondSymbol,
                                          parallelism: .splitting(atFraction: fraction))
                    CSVFastPathTests.expectIdentical(split, sequential, "seed \(seed), split at \(fraction), lines \(recordsLines)")
                }
            }
        }
    }

    @Test("a clean file's rows after the split are read ahead and may follow the rows before it")
    func cleanFileIsReadAhead() throws {
        let (text, header) = Self.cleanFile(rows: 3_000, dividendAt: nil)
        let bytes = Array(text.utf8)
        let sequential = Self.read(bytes, recordsLines: true, parallelism: .off)
        #expect(sequential.issues.isEmpty && sequential.timestamps.count == 3_000)
        try bytes.withUnsafeBufferPointer { buffer in
            let (ahead, before) = try Self.runReadAhead(buffer, dataStart: header, fraction: 0.5)
            #expect(before > 1_000 && before < 2_000)
            // Everything up to the last rows, which are too close to the end for the fast path.
            #expect(ahead.rows.rowCount >= 3_000 - before - 2)
            #expect(ahead.rows.timestamps == Array(sequential.timestamps[before..<(before + ahead.rows.rowCount)]))
            #expect(ahead.rows.close.map(\.bitPattern) == sequential.close[before..<(before + ahead.rows.rowCount)].map(\.bitPattern))
            #expect(ahead.rows.lines == Array(0..<ahead.rows.rowCount))
            #expect(ahead.canFollow(Self.context(after: before, of: sequential, symbolAt: header)))
        }
        let split = Self.read(bytes, recordsLines: true, parallelism: .splitting(atFraction: 0.5))
        CSVFastPathTests.expectIdentical(split, sequential, "clean file")
    }

    @Test("the rows read ahead are refused when their first row cannot follow the reader's last")
    func refusesRowsThatCannotFollow() throws {
        let (text, header) = Self.cleanFile(rows: 400, dividendAt: nil)
        let bytes = Array(text.utf8)
        let sequential = Self.read(bytes, recordsLines: false, parallelism: .off)
        try bytes.withUnsafeBufferPointer { buffer in
            let (ahead, before) = try Self.runReadAhead(buffer, dataStart: header, fraction: 0.5)
            let context = Self.context(after: before, of: sequential, symbolAt: header)
            #expect(ahead.canFollow(context))
            var late = context
            late.previousTimestamp = sequential.timestamps[before].rawValue
            #expect(!ahead.canFollow(late), "a first row not after the reader's last")
            var otherSymbol = context
            otherSymbol.symbolStart = 0  // "symbol", the header's first field: not "SYN"
            otherSymbol.symbolLength = 3
            #expect(!ahead.canFollow(otherSymbol), "another symbol")
            var noSymbol = context
            noSymbol.symbolStart = -1
            #expect(!ahead.canFollow(noSymbol), "the reader has not read a symbol")
        }
        // A dividend in the first row read ahead is checked against the close before it.
        let (dividendText, dividendHeader) = Self.cleanFile(rows: 400, dividendAt: 200)
        let dividendBytes = Array(dividendText.utf8)
        let withDividends = Self.read(dividendBytes, recordsLines: false, parallelism: .off)
        try dividendBytes.withUnsafeBufferPointer { buffer in
            let start = try #require(buffer.indices.filter { buffer[$0] == CSVBarReader.newline }.dropFirst(200).first) + 1
            let fraction = (Double(start - dividendHeader) - 0.5) / Double(buffer.count - dividendHeader)
            let ahead = try #require(Self.readAhead(buffer, dataStart: dividendHeader, fraction: fraction, dividends: true))
            #expect(ahead.start == start)
            ahead.run()
            var context = Self.context(after: 200, of: withDividends, symbolAt: dividendHeader)
            #expect(ahead.canFollow(context))
            context.previousClose = 1  // below the dividend of 2.5
            #expect(!ahead.canFollow(context))
        }
    }

    @Test("a quoted field running across the split point: the reader reads on itself, as a sequential read would")
    func quotedFieldAcrossSplit() throws {
        let (clean, header) = Self.cleanFile(rows: 300, dividendAt: nil)
        var lines = clean.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Data row 150's volume becomes a quoted field holding a line break followed by what
        // looks like a plain, valid row: the read-ahead takes that line as a row.
        var fields = lines[151].split(separator: ",").map(String.init)
        let embedded = "SYN,2022-03-01T02:30:30Z,100.5,101,100,100.25,10"
        fields[fields.count - 1] = "\"12\n" + embedded + "\n34\""
        lines[151] = fields.joined(separator: ",")
        let bytes = Array(lines.joined(separator: "\n").utf8)
        let sequential = Self.read(bytes, recordsLines: true, parallelism: .off)
        #expect(sequential.issues.count == 1)
        #expect(sequential.timestamps.count == 299)
        // Split at the embedded line, inside the quotes.
        let inside = try #require(Self.lineStart(of: embedded, in: bytes))
        let fraction = (Double(inside - header) - 0.5) / Double(bytes.count - header)
        try bytes.withUnsafeBufferPointer { buffer in
            let ahead = try #require(Self.readAhead(buffer, dataStart: header, fraction: fraction))
            #expect(ahead.start == inside)
            ahead.run()
            #expect(ahead.rows.rowCount == 1, "the embedded line reads as a row on its own")
        }
        let split = Self.read(bytes, recordsLines: true, parallelism: .splitting(atFraction: fraction))
        CSVFastPathTests.expectIdentical(split, sequential, "quoted line break across the split")
    }

    @Test("small files and single-processor machines are read on one thread")
    func automaticSplitNeedsSize() {
        let (text, header) = Self.cleanFile(rows: 100, dividendAt: nil)
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(Self.readAhead(buffer, dataStart: header, parallelism: .automatic) == nil)
            #expect(Self.readAhead(buffer, dataStart: header, parallelism: .off) == nil)
            #expect(Self.readAhead(buffer, dataStart: header, fraction: 1) == nil, "no line start left to split at")
        }
    }

    @Test("a long-format file (another symbol at the split point) is not read ahead, and reads as sequentially")
    func longFormatIsNotReadAhead() throws {
        let (text, header) = Self.cleanFile(rows: 400, dividendAt: nil)
        var lines = text.split(separator: "\n").map(String.init)
        for index in 201..<lines.count { lines[index] = "SYX" + lines[index].dropFirst(3) }
        let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(Self.readAhead(buffer, dataStart: header, fraction: 0.75) == nil)
            #expect(Self.readAhead(buffer, dataStart: header, fraction: 0.25) != nil, "the first row's symbol at the split")
        }
        for stops in [false, true] {
            let sequential = Self.read(bytes, recordsLines: true, stopsAtSecondSymbol: stops, parallelism: .off)
            let split = Self.read(bytes, recordsLines: true, stopsAtSecondSymbol: stops, parallelism: .splitting(atFraction: 0.75))
            CSVFastPathTests.expectIdentical(split, sequential, "long format, stops \(stops)")
        }
    }

    @Test("a background thread runs its work once, and joining shows what it wrote")
    func backgroundThread() throws {
        final class Box: @unchecked Sendable { var value = 0 }
        let box = Box()
        #expect(BackgroundThread.processorCount >= 1)
        #if canImport(Glibc) || canImport(Darwin)
        let thread = try #require(BackgroundThread.start { for index in 1...1_000 { box.value += index } })
        thread.join()
        thread.join()
        #expect(box.value == 500_500)
        #else
        // Elsewhere no thread is started (everything runs on the caller's thread).
        #expect(BackgroundThread.start { box.value = 1 } == nil)
        #expect(BackgroundThread.processorCount == 1)
        #endif
    }

    // MARK: Helpers

    static func read(_ bytes: [UInt8], recordsLines: Bool, stopsAtSecondSymbol: Bool = false, parallelism: CSVParallelism) -> CSVBarTable {
        bytes.withUnsafeBufferPointer {
            CSVBarReader.read($0, file: "r.csv", delimiter: nil, recordsLines: recordsLines, stopsAtSecondSymbol: stopsAtSecondSymbol, parallelism: parallelism)
        }
    }

    /// Where the line `text` starts in `bytes`.
    static func lineStart(of text: String, in bytes: [UInt8]) -> Int? {
        let needle = Array(text.utf8)
        return bytes.indices.first { $0 > 0 && bytes[$0 - 1] == CSVBarReader.newline && bytes[$0...].starts(with: needle) }
    }

    /// A read-ahead from `fraction` of a clean file's rows, run; with the number of rows before its start.
    static func runReadAhead(_ buffer: UnsafeBufferPointer<UInt8>, dataStart: Int, fraction: Double) throws -> (CSVReadAhead, Int) {
        let ahead = try #require(readAhead(buffer, dataStart: dataStart, fraction: fraction))
        ahead.run()
        return (ahead, buffer[dataStart..<ahead.start].filter { $0 == CSVBarReader.newline }.count)
    }

    /// A read-ahead over a clean file's buffer with the `symbol,date,open,high,low,close,volume` layout.
    static func readAhead(_ buffer: UnsafeBufferPointer<UInt8>, dataStart: Int, fraction: Double = 0.5, dividends: Bool = false,
                          parallelism: CSVParallelism? = nil) -> CSVReadAhead? {
        var roles: [CSVBarReader.Role] = [.symbol, .timestamp, .open, .high, .low, .close, .volume]
        if dividends { roles.append(.dividends) }
        return CSVReadAhead(buffer.baseAddress!, count: buffer.count, dataStart: dataStart, parallelism: parallelism ?? .splitting(atFraction: fraction),
                            roles: roles, delimiter: UInt8(ascii: ","), recordsLines: true, hasAdjustedClose: false,
                            hasDividends: dividends, hasSplits: false)
    }

    /// A clean minute-bar file (`symbol` SYN) and its header's length; with `dividendAt`, a
    /// `dividends` column that is 2.5 in that row and 0 elsewhere.
    static func cleanFile(rows: Int, dividendAt: Int?) -> (text: String, header: Int) {
        var random = SplitMix64(seed: 77)
        let header = "symbol,date,open,high,low,close,volume" + (dividendAt == nil ? "" : ",dividends") + "\n"
        var text = header
        for row in 0..<rows {
            let time = Timestamp(rawValue: Timestamp(year: 2022, month: 3, day: 1).rawValue + Int64(row) * 60 * Timestamp.nanosecondsPerSecond)
            let low = 100 + Double(random.next() % 10_000) / 100
            text += "SYN,\(RandomCSV.dateTime(time, separator: "T", zone: "Z")),\(low + 0.5),\(low + 1),\(low),\(low + 0.25),\(random.next() % 1_000_000)"
            if let dividendAt { text += row == dividendAt ? ",2.5" : ",0" }
            text += "\n"
        }
        return (text, header.utf8.count)
    }

    /// The reader's context after the first `rows` rows of a clean file read as `table`.
    static func context(after rows: Int, of table: CSVBarTable, symbolAt symbolStart: Int) -> CSVRowContext {
        var context = CSVRowContext()
        context.previousTimestamp = table.timestamps[rows - 1].rawValue
        context.previousClose = table.close[rows - 1]
        context.symbolStart = symbolStart
        context.symbolLength = 3
        return context
    }
}

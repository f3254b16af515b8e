import Testing
@testable import TradingCore

/// Pins the long-format splitter's plain-record path to its field-scanner path: the same
/// parts, bytes and line maps, on seeded random long files with irregular records.
@Suite("CSV symbol splitter")
struct CSVSymbolSplitterTests {
    @Test("random long files split to identical parts with and without the plain-record path", arguments: 0..<80)
    func fastPathMatchesScanner(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) &* 0x2545_F491 &+ 7)
        let bytes = Array(Self.randomLongFile(using: &random).utf8)
        let fast = bytes.withUnsafeBufferPointer { CSVSymbolSplitter.split($0, delimiter: nil, usesFastPath: true) }
        let scanned = bytes.withUnsafeBufferPointer { CSVSymbolSplitter.split($0, delimiter: nil, usesFastPath: false) }
        #expect(fast?.count == scanned?.count, "seed \(seed)")
        for (a, b) in zip(fast ?? [], scanned ?? []) {
            #expect(a.bytes == b.bytes, "seed \(seed): bytes")
            #expect(a.lines == b.lines, "seed \(seed): lines")
        }
    }

    @Test("a grouped file's parts are its runs of records, each run mapped to its lines")
    func groupedRuns() throws {
        let text = "symbol,date,close\nA,1,1\nA,2,2\n\nB,1,3\nB,2,4\nA,3,5\n"
        let parts = try #require(Array(text.utf8).withUnsafeBufferPointer { CSVSymbolSplitter.split($0, delimiter: nil) })
        #expect(parts.map { String(decoding: $0.bytes, as: UTF8.self) } == [
            "symbol,date,close\nA,1,1\nA,2,2\nA,3,5\n", "symbol,date,close\nB,1,3\nB,2,4\n",
        ])
        #expect(parts.map(\.lines) == [[1, 2, 3, 7], [1, 5, 6]])
    }

    @Test("long OHLCV files grouped by symbol read in place to the tables of the copied parts", arguments: 0..<60)
    func runsReadInPlace(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) &* 0x9E37_79B9 &+ 5)
        let bytes = Array(Self.randomLongOHLCV(using: &random).utf8)
        let runs = bytes.withUnsafeBufferPointer { CSVSymbolSplitter.groupedRuns($0, delimiter: nil) }
        for recordsLines in [false, true] {
            let inPlace = bytes.withUnsafeBufferPointer { CSVBarReader.readBySymbol($0, file: "l.csv", delimiter: nil, recordsLines: recordsLines) }
            let copied = bytes.withUnsafeBufferPointer {
                CSVBarReader.readBySymbol($0, file: "l.csv", delimiter: nil, recordsLines: recordsLines, readsRunsInPlace: false)
            }
            #expect(inPlace.count == copied.count, "seed \(seed)")
            for (a, b) in zip(inPlace, copied) { CSVFastPathTests.expectIdentical(a, b, "seed \(seed), runs \(runs?.count ?? 0)") }
        }
    }

    @Test("grouped runs: one per symbol with its first line; interleaved symbols give none")
    func groupedRunDetection() throws {
        let grouped = Array("symbol,date,close\n,0,0\nA,1,1\nA,2,2\n\nB,1,3\n,2,4\nB,3,5\n".utf8)
        let runs = try #require(grouped.withUnsafeBufferPointer { CSVSymbolSplitter.groupedRuns($0, delimiter: nil) })
        #expect(runs.map(\.line) == [2, 6])
        #expect(runs.map { String(decoding: grouped[$0.range], as: UTF8.self) } == [",0,0\nA,1,1\nA,2,2\n", "B,1,3\n,2,4\nB,3,5\n"])
        let interleaved = Array("symbol,date,close\nA,1,1\nB,1,3\nA,2,2\n".utf8)
        #expect(interleaved.withUnsafeBufferPointer { CSVSymbolSplitter.groupedRuns($0, delimiter: nil) } == nil)
    }

    /// A long OHLCV file (`symbol` first or second), two to four symbols mostly grouped
    /// (sometimes a record out of its group), with defects: quoted and empty symbols, quoted line
    /// breaks, blank lines, CRLF, bad numbers, dates out of order, no final line end.
    static func randomLongOHLCV(using random: inout SplitMix64) -> String {
        let symbolFirst = random.next() % 4 != 0
        var text = (symbolFirst ? "symbol,date" : "date,symbol") + ",open,high,low,close,volume\n"
        let symbols = ["MU", "GLD", "GOOG", "SPY"].prefix(2 + Int(random.next() % 3))
        if random.next() % 5 == 0 { text += (symbolFirst ? ",2020-01-01" : "2020-01-01,") + ",1,2,1,1.5,10\n" }
        for (index, symbol) in symbols.enumerated() {
            let rows = 3 + Int(random.next() % 40)
            for row in 0..<rows {
                var name = symbol
                var date = "2020-\(row / 28 % 12 + 1 < 10 ? "0" : "")\(row / 28 % 12 + 1)-\(row % 28 + 1 < 10 ? "0" : "")\(row % 28 + 1)"
                var volume = String(random.next() % 100_000)
                var close = "1.5"
                var lineEnd = "\n"
                if random.next() % 8 == 0 {
                    switch random.next() % 8 {
                    case 0: name = "\"" + name + "\""
                    case 1: name = ""
                    case 2: volume = "\"12\n34\""
                    case 3: text += "\n"
                    case 4: lineEnd = "\r\n"
                    case 5: close = "abc"
                    case 6: date = "2019-12-31"
                    default: name = " " + name
                    }
                }
                // Now and then a record of the next symbol early (still grouped), or of the
                // previous one late (interleaved: the copied parts are read then).
                if index + 1 < symbols.count && row == rows - 1 && random.next() % 10 == 0 { name = symbols[index + 1] }
                if index > 0 && row == 1 && random.next() % 6 == 0 { name = symbols[index - 1] }
                text += (symbolFirst ? "\(name),\(date)" : "\(date),\(name)") + ",1,2,1,\(close),\(volume)" + lineEnd
            }
        }
        if random.next() % 2 == 0 { text.removeLast() }
        return text
    }

    /// A long file: a symbol column (first or second), three symbols grouped or interleaved,
    /// and irregular records — quotes, quoted line breaks, CRLF and lone CR, blank lines,
    /// spaces, empty or missing symbols, no final line end.
    static func randomLongFile(using random: inout SplitMix64) -> String {
        let delimiter = [",", ";", "\t"][Int(random.next() % 3)]
        let symbolFirst = random.next() % 3 != 0
        let header = (symbolFirst ? ["symbol", "date"] : ["date", "symbol"]) + ["open", "close"]
        var text = (random.next() % 5 == 0 ? "\n" : "") + header.joined(separator: delimiter) + "\n"
        let symbols = ["AAA", "BB", "CCCC", "ÉTF€"]
        let grouped = random.next() % 2 == 0
        let rows = Int(random.next() % 120) + 10
        for row in 0..<rows {
            var symbol = grouped ? symbols[row * symbols.count / rows] : symbols[row % symbols.count]
            var lineEnd = "\n"
            var extra = ""
            if random.next() % 6 == 0 {
                switch random.next() % 10 {
                case 0: symbol = "\"" + symbol + "\""
                case 1: symbol = " " + symbol
                case 2: symbol = symbol + " "
                case 3: symbol = ""
                case 4: lineEnd = "\r\n"
                case 5: lineEnd = "\r"
                case 6: text += "\n"
                case 7: extra = delimiter + "\"two\nlines\""
                case 8: symbol = "\"" + symbol + "\"x"
                default: symbol = "\"" + symbol
                }
            }
            let date = "2024-01-\(row % 28 + 1)"
            let note = ["", "x", "longer text é", "\"q\""][Int(random.next() % 4)]
            let fields = (symbolFirst ? [symbol, date, "1.5", "2"] : [date, symbol, "1.5", "2"]) + (note.isEmpty ? [] : [note])
            if random.next() % 25 == 0 {
                text += date + lineEnd  // too few fields for a second-column symbol
            } else {
                text += fields.joined(separator: delimiter) + extra + lineEnd
            }
        }
        if random.next() % 2 == 0 { text.removeLast() }
        return text
    }
}

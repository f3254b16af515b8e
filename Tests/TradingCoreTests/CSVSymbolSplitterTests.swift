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

import Testing
import TradingCore

/// Long-format CSV files — a `symbol` column holding several symbols — load as one series
/// per symbol, with every problem reported at its line in the file.
@Suite("Multi-symbol CSV files")
struct MultiSymbolCSVTests {
    static let series = SampleData.symbols.map {
        SampleData.series(symbol: $0, start: Timestamp(year: 2021, month: 1, day: 1), end: Timestamp(year: 2021, month: 6, day: 30), seed: 9)
    }

    /// The rows of `series` as `symbol,date,open,high,low,close,volume` lines (no header).
    static func rows(_ series: BarSeries) -> [String] {
        series.csvText(includingSymbol: true).split(separator: "\n").dropFirst().map(String.init)
    }

    static let header = "symbol,date,open,high,low,close,volume"

    /// Rows interleaved by date (MU, GLD, GOOG, MU, …).
    static func interleaved() -> [String] {
        let perSymbol = series.map(rows)
        return (0..<perSymbol[0].count).flatMap { index in perSymbol.map { $0[index] } }
    }

    static func load(_ lines: [String]) throws(CSVLoadError) -> [BarSeries] {
        try BarSeries.series(csvBytes: Array(lines.joined(separator: "\n").utf8), source: "long.csv", symbol: "X")
    }

    @Test("interleaved and grouped long files give one series per symbol, identical to the originals")
    func layouts() throws {
        let grouped = Self.series.flatMap(Self.rows)
        for lines in [Self.interleaved(), grouped] {
            let loaded = try Self.load([Self.header] + lines)
            #expect(loaded == Self.series)
        }
        // Order of first appearance; CRLF line ends and blank lines are fine.
        let reordered = try BarSeries.series(csvBytes: Array(([Self.header, ""] + Self.series.reversed().flatMap(Self.rows)).joined(separator: "\r\n").utf8),
                                             source: "long.csv", symbol: "X")
        #expect(reordered.map(\.symbol) == ["GOOG", "GLD", "MU"])
        #expect(reordered == Self.series.reversed())
    }

    @Test("a quoted symbol's doubled quotes are read as one quote, in one- and many-symbol files")
    func quotedSymbols() throws {
        let one = ["symbol,date,open,high,low,close,volume", "\"C\"\"D\",2024-01-02,10,11,9,10.5,100", "\"C\"\"D\",2024-01-03,10,11,9,10.5,100"]
        #expect(try Self.load(one).map(\.symbol) == ["C\"D"])
        #expect(try BarSeries(csvText: one.joined(separator: "\n"), symbol: "X").symbol == "C\"D")
        let two = one + ["\"A,B\",2024-01-02,10,11,9,10.5,100"]
        #expect(try Self.load(two).map(\.symbol) == ["C\"D", "A,B"])
    }

    @Test("a file with one symbol or none loads as the single-series initializer loads it")
    func singleSymbol() throws {
        let text = Self.series[0].csvText(includingSymbol: true)
        #expect(try BarSeries.series(csvBytes: Array(text.utf8), source: "mu.csv", symbol: "X") == [try BarSeries(csvText: text, symbol: "X")])
        let plain = Self.series[1].csvText()
        let loaded = try BarSeries.series(csvBytes: Array(plain.utf8), source: "gld.csv", symbol: "GLD")
        #expect(loaded == [try BarSeries(csvText: plain, symbol: "GLD")])
    }

    @Test("every symbol's problems are reported at their lines in the file")
    func errorsAtFileLines() throws {
        var lines = [Self.header] + Self.interleaved()
        // Line numbers are 1-based with the header on line 1.
        let badPriceLine = 3 * 10 + 2          // an MU row
        let decreasingLine = 3 * 20 + 3        // a GLD row, dated before its predecessor
        lines[badPriceLine - 1] = lines[badPriceLine - 1].replacingFirstNumber(after: 2, with: "-5")
        let earlier = lines[decreasingLine - 1 - 6]          // GLD, two dates earlier
        lines[decreasingLine - 1] = earlier
        do {
            _ = try Self.load(lines)
            Issue.record("expected the load to fail")
        } catch {
            #expect(error.file == "long.csv")
            let located = error.issues.map { ($0.line, $0.kind) }
            #expect(located.contains { $0.0 == badPriceLine && { if case .nonPositivePrice = $0 { true } else { false } }($0.1) })
            #expect(located.contains { $0.0 == decreasingLine && { if case .decreasingTimestamp = $0 { true } else { false } }($0.1) })
            #expect(error.issues.map(\.line) == error.issues.map(\.line).sorted())
            #expect(!located.contains { if case .inconsistentSymbol = $0.1 { true } else { false } })
        }
    }

    @Test("a quoted line break in a record keeps the following lines' numbers right")
    func quotedLineBreak() throws {
        var lines = ["symbol,date,open,high,low,close,volume,note"]
        for (index, row) in Self.interleaved().prefix(12).enumerated() {
            lines.append(row + (index == 1 ? ",\"two\nlines\"" : ",x"))
        }
        // Line 1 header, records on lines 2, 3–4 (the quoted break), 5, …: break the record on line 9.
        lines[7] = lines[7].replacingFirstNumber(after: 2, with: "abc")
        do {
            _ = try Self.load(lines)
            Issue.record("expected the load to fail")
        } catch {
            #expect(error.issues.map(\.line) == [9])
        }
    }

    @Test("CR-only line ends: blank lines before the header and between records keep the line numbers right")
    func carriageReturnLineEnds() throws {
        var lines = ["", "", Self.header] + Self.interleaved().prefix(12)
        lines.insert("", at: 6)
        // Lines 1–2 blank, header on 3, records on 4–6, blank 7, records from 8: break line 10.
        lines[9] = lines[9].replacingFirstNumber(after: 2, with: "abc")
        do {
            _ = try BarSeries.series(csvBytes: Array(lines.joined(separator: "\r").utf8), source: "long.csv", symbol: "X")
            Issue.record("expected the load to fail")
        } catch {
            #expect(error.issues.map(\.line) == [10])
        }
    }

    @Test("validation checks a long file symbol by symbol")
    func validation() {
        let bytes = Array(([Self.header] + Self.interleaved()).joined(separator: "\n").utf8)
        let report = DataValidationReport(validatingCSVBytes: bytes, source: "long.csv")
        #expect(!report.hasErrors)
        #expect(report.rowCount == Self.series.reduce(0) { $0 + $1.count })
        #expect(report.issues.allSatisfy { $0.line >= 2 })
    }
}

private extension String {
    /// This comma-separated row with field `index` replaced by `text`.
    func replacingFirstNumber(after index: Int, with text: String) -> String {
        var fields = split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[index] = text
        return fields.joined(separator: ",")
    }
}

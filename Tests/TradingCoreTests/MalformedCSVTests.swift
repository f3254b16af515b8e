import Testing
import TradingCore

/// One malformed input and the first error loading must report.
struct MalformedCase: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var kind: DataIssueKind
    var line: Int
    var column: String?
    var testDescription: String { name }
}

@Suite("Malformed CSV input")
struct MalformedCSVTests {
    static let header = "date,open,high,low,close,volume\n"
    static let good = "2024-03-01,10,11,9,10.5,100\n"

    static let cases: [MalformedCase] = [
        MalformedCase(name: "empty file", text: "", kind: .emptyFile, line: 1),
        MalformedCase(name: "only blank lines", text: "\n\r\n", kind: .emptyFile, line: 1),
        MalformedCase(name: "header only", text: header, kind: .noRows, line: 2),
        MalformedCase(name: "a header line of separators only", text: String(repeating: ",", count: 2_000_000) + "\n" + good,
                      kind: .tooManyColumns(limit: 10_000), line: 1),
        MalformedCase(name: "a header of many columns after the required ones", text: "date,open,high,low,close,volume"
                      + String(repeating: ",extra", count: 10_000) + "\n" + good, kind: .tooManyColumns(limit: 10_000), line: 1),
        MalformedCase(name: "missing volume column", text: "date,open,high,low,close\n2024-03-01,10,11,9,10.5\n", kind: .missingColumn("volume"), line: 1),
        MalformedCase(name: "missing date column", text: "open,high,low,close,volume\n10,11,9,10.5,100\n", kind: .missingColumn("date"), line: 1),
        MalformedCase(name: "duplicate close column", text: "date,open,high,low,close,Close,volume\n", kind: .duplicateColumn("Close"), line: 1, column: "Close"),
        MalformedCase(name: "too few fields", text: header + good + "2024-03-04,10,11,9,10.5\n", kind: .fieldCount(expected: 6, found: 5), line: 3),
        MalformedCase(name: "too many fields", text: header + "2024-03-01,10,11,9,10.5,100,7\n", kind: .fieldCount(expected: 6, found: 7), line: 2),
        MalformedCase(name: "unterminated quote", text: header + good + "2024-03-04,\"10,11,9,10.5,100\n", kind: .unterminatedQuote, line: 3, column: "open"),
        MalformedCase(name: "empty price", text: header + "2024-03-01,10,,9,10.5,100\n", kind: .emptyField, line: 2, column: "high"),
        MalformedCase(name: "text in a price", text: header + good + "2024-03-04,10,11,nine,10.5,100\n", kind: .unparseableNumber("nine"), line: 3, column: "low"),
        MalformedCase(name: "decimal comma", text: header + "2024-03-01,10,11,9,10.5,1,5\n", kind: .fieldCount(expected: 6, found: 7), line: 2),
        MalformedCase(name: "bad date", text: header + "2024-02-30,10,11,9,10.5,100\n", kind: .unparseableTimestamp("2024-02-30"), line: 2, column: "date"),
        MalformedCase(name: "empty date", text: header + ",10,11,9,10.5,100\n", kind: .emptyField, line: 2, column: "date"),
        MalformedCase(name: "NaN close", text: header + "2024-03-01,10,11,9,nan,100\n", kind: .nonFiniteValue, line: 2, column: "close"),
        MalformedCase(name: "infinite volume", text: header + "2024-03-01,10,11,9,10.5,inf\n", kind: .nonFiniteValue, line: 2, column: "volume"),
        MalformedCase(name: "zero price", text: header + "2024-03-01,0,11,9,10.5,100\n", kind: .nonPositivePrice(0), line: 2, column: "open"),
        MalformedCase(name: "negative price", text: header + "2024-03-01,10,11,-9,10.5,100\n", kind: .nonPositivePrice(-9), line: 2, column: "low"),
        MalformedCase(name: "price above 1e15", text: header + "2024-03-01,10,1e308,9,10.5,100\n", kind: .priceOutOfRange(1e308), line: 2, column: "high"),
        MalformedCase(name: "price below 1e-12", text: header + "2024-03-01,1e-13,1e-12,1e-13,1e-12,100\n", kind: .priceOutOfRange(1e-13), line: 2, column: "open"),
        MalformedCase(name: "plain price above 1e15", text: header + "2024-03-01,10,2000000000000000,9,10.5,100\n", kind: .priceOutOfRange(2e15), line: 2, column: "high"),
        MalformedCase(name: "volume above 1e18", text: header + "2024-03-01,10,11,9,10.5,10000000000000000000\n", kind: .volumeOutOfRange(1e19), line: 2, column: "volume"),
        MalformedCase(name: "negative volume", text: header + "2024-03-01,10,11,9,10.5,-100\n", kind: .negativeVolume(-100), line: 2, column: "volume"),
        MalformedCase(name: "high below low", text: header + "2024-03-01,10,9,11,10.5,100\n", kind: .highBelowLow(high: 9, low: 11), line: 2, column: "high"),
        MalformedCase(name: "open above high", text: header + "2024-03-01,12,11,9,10.5,100\n", kind: .openOutsideRange(open: 12, low: 9, high: 11), line: 2, column: "open"),
        MalformedCase(name: "close below low", text: header + "2024-03-01,10,11,9,8.5,100\n", kind: .closeOutsideRange(close: 8.5, low: 9, high: 11), line: 2, column: "close"),
        MalformedCase(name: "duplicate timestamp", text: header + good + good, kind: .duplicateTimestamp(Timestamp(year: 2024, month: 3, day: 1)), line: 3, column: "date"),
        MalformedCase(
            name: "decreasing timestamp", text: header + good + "2024-02-29,10,11,9,10.5,100\n",
            kind: .decreasingTimestamp(previous: Timestamp(year: 2024, month: 3, day: 1), current: Timestamp(year: 2024, month: 2, day: 29)), line: 3, column: "date"
        ),
        MalformedCase(
            name: "symbol changes", text: "symbol,date,open,high,low,close,volume\nMU,2024-03-01,10,11,9,10.5,100\nGLD,2024-03-04,10,11,9,10.5,100\n",
            kind: .inconsistentSymbol(expected: "MU", found: "GLD"), line: 3, column: "symbol"
        ),
        MalformedCase(
            name: "negative split ratio", text: "date,open,high,low,close,volume,splits\n2024-03-01,10,11,9,10.5,100,-2\n",
            kind: .invalidSplitRatio(-2), line: 2, column: "splits"
        ),
        MalformedCase(
            name: "dividend above the previous close", text: "date,open,high,low,close,volume,dividends\n2024-03-01,10,11,9,10.5,100,0\n2024-03-04,10,11,9,10.5,100,11\n",
            kind: .invalidDividend(11), line: 3, column: "dividends"
        ),
        MalformedCase(name: "CRLF line numbers", text: "date,open,high,low,close,volume\r\n\r\n2024-03-01,10,11,9,10.5,100\r\n2024-03-04,10,11,9,x,100\r\n", kind: .unparseableNumber("x"), line: 4, column: "close"),
        MalformedCase(name: "quoted field with a newline keeps line numbers", text: "date,open,high,low,close,volume,note\n2024-03-01,10,11,9,10.5,100,\"two\nlines\"\n2024-03-04,10,11,9,x,100,\n", kind: .unparseableNumber("x"), line: 4, column: "close"),
        MalformedCase(name: "CR-only line ends after blank lines", text: "\r\rdate,open,high,low,close,volume\r2024-03-01,10,11,9,10.5,100\r\r2024-03-04,10,11,9,x,100\r",
                      kind: .unparseableNumber("x"), line: 6, column: "close"),
        MalformedCase(name: "CR-only line ends in a quoted field", text: "date,open,high,low,close,volume,note\r2024-03-01,10,11,9,10.5,100,\"two\rlines\"\r2024-03-04,10,11,9,x,100,\r",
                      kind: .unparseableNumber("x"), line: 4, column: "close"),
        MalformedCase(name: "pandas row numbers after CR-only blank lines", text: ",open,high,low,close,volume\r\r\r0,10,11,9,10.5,100\r1,10,11,9,10.5,100\r",
                      kind: .rowNumbersAsTimes, line: 4, column: "column 1"),
        MalformedCase(name: "pandas row numbers as the only time column", text: ",open,high,low,close,volume\n0,10,11,9,10.5,100\n1,10,11,9,10.5,100\n",
                      kind: .rowNumbersAsTimes, line: 2, column: "column 1"),
        MalformedCase(name: "pandas row numbers under 'Unnamed: 0'", text: "Unnamed: 0,open,high,low,close,volume\n\n1,10,11,9,10.5,100\n2,10,11,9,10.5,100\n",
                      kind: .rowNumbersAsTimes, line: 3, column: "Unnamed: 0"),
        MalformedCase(name: "epoch number beyond Int64", text: "timestamp,open,high,low,close,volume\n9999999999999999999,10,11,9,10.5,100\n",
                      kind: .unparseableTimestamp("9999999999999999999"), line: 2, column: "timestamp"),
        MalformedCase(name: "text after a closing quote", text: header + "2024-03-01,\"10\"x,11,9,10.5,100\n", kind: .unparseableNumber("\"10\"x"), line: 2, column: "open"),
    ]

    @Test("loading refuses the input with the expected first error and line", arguments: cases)
    func refuses(input: MalformedCase) {
        #expect {
            try BarSeries(csvText: input.text, source: "bad.csv", symbol: "X")
        } throws: { error in
            guard let error = error as? CSVLoadError else { return false }
            let first = error.first
            return first.kind == input.kind && first.line == input.line && first.column == input.column && first.file == "bad.csv"
        }
    }

    @Test("every error in a file is reported, in line order, each with file, line and column")
    func reportsEveryError() {
        let text = Self.header + Self.good + "2024-03-04,10,9,11,10.5,100\n2024-03-05,10,11,9,10.5,-1\n2024-03-05,x,11,9,10.5,100\n2024-03-06,10,11,9,10.5\n"
        #expect {
            try BarSeries(csvText: text, source: "many.csv", symbol: "X")
        } throws: { error in
            guard let error = error as? CSVLoadError else { return false }
            return error.issues.map(\.line) == [3, 4, 5, 5, 6]
                && error.issues.map(\.column) == ["high", "volume", "open", "date", nil]
                && error.description.contains("many.csv:3: error: column 'high': high 9.0 is below low 11.0")
        }
    }

    @Test("a bad volume does not hide a price-range error in the same row")
    func volumeErrorDoesNotMaskRangeError() {
        let text = Self.header + Self.good + "2024-03-04,10,9,11,10.5,-5\n2024-03-05,12,11,9,10.5,-5\n"
        #expect {
            try BarSeries(csvText: text, source: "row.csv", symbol: "X")
        } throws: { error in
            guard let error = error as? CSVLoadError else { return false }
            return error.issues.map(\.line) == [3, 3, 4, 4]
                && error.issues.map(\.column) == ["volume", "high", "volume", "open"]
        }
    }

    @Test("the range errors state the bounds loading applies, and the bounds themselves load")
    func supportedRanges() throws {
        #expect(DataIssueKind.priceOutOfRange(1e17).description == "price 1e+17 is outside the supported range 1e-12 to 1e15")
        #expect(DataIssueKind.volumeOutOfRange(1e19).description == "volume 1e+19 is above the supported maximum 1e18")
        #expect(Bar.supportedPrices == 1e-12...1e15 && Bar.maximumVolume == 1e18)
        let edges = try BarSeries(csvText: Self.header + "2024-03-01,1e-12,1e15,1e-12,1e15,1e18\n", symbol: "X")
        #expect(edges[0] == Bar(timestamp: Timestamp(year: 2024, month: 3, day: 1), open: 1e-12, high: 1e15, low: 1e-12, close: 1e15, volume: 1e18))
    }

    @Test("the adjusted-close adjustment needs the column")
    func adjustmentNeedsColumn() {
        #expect {
            try BarSeries(csvText: Self.header + Self.good, symbol: "X", options: CSVLoadOptions(adjustment: .adjustedClose))
        } throws: { error in
            (error as? CSVLoadError)?.first.kind == .missingColumn("adjclose")
        }
    }
}

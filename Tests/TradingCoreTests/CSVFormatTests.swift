import Testing
import TradingCore

@Suite("CSV formats")
struct CSVFormatTests {
    static let expected = [
        Bar(timestamp: Timestamp(year: 2024, month: 3, day: 1), open: 10, high: 11, low: 9.5, close: 10.5, volume: 1000),
        Bar(timestamp: Timestamp(year: 2024, month: 3, day: 4), open: 10.5, high: 12.25, low: 10, close: 12, volume: 1500),
    ]

    @Test("the same two bars load from every supported dialect", arguments: [
        ("plain", "date,open,high,low,close,volume\n2024-03-01,10,11,9.5,10.5,1000\n2024-03-04,10.5,12.25,10,12,1500\n"),
        ("capitalised Yahoo header with Adj Close", "Date,Open,High,Low,Close,Adj Close,Volume\n2024-03-01,10,11,9.5,10.5,10.4,1000\n2024-03-04,10.5,12.25,10,12,12,1500\n"),
        ("unnamed first column", ",Open,High,Low,Close,Volume\n2024-03-01,10,11,9.5,10.5,1000\n2024-03-04,10.5,12.25,10,12,1500\n"),
        ("semicolons and quotes", "\"Date\";\"Open\";\"High\";\"Low\";\"Close\";\"Volume\"\n\"2024-03-01\";\"10\";\"11\";\"9.5\";\"10.5\";\"1000\"\n\"2024-03-04\";10.5;12.25;10;12;1500\n"),
        ("tabs", "date\topen\thigh\tlow\tclose\tvolume\n2024-03-01\t10\t11\t9.5\t10.5\t1000\n2024-03-04\t10.5\t12.25\t10\t12\t1500\n"),
        ("CRLF, BOM and trailing blank lines", "\u{FEFF}date,open,high,low,close,volume\r\n2024-03-01,10,11,9.5,10.5,1000\r\n2024-03-04,10.5,12.25,10,12,1500\r\n\r\n\r\n"),
        ("no final newline, spaces around fields", "date, open, high, low, close, volume\n2024-03-01, 10, 11, 9.5, 10.5, 1000\n2024-03-04 ,10.5 ,12.25,10,12,1500"),
        ("epoch seconds", "timestamp,open,high,low,close,volume\n1709251200,10,11,9.5,10.5,1000\n1709510400,10.5,12.25,10,12,1500\n"),
        ("epoch milliseconds", "time,open,high,low,close,volume\n1709251200000,10,11,9.5,10.5,1000\n1709510400000,10.5,12.25,10,12,1500\n"),
        ("pandas index before a named date column", ",date,open,high,low,close,volume\n0,2024-03-01,10,11,9.5,10.5,1000\n1,2024-03-04,10.5,12.25,10,12,1500\n"),
        ("lines of tabs and spaces, tabs around fields", "date,open,high,low,close,volume\n\t\n2024-03-01,10\t,11,9.5,10.5,1000\n \t \n2024-03-04,\t10.5,12.25,10,12,1500\n"),
        ("YYYYMMDD dates", "date,open,high,low,close,volume\n20240301,10,11,9.5,10.5,1000\n20240304,10.5,12.25,10,12,1500\n"),
        ("ISO with offset", "datetime,open,high,low,close,volume\n2024-02-29T19:00:00-05:00,10,11,9.5,10.5,1000\n2024-03-04T00:00:00Z,10.5,12.25,10,12,1500\n"),
        ("extra columns and blank line between rows", "date,open,high,low,close,volume,note\n2024-03-01,10,11,9.5,10.5,1000,\"a, b\"\n\n2024-03-04,10.5,12.25,10,12,1.5e3,\"say \"\"hi\"\"\"\n"),
        ("exponents and plus signs", "date,open,high,low,close,volume\n2024-03-01,1e1,+11,95e-1,10.50,1000.0\n2024-03-04,10.5,12.25,10,12,1500\n"),
    ])
    func dialects(name: String, text: String) throws {
        let series = try BarSeries(csvText: text, source: name, symbol: "X")
        #expect(series.symbol == "X")
        #expect(series.count == 2)
        for index in 0..<2 { #expect(series[index] == Self.expected[index], "\(name) row \(index)") }
    }

    @Test("symbol comes from the symbol column, else the argument, else the file stem")
    func symbolPrecedence() throws {
        let withColumn = "symbol,date,open,high,low,close,volume\nMU,2024-03-01,10,11,9.5,10.5,1000\n"
        #expect(try BarSeries(csvText: withColumn, symbol: "ARG").symbol == "MU")
        let withoutColumn = "date,open,high,low,close,volume\n2024-03-01,10,11,9.5,10.5,1000\n"
        #expect(try BarSeries(csvText: withoutColumn, symbol: "ARG").symbol == "ARG")
        if TestData.hasRealData {
            #expect(try BarSeries(contentsOfCSVFile: TestData.realDataFolder + "/GOOG-2004-2013.csv").symbol == "GOOG-2004-2013")
            #expect(try BarSeries(contentsOfCSVFile: TestData.realDataFolder + "/GOOG-2004-2013.csv", symbol: "GOOG").symbol == "GOOG")
        }
    }

    @Test("a written series loads back bit for bit, intraday timestamps and odd values included")
    func writeAndReload() throws {
        var random = SplitMix64(seed: 5)
        var bars: [Bar] = []
        var time = Timestamp(year: 2023, month: 12, day: 29, hour: 14, minute: 30).rawValue
        for _ in 0..<500 {
            time += Int64(random.next() % 3_600 + 1) * Timestamp.nanosecondsPerSecond + Int64(random.next() % 1_000)
            let low = random.nextUnitInterval() * 100 + 1e-3
            let high = low * (1 + random.nextUnitInterval())
            let open = low + (high - low) * random.nextUnitInterval()
            let close = low + (high - low) * random.nextUnitInterval()
            bars.append(Bar(timestamp: Timestamp(rawValue: time), open: open, high: high, low: low, close: close, volume: random.nextUnitInterval() * 1e6))
        }
        let series = try BarSeries(symbol: "RT", bars: bars)
        for includingSymbol in [false, true] {
            let reloaded = try BarSeries(csvText: series.csvText(includingSymbol: includingSymbol), symbol: "RT")
            #expect(reloaded == series)
        }
    }

    @Test("an unreadable file is an error naming the file")
    func missingFile() {
        #expect {
            try BarSeries(contentsOfCSVFile: "/nonexistent/folder/MU.csv")
        } throws: { error in
            guard let error = error as? CSVLoadError, case .unreadableFile = error.first.kind else { return false }
            return error.description.hasPrefix("/nonexistent/folder/MU.csv: error: cannot read file:")
        }
    }
}

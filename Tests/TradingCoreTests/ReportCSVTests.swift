import Testing
import TradingCore

@Suite("CSVExport")
struct ReportCSVTests {
    @Test("equity.csv: header, ISO timestamps, positional numbers, drawdown column")
    func equity() {
        var curve = EquityCurve()
        curve.append(timestamp: Timestamp(year: 2020, month: 1, day: 2), equity: 100, cash: 100, grossExposure: 0, netExposure: 0)
        curve.append(timestamp: Timestamp(year: 2020, month: 1, day: 3, hour: 16), equity: 80, cash: 0.00001, grossExposure: 79.99999, netExposure: -79.99999)
        #expect(CSVExport.equity(curve) == """
        timestamp,equity,cash,grossExposure,netExposure,drawdown
        2020-01-02,100.0,100.0,0.0,0.0,0.0
        2020-01-03T16:00:00Z,80.0,0.00001,79.99999,-79.99999,-0.19999999999999996

        """)
        #expect(CSVExport.equity(EquityCurve()) == "timestamp,equity,cash,grossExposure,netExposure,drawdown\n")
    }

    @Test("trades.csv: the documented header and one line per trade")
    func trades() {
        var trade = makeTrade(entry: 10, exit: 12.5, quantity: 3, commission: 0.25, side: .short)
        trade.strategy = "sma, \"cross\""
        let header = "symbol,side,quantity,entryTime,entryPrice,exitTime,exitPrice,pnl,commission,returnPct,barsHeld,strategy\n"
        let line = #"TEST,short,3.0,2020-01-01,10.0,2020-01-02,12.5,-7.75,0.25,-25.833333333333336,1,"sma, ""cross""""# + "\n"
        #expect(CSVExport.trades([trade]) == header + line)
    }

    @Test("attribution.csv: dimension,key,pnl in group order")
    func attribution() {
        let groups = [
            AttributionGroup(dimension: "factor", parts: [.init(key: "momentum", pnl: 12.5), .init(key: "breakout", pnl: -2)]),
            AttributionGroup(dimension: "symbol", parts: [.init(key: "MU\nX", pnl: 10.5)]),
        ]
        #expect(CSVExport.attribution(groups) == "dimension,key,pnl\nfactor,momentum,12.5\nfactor,breakout,-2.0\nsymbol,\"MU\nX\",10.5\n")
        #expect(groups[0].totalPnL == 10.5)
    }

    @Test("non-finite numbers are empty fields; CRLF in text is quoted")
    func edgeCases() {
        #expect(CSVExport.number(.nan) == "" && CSVExport.number(-.infinity) == "")
        #expect(CSVExport.field("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVExport.field("plain") == "plain")
    }

    @Test("a field is quoted exactly when it holds a comma, a quote or a line break, Unicode ones included")
    func quotingRule() {
        let pieces = ["a", "GOOG", " ", ",", "\"", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "é", "€", "🙂", "\r\n", "x,y"]
        var random = SplitMix64(seed: 11)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 5) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
            let special = text.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            let field = CSVExport.field(text)
            #expect(field == (special ? "\"" + text.replacingQuotes() + "\"" : text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("CSV timestamps and numbers are exactly Timestamp.description and the JSON number text", arguments: [3, 4] as [UInt64])
    func formattingMatchesReference(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var curve = EquityCurve()
        var expected: [String] = []
        var time = Int64(-2_000_000_000) * Timestamp.nanosecondsPerSecond
        for step in 0..<3_000 {
            let granularity: Int64 = [1, 1_000, 1_000_000_000, Timestamp.nanosecondsPerDay][step % 4]
            time += Int64.random(in: 1...40, using: &random) * granularity
            let values = (0..<4).map { _ in Double(bitPattern: random.next() >> 2) * (step % 2 == 0 ? 1 : -1) }
            curve.append(timestamp: Timestamp(rawValue: time), equity: values[0], cash: values[1], grossExposure: values[2], netExposure: values[3])
            expected.append(Timestamp(rawValue: time).description + "," + values.map { JSONValue.number($0).encoded() }.joined(separator: ","))
        }
        let lines = CSVExport.equity(curve).split(separator: "\n").dropFirst()
        #expect(lines.count == expected.count)
        for (line, prefix) in zip(lines, expected) {
            #expect(line.hasPrefix(prefix + ","), "\(line) does not start with \(prefix)")
        }
    }

    @Test("whole numbers, zeros and exponents are written like JSON numbers", arguments: [
        0.0, -0.0, 1, -1, 10_000, 999_999_999_999_999, 1e15, -1e15, 1e16, 2e22, 0.5, 1e-7, -2.5e-5, 123_456.75,
    ])
    func specialNumbers(value: Double) {
        var curve = EquityCurve()
        curve.append(timestamp: Timestamp(year: 2020, month: 1, day: 1), equity: value, cash: value, grossExposure: value, netExposure: value)
        let text = JSONValue.number(value).encoded()
        let line = CSVExport.equity(curve).split(separator: "\n")[1]
        #expect(line == "2020-01-01," + [text, text, text, text].joined(separator: ",") + ",0.0")
        #expect(Double(text) == value)
    }
}

private extension String {
    /// Every quote doubled, as CSV escapes it inside a quoted field.
    func replacingQuotes() -> String {
        var result = ""
        for character in self {
            result.append(character)
            if character == "\"" { result.append("\"") }
        }
        return result
    }
}

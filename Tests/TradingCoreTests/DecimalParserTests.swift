import Testing
import TradingCore

@Suite("DecimalParser")
struct DecimalParserTests {
    @Test("special and edge-case inputs agree with Double(String)", arguments: [
        "0", "-0", "+0", "00", "0.0", "1", "-1", "+1.5", ".5", "5.", "0.1", "0.3", "123.456", "44.43000030517578",
        "9007199254740992", "9007199254740993", "9007199254740995", "12345678901234567890", "0.30000000000000004",
        "1e22", "1e23", "1e-22", "1e-23", "123.456e-5", "1E5", "1e+5", "2.2250738585072014e-308", "4.9e-324",
        "1.7976931348623157e308", "1e309", "0.000000000000000000001234", "00000000000000000000001.5",
        "1e", "e5", "abc", "", "-", ".", "1.2.3", "--1", "1 ", " 1", "1,5", "nan", "NaN", "inf", "-inf", "infinity",
    ])
    func edgeCases(text: String) {
        #expect(DecimalParser.parse(text)?.bitPattern == Double(text)?.bitPattern, "\(text)")
    }

    @Test("hexadecimal floats and text with a NUL byte are not numbers, although Double(String) reads them", arguments: [
        "0x10", "0X1.4P1", "0x1p-2", "10.5\u{0}junk", "100\u{0}-999", "\u{0}",
    ])
    func notNumbers(text: String) {
        #expect(DecimalParser.parse(text) == nil, "\(text.debugDescription)")
    }

    @Test("200 000 random decimal strings parse exactly like Double(String)")
    func randomStringsAreCorrectlyRounded() {
        var random = SplitMix64(seed: 2024)
        var mismatches: [String] = []
        for _ in 0..<200_000 {
            var text = ""
            switch random.next() % 4 {
            case 0: text += "-"
            case 1: text += "+"
            default: break
            }
            let digitCount = Int(random.next() % 22) + 1
            let pointPosition = Int(random.next() % UInt64(digitCount + 2))
            for index in 0..<digitCount {
                if index == pointPosition { text += "." }
                text += String(random.next() % 10)
            }
            if random.next() % 3 == 0 {
                text += random.next() % 2 == 0 ? "e" : "E"
                text += random.next() % 2 == 0 ? "-" : ""
                text += String(random.next() % 40)
            }
            if DecimalParser.parse(text)?.bitPattern != Double(text)?.bitPattern { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test("prices printed from random doubles round-trip")
    func shortestRepresentationsRoundTrip() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<50_000 {
            let value = random.nextUnitInterval() * 1_000
            #expect(DecimalParser.parse(value.description) == value)
            let float = Double(Float(value))
            #expect(DecimalParser.parse(float.description) == float)
        }
    }

    @Test("numbers inside a CSV file (parsed in place, eight bytes at a time) match Double(String)")
    func numbersInsideCSV() throws {
        var random = SplitMix64(seed: 77)
        var texts: [String] = []
        var csv = "date,open,high,low,close,volume\n"
        for row in 0..<20_000 {
            let digitCount = Int(random.next() % 21) + 1
            // At most 15 digits before the point: loading refuses prices above 1e15.
            let pointPosition = Int(random.next() % UInt64(min(digitCount + 1, 15))) + 1
            var text = String(random.next() % 9 + 1)
            for index in 1..<digitCount {
                if index == pointPosition { text += "." }
                text += String(random.next() % 10)
            }
            texts.append(text)
            let time = Timestamp(rawValue: Int64(row) * Timestamp.nanosecondsPerDay).dateString
            csv += "\(time),\(text),\(text),\(text),\(text),\(text)\n"
        }
        let series = try BarSeries(csvText: csv, symbol: "P")
        #expect(series.count == texts.count)
        for index in texts.indices {
            let expected = Double(texts[index])
            #expect(series.open[index].bitPattern == expected?.bitPattern && series.volume[index].bitPattern == expected?.bitPattern, "\(texts[index])")
        }
    }
}

import Testing
import TradingCore

@Suite("JSONValue writer")
struct ReportJSONTests {
    @Test("numbers: shortest round trip, positional, integers plain, non-finite null", arguments: [
        (JSONValue.number(0.1), "0.1"), (.number(1e-05), "0.00001"), (.number(-1.5e-7), "-0.00000015"),
        (.number(1e16), "10000000000000000.0"), (.number(1.2345e20), "123450000000000000000.0"),
        (.number(100), "100.0"), (.number(-0.0), "0.0"), (.number(.nan), "null"), (.number(.infinity), "null"),
        (.number(-.infinity), "null"), (.integer(-42), "-42"), (.number(nil as Double?), "null"),
        (.number(0.30000000000000004), "0.30000000000000004"), (.number(.leastNonzeroMagnitude), "0." + String(repeating: "0", count: 323) + "5"),
    ])
    func numbers(value: JSONValue, expected: String) {
        #expect(value.encoded() == expected)
    }

    @Test("positional numbers parse back to the same Double", arguments: [1, 2, 3] as [UInt64])
    func roundTrip(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        for _ in 0..<2_000 {
            let value = Double(bitPattern: random.next())
            guard value.isFinite else { continue }
            let text = JSONValue.number(value).encoded()
            #expect(!text.contains("e"))
            #expect(Double(text) == value)
        }
    }

    @Test("strings escape quotes, backslashes and control characters")
    func escaping() {
        let value: JSONValue = "a\"b\\c\nd\re\tf\u{08}\u{0C}\u{01}\u{1F}é😀</script>"
        #expect(value.encoded() == #""a\"b\\c\nd\re\tf\b\f\u0001\u001fé😀</script>""#)
    }

    @Test("objects keep member order; compact and pretty layouts")
    func layout() {
        let value: JSONValue = ["z": 1, "a": [true, false, nil], "m": [:], "e": []]
        #expect(value.encoded() == #"{"z":1,"a":[true,false,null],"m":{},"e":[]}"#)
        #expect(value.encoded(prettyPrinted: true) == """
        {
          "z": 1,
          "a": [
            true,
            false,
            null
          ],
          "m": {},
          "e": []
        }
        """)
    }

    @Test("timestamps are ISO 8601 strings")
    func timestamps() {
        #expect(JSONValue.timestamp(Timestamp(year: 2013, month: 3, day: 1)).encoded() == #""2013-03-01""#)
        #expect(JSONValue.timestamp(nil).encoded() == "null")
    }
}

import Foundation
import Testing
import TradingCore
import Universe

@Suite("Universe")
struct UniverseTests {
    static func members() -> [UniverseMember] {
        [
            UniverseMember(instrument: Instrument(symbol: "MU"), sector: "Semiconductors", name: "Micron Technology"),
            UniverseMember(instrument: Instrument(symbol: "GLD", assetClass: .etf), sector: "Commodities"),
            UniverseMember(instrument: Instrument(symbol: "GOOG"), sector: "Communication Services"),
            UniverseMember(instrument: Instrument(symbol: "EURUSD", assetClass: .fx, currency: "USD", tickSize: 0.00001, lotSize: 1_000)),
        ]
    }

    /// Ten daily bars from March 1: close = 10 + day, volume = 1 000 × day; `spike` multiplies everything after `after`.
    static func history(_ symbol: String, scale: Double = 1, after: Timestamp? = nil, spike: Double = 1) throws -> BarSeries {
        try BarSeries(symbol: symbol, bars: (1...10).map { day in
            let time = Timestamp(year: 2024, month: 3, day: day)
            let factor = (after.map { time > $0 } ?? false) ? spike : 1
            let close = (10 + Double(day)) * scale * factor
            return Bar(timestamp: time, open: close, high: close, low: close, close: close, volume: 1_000 * Double(day) * factor)
        })
    }

    @Test("lookup by symbol, order kept, duplicates refused")
    func lookup() throws {
        let universe = try Universe(Self.members())
        #expect(universe.symbols == ["MU", "GLD", "GOOG", "EURUSD"])
        #expect(universe["GLD"]?.assetClass == .etf)
        #expect(universe["MU"]?.name == "Micron Technology")
        #expect(universe["SPY"] == nil)
        #expect(throws: UniverseError.duplicateSymbol("MU", file: nil, field: nil)) {
            try Universe(instruments: [Instrument(symbol: "MU"), Instrument(symbol: "MU")])
        }
    }

    @Test("metadata rules: asset class, sector and a static symbol list")
    func metadataRules() throws {
        let universe = try Universe(Self.members())
        let now = Timestamp(year: 2024, month: 3, day: 5)
        #expect(universe.members(at: now, satisfying: [.assetClasses([.equity])]).map(\.symbol) == ["MU", "GOOG"])
        #expect(universe.members(at: now, satisfying: [.assetClasses([.etf, .fx])]).map(\.symbol) == ["GLD", "EURUSD"])
        #expect(universe.members(at: now, satisfying: [.sectors(["Semiconductors", "Commodities"])]).map(\.symbol) == ["MU", "GLD"])
        #expect(universe.members(at: now, satisfying: [.symbols(["GOOG", "SPY"])]).map(\.symbol) == ["GOOG"])
        #expect(universe.members(at: now, satisfying: []).count == 4)
    }

    @Test("price and dollar-volume rules use the bars at or before the evaluation time")
    func dataRules() throws {
        let universe = try Universe(Self.members())
        let history = ["MU": try Self.history("MU"), "GLD": try Self.history("GLD", scale: 10)]
        let march5 = Timestamp(year: 2024, month: 3, day: 5)
        // MU close on March 5 is 15, GLD's 150; GOOG and EURUSD have no bars.
        #expect(universe.members(at: march5, history: history, satisfying: [.minimumPrice(15)]).map(\.symbol) == ["MU", "GLD"])
        #expect(universe.members(at: march5, history: history, satisfying: [.minimumPrice(15.5)]).map(\.symbol) == ["GLD"])
        // Between bars (March 5, 12:00) the March 5 bar is the latest.
        #expect(universe.members(at: Timestamp(year: 2024, month: 3, day: 5, hour: 12), history: history, satisfying: [.minimumPrice(15)]).map(\.symbol) == ["MU", "GLD"])
        // Before the first bar nothing is known.
        #expect(universe.members(at: Timestamp(year: 2024, month: 2, day: 29), history: history, satisfying: [.minimumPrice(1)]).isEmpty)
        // MU dollar volume on days 3, 4, 5: 13·3000, 14·4000, 15·5000 → mean 56 666.67.
        let threeDay = UniverseRule.minimumAverageDollarVolume(56_666, days: 3)
        #expect(universe.members(at: march5, history: history, satisfying: [threeDay, .assetClasses([.equity])]).map(\.symbol) == ["MU"])
        #expect(universe.members(at: march5, history: history, satisfying: [.minimumAverageDollarVolume(56_667, days: 3), .assetClasses([.equity])]).isEmpty)
        // Not enough history for a 6-day window on March 5.
        #expect(universe.members(at: march5, history: history, satisfying: [.minimumAverageDollarVolume(0, days: 6)]).isEmpty)
    }

    @Test("future bars cannot change a past decision", arguments: [0.01, 1, 100])
    func noLookAhead(spike: Double) throws {
        let universe = try Universe(Self.members())
        let march5 = Timestamp(year: 2024, month: 3, day: 5)
        let rules: [UniverseRule] = [.minimumPrice(14), .minimumAverageDollarVolume(50_000, days: 3)]
        let base = ["MU": try Self.history("MU"), "GLD": try Self.history("GLD", scale: 0.5)]
        let altered = ["MU": try Self.history("MU", after: march5, spike: spike), "GLD": try Self.history("GLD", scale: 0.5, after: march5, spike: spike)]
        let truncated = ["MU": base["MU"]!.prefix(5), "GLD": base["GLD"]!.prefix(5)]
        let decision = universe.members(at: march5, history: base, satisfying: rules)
        #expect(decision.map(\.symbol) == ["MU"])
        #expect(universe.members(at: march5, history: altered, satisfying: rules) == decision)
        #expect(universe.members(at: march5, history: truncated, satisfying: rules) == decision)
    }

    @Test("a universe loads from JSON with defaults for omitted fields")
    func json() throws {
        let text = """
            { "instruments": [
                { "symbol": "MU", "assetClass": "equity", "sector": "Semiconductors", "name": "Micron Technology" },
                { "symbol": "GLD", "assetClass": "ETF", "currency": "USD", "tickSize": 0.01, "shortable": false },
                { "symbol": "6E", "assetClass": "future", "currency": "USD", "tickSize": 0.00005, "lotSize": 1, "marginRequirement": 0.05 }
            ] }
            """
        let universe = try Universe(jsonData: Data(text.utf8), source: "u.json")
        #expect(universe.symbols == ["MU", "GLD", "6E"])
        #expect(universe["MU"] == UniverseMember(instrument: Instrument(symbol: "MU"), sector: "Semiconductors", name: "Micron Technology"))
        #expect(universe["GLD"]?.assetClass == .etf && universe["GLD"]?.instrument.isShortable == false)
        #expect(universe["6E"]?.instrument.tickSize == 0.00005 && universe["6E"]?.instrument.marginRequirement == 0.05)
    }

    @Test("JSON errors name the file and the field", arguments: [
        ("{ \"instruments\": [ { \"symbol\": \"MU\" }, { \"assetClass\": \"equity\" } ] }", "u.json: field 'instruments[1].symbol': required field is missing"),
        ("{ \"instruments\": [ { \"symbol\": \"MU\", \"tickSize\": \"cent\" } ] }", "u.json: field 'instruments[0].tickSize': expected Double"),
        ("{ \"instruments\": [ { \"symbol\": \"MU\", \"lotSize\": 0 } ] }", "u.json: field 'instruments[0].lotSize': 0.0 is not a positive number"),
        ("{ \"instruments\": [ { \"symbol\": \"\" } ] }", "u.json: field 'instruments[0].symbol': symbol is empty"),
        ("{ \"instruments\": [ { \"symbol\": \"MU\" }, { \"symbol\": \"MU\" } ] }", "u.json: field 'instruments[1].symbol': symbol 'MU' appears more than once"),
        ("{ \"stocks\": [] }", "u.json: field 'stocks': unknown field; expected one of instruments"),
        ("{ \"instruments\": [ { \"symbol\": \"MU\", \"tick_size\": 0.05 } ] }",
         "u.json: field 'instruments[0].tick_size': unknown field; expected one of symbol, assetClass, sector, name, currency, tickSize, lotSize, shortable, marginRequirement"),
        ("{ \"instruments\": [ { \"symbol\": \"MU\", \"lotSize\": 1, \"lotSize\": 100 } ] }",
         "u.json: invalid JSON: line 1, column 52: member \"lotSize\" appears twice in the same object"),
        ("{ \"instruments\": [ { \"symbol\": \"MU\" }, ] }", "u.json: invalid JSON: line 1, column 40: unexpected ']', expected a value"),
    ])
    func jsonErrors(text: String, message: String) {
        #expect {
            try Universe(jsonData: Data(text.utf8), source: "u.json")
        } throws: { error in
            (error as? UniverseError)?.description == message
        }
    }

    @Test("a number beyond the range of a double is reported with its member and position")
    func unreadableNumber() {
        #expect {
            try Universe(jsonData: Data("{\"instruments\": [{\"symbol\": \"A\"},\n {\"symbol\": \"B\", \"tickSize\": 1e999}]}".utf8), source: "u.json")
        } throws: { error in
            guard case .invalidJSON(let file, let field, let reason)? = error as? UniverseError else { return false }
            return file == "u.json" && field == "instruments[1].tickSize" && reason == "line 2, column 30: 1e999 is beyond the range of a number"
        }
    }

    @Test("malformed JSON and missing files are reported with the file name")
    func unreadable() {
        #expect {
            try Universe(jsonData: Data("{ \"instruments\": [ ".utf8), source: "broken.json")
        } throws: { error in
            guard case .invalidJSON(let file, _, let reason)? = error as? UniverseError else { return false }
            return file == "broken.json" && reason == "line 1, column 20: unexpected end of text, expected a value"
        }
        #expect {
            try Universe(contentsOfJSONFile: "/nonexistent/universe.json")
        } throws: { error in
            guard case .unreadableFile(let file, _)? = error as? UniverseError else { return false }
            return file == "/nonexistent/universe.json"
        }
    }
}

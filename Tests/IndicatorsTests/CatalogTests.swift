import Indicators
import Testing

/// The catalog's lookup and validation, which the command line relies on for its errors.
@Suite("indicator catalog")
struct CatalogTests {
    @Test("names are unique and found in any case")
    func lookup() throws {
        let names = IndicatorCatalog.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(try IndicatorCatalog.specification(named: "bBaNdS").outputNames == ["upperband", "middleband", "lowerband"])
    }

    @Test("bad names, parameters and values are reported with the valid choices", arguments: [
        ("nosuch", [String: Double](), "unknown indicator 'nosuch'; valid: sma, ema"),
        ("sma", ["window": 3], "sma has no parameter 'window'; valid: timeperiod"),
        ("sma", ["timeperiod": 0], "sma --timeperiod 0 is invalid; it must be a whole number in 1...100000"),
        ("rsi", ["timeperiod": 2.5], "rsi --timeperiod 2.5 is invalid"),
        ("bbands", ["matype": 7], "bbands --matype 7 is invalid"),
        ("stoch", ["slowk_matype": 9], "stoch --slowk_matype 9 is invalid"),
    ])
    func invalid(_ name: String, _ values: [String: Double], _ message: String) {
        #expect(throws: IndicatorCatalogError.self) { try IndicatorCatalog.specification(named: name).makeIndicator(values) }
        do {
            _ = try IndicatorCatalog.specification(named: name).makeIndicator(values)
        } catch {
            #expect(error.description.hasPrefix(message), "\(error.description)")
        }
    }

    @Test("omitted parameters take TA-Lib's defaults")
    func defaults() throws {
        let macd = try IndicatorCatalog.specification(named: "macd")
        #expect(macd.parameters.map(\.defaultValue) == [12, 26, 9])
        #expect(try macd.makeIndicator().warmUpPeriod == 34)
        #expect(try IndicatorCatalog.specification(named: "ppo").parameters.last?.defaultValue == 1)
    }
}

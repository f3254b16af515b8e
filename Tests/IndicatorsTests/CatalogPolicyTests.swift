import Indicators
import Testing
import TradingCore

/// The documented policies, checked for every catalogued indicator at its default
/// parameters: non-finite input, warm-up, reset, tiny and constant input.
@Suite("catalog-wide policies")
struct CatalogPolicyTests {
    /// Indicators whose state depends on every earlier input: after a bad value every later
    /// output is non-finite (see the NaN policy in `Indicator.swift`).
    static let recursive: Set<String> = [
        "EMA", "DEMA", "TEMA", "KAMA", "T3", "RSI", "CMO", "MACD", "PPO", "ATR", "NATR", "ADX",
        "PLUS_DI", "MINUS_DI", "OBV", "AD", "ADOSC", "SAR", "KELTNER",
    ]

    static let names = IndicatorCatalog.all.map(\.name)
    static let bars = RandomBars.make(count: 700, seed: 11)
    static let gapIndex = 400

    static func run(_ name: String, _ bars: [Bar]) throws -> [[Double]?] {
        var indicator = try IndicatorCatalog.specification(named: name).makeIndicator()
        return bars.map { indicator.update($0) }
    }

    @Test("a NaN or infinite bar poisons exactly the outputs that depend on it", arguments: names, [Double.nan, .infinity])
    func nonFiniteGap(_ name: String, _ bad: Double) throws {
        var damaged = Self.bars
        damaged[Self.gapIndex].open = bad
        damaged[Self.gapIndex].high = bad
        damaged[Self.gapIndex].low = bad
        damaged[Self.gapIndex].close = bad
        damaged[Self.gapIndex].volume = bad
        let clean = try Self.run(name, Self.bars)
        let dirty = try Self.run(name, damaged)
        let warmUp = try IndicatorCatalog.specification(named: name).makeIndicator().warmUpPeriod
        #expect(Self.gapIndex >= warmUp, "the gap falls after the warm-up")
        for index in 0..<Self.gapIndex {
            #expect(dirty[index] == clean[index], "untouched before the gap at \(index)")
        }
        let gapRow = try #require(dirty[Self.gapIndex])
        #expect(gapRow.allSatisfy { !$0.isFinite }, "every output of the bad bar is non-finite: \(gapRow)")
        let poisonedUntil = Self.recursive.contains(name) ? dirty.count : Self.gapIndex + warmUp
        for index in Self.gapIndex..<poisonedUntil {
            let row = try #require(dirty[index]), expected = try #require(clean[index])
            if Self.recursive.contains(name) {
                #expect(row.contains { !$0.isFinite }, "non-finite at \(index)")
            } else {
                // Inside the window: an output is NaN or, when its own window has moved past the
                // gap (a stochastic's %K before its %D), already equal to the clean value.
                for (actual, reference) in zip(row, expected) {
                    #expect(actual.isNaN || matches(actual, reference, tolerance: 1e-9), "NaN or clean at \(index): \(row)")
                }
            }
        }
        for index in poisonedUntil..<dirty.count {
            let row = try #require(dirty[index]), expected = try #require(clean[index])
            for (actual, reference) in zip(row, expected) {
                #expect(matches(actual, reference, tolerance: 1e-9), "recovered at \(index): \(actual) vs \(reference)")
            }
        }
    }

    @Test("warm-up, isReady and reset agree with the outputs", arguments: names)
    func warmUpAndReset(_ name: String) throws {
        var indicator = try IndicatorCatalog.specification(named: name).makeIndicator()
        var first: [[Double]?] = []
        for bar in Self.bars.prefix(300) {
            first.append(indicator.update(bar))
            #expect(indicator.isReady == (first.last! != nil))
        }
        #expect(first.firstIndex { $0 != nil } == indicator.warmUpPeriod - 1)
        indicator.reset()
        #expect(!indicator.isReady)
        let second = Self.bars.prefix(300).map { indicator.update($0) }
        #expect(second == first, "reset replays identically")
    }

    @Test("empty, one-bar and constant input neither trap nor produce non-finite values", arguments: names)
    func degenerateInput(_ name: String) throws {
        let indicator = try IndicatorCatalog.specification(named: name).makeIndicator()
        #expect(indicator.outputs(over: [Bar]()).isEmpty)
        let single = indicator.outputs(over: Array(Self.bars.prefix(1)))
        #expect(single.count == 1)
        #expect((single[0] != nil) == (indicator.warmUpPeriod == 1))
        let flat = Bar(timestamp: Timestamp(rawValue: 0), open: 10, high: 10, low: 10, close: 10, volume: 500)
        for row in indicator.outputs(over: Array(repeating: flat, count: 400)) {
            if let row { #expect(row.allSatisfy { $0.isFinite }, "\(row)") }
        }
    }
}

import Indicators
import Testing
import TradingCore

/// A copied indicator is independent of the original: `var b = a; b.update(x)` leaves `a`
/// unchanged, and updating `a` afterwards leaves `b` unchanged. Periods on both sides of the
/// rolling windows' inline capacity (64 slots; longer windows use copy-on-write heap storage),
/// exact comparison with indicators fed the same inputs without any copying.
@Suite("value semantics: copies are independent")
struct ValueSemanticsTests {
    static let periods = [1, 5, 64, 65, 200]

    /// Feeds `original` the `shared` inputs, copies it, feeds the copy `copyOnly`, then the
    /// original `originalOnly`, then the copy `originalOnly` too; each must produce what a
    /// fresh indicator fed its own inputs in order produces.
    static func checkIndependent<I: Indicator>(
        _ make: () -> I, shared: [I.Input], copyOnly: [I.Input], originalOnly: [I.Input],
        sourceLocation: SourceLocation = #_sourceLocation
    ) where I.Output: Equatable {
        func run(_ indicator: inout I, _ inputs: [I.Input]) -> [I.Output?] { inputs.map { indicator.update($0) } }
        var original = make()
        _ = run(&original, shared)
        var copy = original
        let copyOutputs = run(&copy, copyOnly)
        let originalOutputs = run(&original, originalOnly)
        let copyLaterOutputs = run(&copy, originalOnly)

        var unshared = make()
        _ = run(&unshared, shared)
        #expect(originalOutputs == run(&unshared, originalOnly), "the copy's updates changed the original", sourceLocation: sourceLocation)
        var copied = make()
        _ = run(&copied, shared)
        #expect(copyOutputs == run(&copied, copyOnly), "the copy does not continue from the original", sourceLocation: sourceLocation)
        #expect(copyLaterOutputs == run(&copied, originalOnly), "the original's updates changed the copy", sourceLocation: sourceLocation)
    }

    static func bars(_ seed: UInt64, _ count: Int) -> [Bar] { RandomBars.make(count: count, seed: seed) }

    @Test("price indicators", arguments: periods)
    func priceIndicators(period: Int) {
        let shared = RandomBars.closes(count: 3 * period + 7, seed: 1)
        let copyOnly = RandomBars.closes(count: 2 * period + 3, seed: 2)
        let originalOnly = RandomBars.closes(count: 2 * period + 5, seed: 3)
        func check<I: Indicator>(_ make: () -> I, sourceLocation: SourceLocation = #_sourceLocation) where I.Input == Double, I.Output: Equatable {
            Self.checkIndependent(make, shared: shared, copyOnly: copyOnly, originalOnly: originalOnly, sourceLocation: sourceLocation)
        }
        check { SimpleMovingAverage(period: period) }
        check { WeightedMovingAverage(period: period) }
        check { StandardDeviation(period: period) }
        check { Momentum(period: period) }
        check { RollingMaximum(period: period) }
        check { RollingMinimum(period: period) }
        check { LinearRegression(period: Swift.max(2, period)) }
        check { KaufmanAdaptiveMovingAverage(period: period) }
        check { BollingerBands(period: period) }
    }

    @Test("bar indicators", arguments: periods)
    func barIndicators(period: Int) {
        let shared = Self.bars(4, 3 * period + 7)
        let copyOnly = Self.bars(5, 2 * period + 3)
        let originalOnly = Self.bars(6, 2 * period + 5)
        func check<I: Indicator>(_ make: () -> I, sourceLocation: SourceLocation = #_sourceLocation) where I.Input == Bar, I.Output: Equatable {
            Self.checkIndependent(make, shared: shared, copyOnly: copyOnly, originalOnly: originalOnly, sourceLocation: sourceLocation)
        }
        check { Stochastic(fastKPeriod: period, slowKPeriod: period, slowDPeriod: 3) }
        check { FastStochastic(fastKPeriod: period, fastDPeriod: period) }
        check { CommodityChannelIndex(period: period) }
        check { WilliamsPercentRange(period: period) }
        check { MoneyFlowIndex(period: period) }
        check { Aroon(period: period) }
    }
}

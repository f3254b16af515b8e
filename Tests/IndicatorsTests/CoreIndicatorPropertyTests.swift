import Indicators
import Testing
import TradingCore

/// SMA, EMA, ATR, ROC, MAX/MIN and the TrendBreakout features against naive references on
/// seeded random walks — clean, with NaN gaps every 7th bar, constant and one bar long.
@Suite("core indicators vs naive references")
struct CoreIndicatorPropertyTests {
    struct Scenario: Sendable, CustomTestStringConvertible {
        var bars: [Bar]
        var period: Int
        var testDescription: String
        var closes: [Double] { bars.map(\.close) }
    }

    static let scenarios: [Scenario] = {
        var result: [Scenario] = []
        for period in [1, 2, 3, 7, 20] {
            for (seed, gap) in [(UInt64(1), Int?.none), (2, 7), (3, 31)] {
                result.append(Scenario(bars: RandomBars.make(count: 200, seed: seed, gapEvery: gap), period: period,
                                       testDescription: "period \(period), seed \(seed), gap every \(gap.map(String.init) ?? "never")"))
            }
            let flat = Bar(timestamp: Timestamp(rawValue: 0), open: 5, high: 5, low: 5, close: 5, volume: 1_000)
            result.append(Scenario(bars: Array(repeating: flat, count: 40), period: period, testDescription: "period \(period), constant"))
            result.append(Scenario(bars: RandomBars.make(count: 1, seed: 9), period: period, testDescription: "period \(period), one bar"))
        }
        return result
    }()

    @Test(arguments: scenarios)
    func simpleMovingAverage(_ scenario: Scenario) {
        checkAgainstReference(SimpleMovingAverage(period: scenario.period), scenario.closes, expected: Naive.sma(scenario.closes, scenario.period))
    }

    @Test(arguments: scenarios)
    func exponentialMovingAverage(_ scenario: Scenario) {
        checkAgainstReference(ExponentialMovingAverage(period: scenario.period), scenario.closes, expected: Naive.ema(scenario.closes, scenario.period))
    }

    @Test(arguments: scenarios)
    func averageTrueRange(_ scenario: Scenario) {
        checkAgainstReference(AverageTrueRange(period: scenario.period), scenario.bars, expected: Naive.atr(scenario.bars, scenario.period))
    }

    @Test(arguments: scenarios)
    func trueRange(_ scenario: Scenario) {
        checkAgainstReference(TrueRange(), scenario.bars, expected: Naive.trueRange(scenario.bars))
    }

    @Test(arguments: scenarios)
    func rateOfChange(_ scenario: Scenario) {
        checkAgainstReference(RateOfChange(period: scenario.period), scenario.closes, expected: Naive.roc(scenario.closes, scenario.period))
    }

    @Test(arguments: scenarios)
    func rollingExtremes(_ scenario: Scenario) {
        checkAgainstReference(RollingMaximum(period: scenario.period), scenario.closes, expected: Naive.maximum(scenario.closes, scenario.period), tolerance: 0)
        checkAgainstReference(RollingMinimum(period: scenario.period), scenario.closes, expected: Naive.minimum(scenario.closes, scenario.period), tolerance: 0)
    }

    @Test(arguments: scenarios)
    func priceToMovingAverage(_ scenario: Scenario) {
        checkAgainstReference(PriceToMovingAverage(period: scenario.period), scenario.closes,
                              expected: Naive.priceToMovingAverage(scenario.closes, scenario.period))
    }

    @Test(arguments: scenarios)
    func priceToHigh(_ scenario: Scenario) {
        checkAgainstReference(PriceToHigh(period: scenario.period), scenario.bars, expected: Naive.priceToHigh(scenario.bars, scenario.period))
    }

    @Test(arguments: scenarios)
    func volumeZScore(_ scenario: Scenario) {
        let volumes = scenario.bars.map(\.volume)
        checkAgainstReference(VolumeZScore(period: scenario.period), volumes, expected: Naive.volumeZScore(volumes, scenario.period), tolerance: 1e-7)
    }

    @Test(arguments: scenarios.filter { $0.period >= 2 })
    func realizedVolatility(_ scenario: Scenario) {
        checkAgainstReference(RealizedVolatility(period: scenario.period, periodsPerYear: 252), scenario.closes,
                              expected: Naive.realizedVolatility(scenario.closes, scenario.period, 252), tolerance: 1e-7)
    }
}

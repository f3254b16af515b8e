import Indicators
import Testing
import TradingCore

/// Every remaining indicator against its naive definition on seeded random walks, a
/// constant series and a one-bar series, at several periods (relative tolerance 1e-9,
/// absolute below magnitude 1; closed forms with `pow` sum more rounding than the
/// recursions they check, hence not 0).
@Suite("indicator families vs naive references")
struct FamilyPropertyTests {
    struct Scenario: Sendable, CustomTestStringConvertible {
        var bars: [Bar]
        var period: Int
        var testDescription: String
        var closes: [Double] { bars.map(\.close) }
    }

    static let scenarios: [Scenario] = {
        var result: [Scenario] = []
        for period in [2, 3, 7, 20] {
            for seed in [UInt64(21), 22] {
                result.append(Scenario(bars: RandomBars.make(count: 160, seed: seed), period: period, testDescription: "period \(period), seed \(seed)"))
            }
            result.append(Scenario(bars: RandomBars.make(count: 1, seed: 9), period: period, testDescription: "period \(period), one bar"))
        }
        return result
    }()

    static let flat = Array(repeating: Bar(timestamp: Timestamp(rawValue: 0), open: 5, high: 5, low: 5, close: 5, volume: 100), count: 60)

    @Test(arguments: scenarios)
    func averages(_ s: Scenario) {
        checkAgainstReference(WeightedMovingAverage(period: s.period), s.closes, expected: Naive.wma(s.closes, s.period))
        checkAgainstReference(TriangularMovingAverage(period: s.period), s.closes, expected: Naive.trima(s.closes, s.period))
        checkAgainstReference(TriangularMovingAverage(period: s.period + 1), s.closes, expected: Naive.trima(s.closes, s.period + 1))
        checkAgainstReference(DoubleExponentialMovingAverage(period: s.period), s.closes, expected: Naive.dema(s.closes, s.period))
        checkAgainstReference(TripleExponentialMovingAverage(period: s.period), s.closes, expected: Naive.tema(s.closes, s.period))
        checkAgainstReference(KaufmanAdaptiveMovingAverage(period: s.period), s.closes, expected: Naive.kama(s.closes, s.period))
        for factor in [0.0, 0.7, 1.0] {
            checkAgainstReference(TillsonMovingAverage(period: s.period, volumeFactor: factor), s.closes, expected: Naive.t3(s.closes, s.period, factor))
        }
    }

    @Test(arguments: scenarios)
    func momentum(_ s: Scenario) {
        checkAgainstReference(RelativeStrengthIndex(period: s.period), s.closes, expected: Naive.rsi(s.closes, s.period))
        checkAgainstReference(ChandeMomentumOscillator(period: s.period), s.closes, expected: Naive.cmo(s.closes, s.period))
        checkAgainstReference(Momentum(period: s.period), s.closes, expected: Naive.momentum(s.closes, s.period))
        checkAgainstReference(PercentagePriceOscillator(fastPeriod: s.period, slowPeriod: 2 * s.period), s.closes, expected: Naive.ppo(s.closes, fast: s.period, slow: 2 * s.period))
        checkAgainstReference(WilliamsPercentRange(period: s.period), s.bars, expected: Naive.willr(s.bars, s.period))
        checkAgainstReference(CommodityChannelIndex(period: s.period), s.bars, expected: Naive.cci(s.bars, s.period))
        checkAgainstReference(UltimateOscillator(period1: 2 * s.period, period2: s.period, period3: 3 * s.period), s.bars,
                              expected: Naive.ultosc(s.bars, [2 * s.period, s.period, 3 * s.period]))
        let macd = Naive.macd(s.closes, fast: s.period, slow: 2 * s.period, signal: s.period)
        let macdColumns: [@Sendable (MACD.Output) -> Double] = [{ $0.macd }, { $0.signal }, { $0.histogram }]
        for (column, project) in macdColumns.enumerated() {
            checkAgainstReference(Projected(MACD(fastPeriod: 2 * s.period, slowPeriod: s.period, signalPeriod: s.period), project), s.closes, expected: macd.map { $0?[column] })
        }
        let fastK = Naive.fastK(s.bars, s.period)
        let fastD = Naive.chained(fastK) { Naive.sma($0, 3) }
        checkAgainstReference(Projected(FastStochastic(fastKPeriod: s.period, fastDPeriod: 3), { $0.fastD }), s.bars, expected: fastD)
        checkAgainstReference(Projected(FastStochastic(fastKPeriod: s.period, fastDPeriod: 3), { $0.fastK }), s.bars, expected: zip(fastK, fastD).map { $1 == nil ? nil : $0 })
        let slowD = Naive.chained(fastD) { Naive.sma($0, 2) }
        checkAgainstReference(Projected(Stochastic(fastKPeriod: s.period, slowKPeriod: 3, slowDPeriod: 2), { $0.slowD }), s.bars, expected: slowD)
    }

    @Test(arguments: scenarios)
    func statistics(_ s: Scenario) {
        let variance = Naive.variance(s.closes, s.period)
        checkAgainstReference(Variance(period: s.period), s.closes, expected: variance, tolerance: 1e-8)
        checkAgainstReference(StandardDeviation(period: s.period, deviations: 2), s.closes, expected: variance.map { $0.map { 2 * $0.squareRoot() } }, tolerance: 1e-8)
        checkAgainstReference(Midpoint(period: s.period), s.closes, expected: Naive.midpoint(s.closes, s.period), tolerance: 0)
        let regression = Naive.regression(s.closes, s.period)
        checkAgainstReference(LinearRegression(period: s.period), s.closes, expected: regression.map { $0?.end })
        checkAgainstReference(LinearRegressionSlope(period: s.period), s.closes, expected: regression.map { $0?.slope })
        let middle = Naive.sma(s.closes, s.period)
        let bands = BollingerBands(period: s.period, deviationsUp: 2, deviationsDown: 1)
        checkAgainstReference(Projected(bands, { $0.upper }), s.closes, expected: s.closes.indices.map { t in middle[t].map { $0 + 2 * variance[t]!.squareRoot() } }, tolerance: 1e-8)
        checkAgainstReference(Projected(bands, { $0.lower }), s.closes, expected: s.closes.indices.map { t in middle[t].map { $0 - variance[t]!.squareRoot() } }, tolerance: 1e-8)
    }

    @Test(arguments: scenarios)
    func volumeAndTrend(_ s: Scenario) {
        checkAgainstReference(OnBalanceVolume(), s.bars, expected: Naive.obv(s.bars))
        checkAgainstReference(AccumulationDistribution(), s.bars, expected: Naive.ad(s.bars))
        checkAgainstReference(ChaikinOscillator(fastPeriod: s.period, slowPeriod: 2 * s.period), s.bars, expected: Naive.adosc(s.bars, fast: s.period, slow: 2 * s.period))
        checkAgainstReference(MoneyFlowIndex(period: s.period), s.bars, expected: Naive.mfi(s.bars, s.period))
        checkAgainstReference(VolumeWeightedAveragePrice(period: s.period), s.bars, expected: Naive.vwap(s.bars, s.period))
        let (plus, minus) = Naive.directional(s.bars, s.period)
        checkAgainstReference(PlusDirectionalIndicator(period: s.period), s.bars, expected: plus)
        checkAgainstReference(MinusDirectionalIndicator(period: s.period), s.bars, expected: minus)
        checkAgainstReference(AverageDirectionalIndex(period: s.period), s.bars, expected: Naive.adx(s.bars, s.period))
        checkAgainstReference(NormalizedAverageTrueRange(period: s.period), s.bars, expected: s.bars.indices.map { t in Naive.atr(s.bars, s.period)[t].map { $0 / s.bars[t].close * 100 } })
        let aroon = Naive.aroon(s.bars, s.period)
        checkAgainstReference(Projected(Aroon(period: s.period), { $0.down }), s.bars, expected: aroon.map { $0?[0] })
        checkAgainstReference(Projected(Aroon(period: s.period), { $0.up }), s.bars, expected: aroon.map { $0?[1] })
        let donchian = Naive.donchian(s.bars, s.period)
        let donchianColumns: [@Sendable (DonchianChannel.Output) -> Double] = [{ $0.upper }, { $0.middle }, { $0.lower }]
        for (column, project) in donchianColumns.enumerated() {
            checkAgainstReference(Projected(DonchianChannel(period: s.period), project), s.bars, expected: donchian.map { $0?[column] }, tolerance: 0)
        }
        let middle = Naive.ema(s.closes, s.period), range = Naive.atr(s.bars, s.period / 2 + 1)
        let width = s.bars.indices.map { t in middle[t] == nil || range[t] == nil ? nil : Optional(3 * range[t]!) }
        checkAgainstReference(Projected(KeltnerChannel(period: s.period, atrPeriod: s.period / 2 + 1, multiplier: 3), { $0.upper }), s.bars,
                              expected: s.bars.indices.map { t in width[t].map { middle[t]! + $0 } })
    }

    @Test("constant series give the documented flat-market values")
    func constantSeries() {
        let closes = Self.flat.map(\.close)
        #expect(RelativeStrengthIndex(period: 5).outputs(over: closes).last == 0)
        #expect(ChandeMomentumOscillator(period: 5).outputs(over: closes).last == 0)
        #expect(WilliamsPercentRange(period: 5).outputs(over: Self.flat).last == 0)
        #expect(CommodityChannelIndex(period: 5).outputs(over: Self.flat).last == 0)
        #expect(StandardDeviation(period: 5).outputs(over: closes).last == 0)
        #expect(VolumeZScore(period: 5).outputs(over: Self.flat.map(\.volume)).last == 0)
        #expect(KaufmanAdaptiveMovingAverage(period: 5).outputs(over: closes).last == 5)
        #expect(AverageDirectionalIndex(period: 5).outputs(over: Self.flat).last == 0)
        #expect(MoneyFlowIndex(period: 5).outputs(over: Self.flat).last == 0)
        #expect(LinearRegressionSlope(period: 5).outputs(over: closes).last == 0)
    }
}

/// One column of a multi-output indicator, as a `Double` indicator.
struct Projected<Base: Indicator>: Indicator {
    var base: Base
    let column: @Sendable (Base.Output) -> Double

    init(_ base: Base, _ column: @escaping @Sendable (Base.Output) -> Double) {
        self.base = base
        self.column = column
    }

    var warmUpPeriod: Int { base.warmUpPeriod }
    var isReady: Bool { base.isReady }
    mutating func update(_ input: Base.Input) -> Double? { base.update(input).map(column) }
    mutating func reset() { base.reset() }
}

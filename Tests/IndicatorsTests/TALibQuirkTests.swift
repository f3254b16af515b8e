import Indicators
import Testing
import TradingCore

/// Behaviours of TA-Lib 0.8.1 (the C library in the `TA-Lib` Python package) established by
/// probing it, where its sources were not available; each is also covered by the
/// command-line cross-check recorded in BENCHMARKS.md.
@Suite("TA-Lib edge cases")
struct TALibQuirkTests {
    static let bars = RandomBars.make(count: 120, seed: 5)
    static let closes = bars.map(\.close)

    @Test("NATR with period 1 is the plain true range")
    func normalizedRangeOfOne() {
        #expect(NormalizedAverageTrueRange(period: 1).outputs(over: Self.bars) == TrueRange().outputs(over: Self.bars))
    }

    @Test("PLUS_DI and MINUS_DI with period 1 are unscaled ratios")
    func directionalOfOne() {
        let plus = PlusDirectionalIndicator(period: 1).outputs(over: Self.bars)
        let minus = MinusDirectionalIndicator(period: 1).outputs(over: Self.bars)
        let ranges = TrueRange().outputs(over: Self.bars)
        for t in 1..<Self.bars.count {
            let up = Self.bars[t].high - Self.bars[t - 1].high, down = Self.bars[t - 1].low - Self.bars[t].low
            #expect(plus[t] == (up > 0 && up > down ? up / ranges[t]! : 0))
            #expect(minus[t] == (down > 0 && down > up ? down / ranges[t]! : 0))
        }
    }

    @Test("KAMA with period 1 is the identity from the first value")
    func kamaOfOne() {
        #expect(KaufmanAdaptiveMovingAverage(period: 1).outputs(over: Self.closes) == Self.closes.map { $0 })
    }

    @Test("MACD and PPO swap a fast period longer than the slow one; ULTOSC sorts its periods")
    func periodOrder() {
        #expect(MACD(fastPeriod: 26, slowPeriod: 12).outputs(over: Self.closes) == MACD(fastPeriod: 12, slowPeriod: 26).outputs(over: Self.closes))
        #expect(PPO(fastPeriod: 9, slowPeriod: 4).outputs(over: Self.closes) == PPO(fastPeriod: 4, slowPeriod: 9).outputs(over: Self.closes))
        #expect(UltimateOscillator(period1: 20, period2: 5, period3: 9).outputs(over: Self.bars) == UltimateOscillator(period1: 5, period2: 9, period3: 20).outputs(over: Self.bars))
    }

    @Test("SAR lowers an acceleration above the maximum to the maximum")
    func sarAcceleration() {
        #expect(ParabolicStopAndReverse(acceleration: 0.1, maximum: 0.05).outputs(over: Self.bars) == ParabolicStopAndReverse(acceleration: 0.05, maximum: 0.05).outputs(over: Self.bars))
    }

    @Test("VAR accepts and ignores nbdev; STDDEV scales by it")
    func varianceIgnoresDeviations() throws {
        let series = try BarSeries(symbol: "R", bars: Self.bars)
        let variance = try IndicatorCatalog.specification(named: "var")
        #expect(try variance.makeIndicator(["nbdev": 3]).outputs(over: series) == variance.makeIndicator().outputs(over: series))
        let deviation = try IndicatorCatalog.specification(named: "stddev")
        let scaled = try deviation.makeIndicator(["nbdev": 3]).outputs(over: series).map { $0?[0] }
        let plain = try deviation.makeIndicator().outputs(over: series).map { $0.map { 3 * $0[0] } }
        #expect(firstMismatch(scaled, plain, tolerance: 1e-12) == nil)
    }

    @Test("an RSI whose averages are tiny but not zero is still computed (TA-Lib 0.8 tests exact zero)")
    func tinyAverages() {
        let closes = [1.0, 1 + 1e-12, 1 + 1e-12, 1 + 1e-12]
        #expect(RelativeStrengthIndex(period: 2).outputs(over: closes).last == 100)
    }

    @Test("MFI treats typical prices equal but for binary rounding as unchanged, and a window without flow as empty")
    func moneyFlowTies() {
        // (34 + 32.7 + 33) / 3 and (34.1 + 32.7 + 32.9) / 3 differ by 7e-15: TA-Lib 0.8 gives 0, not 50.
        let day = Timestamp.nanosecondsPerDay
        let rows: [(Double, Double, Double)] = [(34, 32.7, 33), (34.1, 32.7, 32.9), (34, 32.7, 33), (34.1, 32.7, 32.9)]
        let bars = rows.enumerated().map { index, row in
            Bar(timestamp: Timestamp(rawValue: Int64(index) * day), open: row.2, high: row.0, low: row.1, close: row.2, volume: 1_000)
        }
        #expect(MoneyFlowIndex(period: 2).outputs(over: bars).compactMap { $0 } == [0, 0])
        // A rise, then a flat run as long as the period: the window holds no flow, so 0, never a residue.
        let flat = (0..<12).map { index in
            let price = index < 4 ? 100 + 0.1 * Double(index) : 100.3
            return Bar(timestamp: Timestamp(rawValue: Int64(index) * day), open: price, high: price, low: price, close: price, volume: 1_000)
        }
        let outputs = MoneyFlowIndex(period: 3).outputs(over: flat)
        #expect(outputs[3] == 100)
        #expect(outputs[7...].allSatisfy { $0 == 0 })
    }

    @Test("STOCHF and WILLR treat a range of binary rounding residue (0.3 against 0.1 + 0.2) as flat")
    func stochasticResidueRange() {
        let day = Timestamp.nanosecondsPerDay
        let prices = [0.3, 0.1 + 0.2, 0.3, 0.1 + 0.2]
        let bars = prices.enumerated().map { index, price in
            Bar(timestamp: Timestamp(rawValue: Int64(index) * day), open: price, high: price, low: price, close: price, volume: 1)
        }
        #expect(FastStochastic(fastKPeriod: 2, fastDPeriod: 1).outputs(over: bars).compactMap { $0?.fastK } == [0, 0, 0])
        #expect(WilliamsPercentRange(period: 2).outputs(over: bars).compactMap { $0 } == [0, 0, 0])
    }

    @Test("CCI of a window of identical prices is 0, whatever residue the mean carries")
    func commodityChannelFlat() {
        let day = Timestamp.nanosecondsPerDay
        for price in [0.1, 3.3, 1e6 + 0.1] {
            let bars = (0..<10).map { index in
                Bar(timestamp: Timestamp(rawValue: Int64(index) * day), open: price, high: price, low: price, close: price, volume: 1)
            }
            #expect(CommodityChannelIndex(period: 7).outputs(over: bars).compactMap { $0 }.allSatisfy { $0 == 0 }, "\(price)")
        }
    }

    /// A move, then a flat stretch on a 0.1 tick at a level where the mean of 20 copies does
    /// not round back onto the level.
    static let flatAfterMove: [Double] = (0..<41).map { 1_170 + 0.7 * Double($0) } + Array(repeating: 1_200.1, count: 50)

    @Test("VAR, STDDEV and BBANDS of a window of identical values are exactly 0, as in TA-Lib 0.8", arguments: [5, 20])
    func flatWindowHasNoSpread(period: Int) {
        let variance = Variance(period: period).outputs(over: Self.flatAfterMove)
        let deviation = StandardDeviation(period: period, deviations: 2).outputs(over: Self.flatAfterMove)
        let bands = BollingerBands(period: period).outputs(over: Self.flatAfterMove)
        for t in (41 + period - 1)..<Self.flatAfterMove.count {
            #expect(variance[t] == 0)
            #expect(deviation[t] == 0)
            #expect(bands[t]?.upper == bands[t]?.middle && bands[t]?.lower == bands[t]?.middle)
        }
    }

    @Test("VAR keeps a spread of 1e-8 at a level of 100 (TA-Lib 0.8: 1.5999979910330636e-17) and is never negative")
    func tinySpreadSurvives() {
        let closes = Array(repeating: 100.0, count: 10) + [100 + 1e-8] + Array(repeating: 100.0, count: 4)
        let variance = Variance(period: 5).outputs(over: closes)
        let talib = 1.5999979910330636e-17
        #expect(variance[4..<10].allSatisfy { $0 == 0 })
        #expect(variance[10...14].allSatisfy { $0 == talib }, "bit for bit TA-Lib's")
        var random = SplitMix64(seed: 11)
        var price = 50.0
        let ticks = (0..<5_000).map { index -> Double in
            if index % 300 >= 40 { price = ((price + (random.nextUnitInterval() - 0.5) * 0.3) * 100).rounded() / 100 }
            return price
        }
        for period in [3, 14, 49] {
            #expect(Variance(period: period).outputs(over: ticks).allSatisfy { ($0 ?? 0) >= 0 })
        }
    }

    /// 40 bars of 2-decimal highs and lows (seed 5) and TA-Lib 0.8.1's `SAR` of them.
    static let highs: [Double] = [49.95, 49.15, 49.41, 49.1, 49.92, 49.66, 49.38, 49.58, 49.42, 50.25, 50.6, 50.04, 49.43, 50.34, 50.21, 49.49, 49.63, 48.79, 49.04, 48.25, 47.96, 48.23, 48.13, 47.68, 48.27, 48.4, 47.51, 47.34, 47.02, 46.86, 46.15, 46.19, 46.13, 46.2, 45.69, 45.61, 45.04, 44.38, 44.4, 43.67]
    static let lows: [Double] = [49.31, 48.6, 48.68, 48.7, 49.21, 49.47, 49.01, 48.88, 49.35, 50.04, 50.29, 49.29, 49.05, 49.63, 49.56, 49.18, 49.09, 48.54, 48.17, 47.92, 47.49, 47.82, 47.9, 47.55, 47.83, 47.71, 47.31, 46.86, 46.32, 46.65, 45.82, 45.85, 46.09, 45.76, 45.23, 44.92, 44.67, 43.68, 44.01, 43.43]
    static let talibSAR: [Double?] = [nil, 49.95, 49.923, 49.89654, 48.6, 48.626400000000004, 48.652272, 48.67762656, 48.7024740288, 48.726824548223995, 48.787751566295036, 48.896486472317335, 48.998697283978295, 49.05, 49.05, 49.143, 50.6, 50.5698, 50.488608, 50.34949152, 50.155132198400004, 49.888618978560004, 49.648757080704, 49.4328813726336, 49.23859323537024, 49.06373391183322, 48.9063605206499, 48.71479725817191, 48.455125642027845, 48.11350553930339, 47.82654465301485, 47.46536661547218, 47.169200624687186, 46.92634451224349, 46.69307560979479, 46.40046048783583, 46.10436839026866, 45.81749471221493, 45.38999576977194, 45.04799661581755]

    @Test("SAR advances its stop with a fused multiply-add, as TA-Lib 0.8 does: bit for bit equal")
    func sarUsesFusedMultiplyAdd() {
        let bars = zip(Self.highs, Self.lows).enumerated().map { index, range in
            Bar(timestamp: Timestamp(rawValue: Int64(index) * Timestamp.nanosecondsPerDay), open: range.1, high: range.0, low: range.1, close: range.1, volume: 1)
        }
        let outputs = ParabolicStopAndReverse().outputs(over: bars)
        for index in outputs.indices {
            #expect(outputs[index]?.bitPattern == Self.talibSAR[index]?.bitPattern, "bar \(index)")
        }
    }
}

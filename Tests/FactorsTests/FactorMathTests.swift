import Factors
import Indicators
import Testing
import TradingCore

/// A minimal factor for testing wrappers: skips its first input, then echoes each input.
struct EchoFactor: Factor {
    typealias Input = Double
    var name: String { "echo" }
    var warmUpPeriod: Int { 2 }
    var seen = 0
    var isReady: Bool { seen >= 2 }
    mutating func update(_ input: Double) -> Double? {
        seen += 1
        return seen >= 2 ? input : nil
    }
    mutating func reset() { seen = 0 }
}

@Suite("Factor math")
struct FactorMathTests {
    @Test("momentum: weighted rates of change plus weighted price-to-average")
    func momentum() {
        let parameters = MomentumFactor.Parameters(horizons: [2, 4], horizonWeights: [0.5, 1.5], movingAveragePeriod: 3, movingAverageWeight: 2)
        // 0.5·0.1 + 1.5·(−0.05) + 2·0.02 = 0.05 − 0.075 + 0.04 = 0.015
        let score = MomentumFactor.score(ratesOfChange: [0.1, -0.05], priceToAverage: 0.02, parameters: parameters)
        #expect(abs(score - 0.015) < 1e-15)
        #expect(parameters.warmUpPeriod == 5)
        #expect(MomentumFactor.Parameters().warmUpPeriod == 127)
    }

    @Test("breakout: volatility-scaled distance plus clipped volume z-score", arguments: [
        // close, prior high, ATR, volume z, expected
        (105.0, 100.0, 2.5, 4.0, 2 + 0.5 * 3),       // distance 5/2.5 = 2, volume clipped at 3
        (98.0, 100.0, 4.0, -1.0, -0.5 - 0.5),        // below the channel, light volume
        (100.0, 100.0, 0.0, 1.0, 0.5),               // no range: the distance term is 0
        (101.0, 100.0, 1.0, -7.0, 1 - 0.5 * 3),      // volume clipped at −3
    ])
    func breakout(close: Double, priorHigh: Double, atr: Double, volumeZ: Double, expected: Double) {
        let score = BreakoutFactor.score(close: close, priorHigh: priorHigh, averageTrueRange: atr, volumeZScore: volumeZ, parameters: .init())
        #expect(abs(score - expected) < 1e-12)
    }

    @Test("composite: weighted sum with each factor's contribution exposed")
    func composite() {
        let composite = CompositeScore(["momentum": 0.6, "breakout": 0.4, "carry": -0.5])
        var contributions = [0.0, 0.0, 0.0]
        let total = composite.evaluate([2, -1, 0.5], contributions: &contributions)
        #expect(contributions == [1.2, -0.4, -0.25])
        #expect(abs(total! - 0.55) < 1e-15)
        let exposures = composite.exposures([2, -1, 0.5])
        #expect(exposures == [FactorExposure(factor: "momentum", score: 2, weight: 0.6),
                              FactorExposure(factor: "breakout", score: -1, weight: 0.4),
                              FactorExposure(factor: "carry", score: 0.5, weight: -0.5)])
        #expect(exposures.map(\.contribution) == contributions)
        #expect(exposures.contributionsByFactor == ["momentum": 1.2, "breakout": -0.4, "carry": -0.25])
        let missing = composite.evaluate([2, .nan, 0.5], contributions: &contributions)
        #expect(missing == nil)
    }

    @Test("normalized factor: rolling z-score of the raw score, then clipping")
    func normalized() {
        var factor = NormalizedFactor(EchoFactor(), window: 3, clipping: Clipping(limit: 1.3))
        #expect(factor.name == "echo" && factor.warmUpPeriod == 4 && factor.window == 3)
        let outputs = [99.0, 1, 2, 4, 7].map { factor.update($0) }
        #expect(outputs[0] == nil && outputs[1] == nil && outputs[2] == nil)
        #expect(outputs[3] == 1.3)                                   // 5/√14 ≈ 1.336, clipped
        #expect(abs(outputs[4]! - 8 / 38.0.squareRoot()) < 1e-12)   // 8/√38 ≈ 1.298
        #expect(factor.isReady)
        factor.reset()
        #expect(!factor.isReady && factor.base.seen == 0)
        let afterReset = factor.update(1)
        #expect(afterReset == nil)
    }
}

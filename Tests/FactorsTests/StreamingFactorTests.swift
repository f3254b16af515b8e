import Factors
import Indicators
import TradingCore
import Testing

@Suite("Streaming factors")
struct StreamingFactorTests {
    static func bar(_ day: Int, high: Double, low: Double, close: Double, volume: Double) -> Bar {
        Bar(timestamp: Timestamp(year: 2024, month: 1, day: day), open: close, high: high, low: low, close: close, volume: volume)
    }

    /// Seeded random bars around a random walk, consistent (low ≤ open, close ≤ high).
    static func randomBars(count: Int, seed: UInt64) -> [Bar] {
        var generator = SplitMix64(seed: seed)
        var close = 50.0
        return (0..<count).map { index in
            let open = close
            close *= 1 + Double.random(in: -0.03...0.032, using: &generator)
            let high = max(open, close) * (1 + Double.random(in: 0...0.02, using: &generator))
            let low = min(open, close) * (1 - Double.random(in: 0...0.02, using: &generator))
            let volume = Double(Int.random(in: 1_000...9_000, using: &generator))
            return Bar(timestamp: Timestamp(secondsSinceEpoch: Int64(index) * 86_400), open: open, high: high, low: low, close: close, volume: volume)
        }
    }

    @Test("momentum: hand-computed scores from closes")
    func momentumHandComputed() {
        let parameters = MomentumFactor.Parameters(horizons: [2, 3], horizonWeights: [1, 2], movingAveragePeriod: 3, movingAverageWeight: 0.5)
        var factor = MomentumFactor(parameters: parameters)
        #expect(factor.name == "momentum" && factor.warmUpPeriod == 4)
        let closes = [100.0, 102, 101, 105, 110]
        let scores = closes.enumerated().map { factor.update(Self.bar($0.offset + 1, high: $0.element, low: $0.element, close: $0.element, volume: 1)) }
        #expect(scores[0] == nil && scores[1] == nil && scores[2] == nil)
        // Bar 4: ROC₂ = 105/102 − 1, ROC₃ = 105/100 − 1, SMA₃ = (102 + 101 + 105)/3.
        let fourth = (105.0 / 102 - 1) + 2 * (105.0 / 100 - 1) + 0.5 * (105 / (308.0 / 3) - 1)
        // Bar 5: ROC₂ = 110/101 − 1, ROC₃ = 110/102 − 1, SMA₃ = (101 + 105 + 110)/3.
        let fifth = (110.0 / 101 - 1) + 2 * (110.0 / 102 - 1) + 0.5 * (110 / (316.0 / 3) - 1)
        #expect(abs(scores[3]! - fourth) < 1e-12)
        #expect(abs(scores[4]! - fifth) < 1e-12)
        #expect(factor.isReady)
        factor.reset()
        #expect(!factor.isReady)
    }

    @Test("breakout: hand-computed channel, Wilder ATR and volume z-score")
    func breakoutHandComputed() throws {
        let parameters = BreakoutFactor.Parameters(channelPeriod: 3, volatilityPeriod: 2, volumePeriod: 3, distanceWeight: 1, volumeWeight: 0.5, volumeClip: 3)
        var factor = BreakoutFactor(parameters: parameters)
        #expect(factor.name == "breakout" && factor.warmUpPeriod == 4)
        let bars = [
            Self.bar(1, high: 10, low: 9, close: 9.5, volume: 100),
            Self.bar(2, high: 11, low: 9.5, close: 10.5, volume: 120),
            Self.bar(3, high: 10.8, low: 10, close: 10.2, volume: 80),
            Self.bar(4, high: 12, low: 10.5, close: 11.8, volume: 200),
            Self.bar(5, high: 11.9, low: 11, close: 11.5, volume: 100),
        ]
        let scores = bars.map { factor.update($0) }
        #expect(scores[0] == nil && scores[1] == nil && scores[2] == nil)
        // True ranges: bar 2 1.5, bar 3 0.8, bar 4 max(1.5, |12 − 10.2|, |10.5 − 10.2|) = 1.8,
        // bar 5 max(0.9, 0.1, 0.8) = 0.9. ATR₂: 1.15 at bar 3, (1.15 + 1.8)/2 = 1.475, (1.475 + 0.9)/2 = 1.1875.
        func volumeZ(_ window: [Double]) -> Double {
            let mean = window.reduce(0, +) / 3
            let deviation = (window.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
            return (window[2] - mean) / deviation
        }
        // Bar 4: channel top max(10, 11, 10.8) = 11, a breakout on heavy volume.
        #expect(abs(scores[3]! - ((11.8 - 11) / 1.475 + 0.5 * volumeZ([120, 80, 200]))) < 1e-12)
        // Bar 5: channel top max(11, 10.8, 12) = 12, back inside the channel.
        #expect(abs(scores[4]! - ((11.5 - 12) / 1.1875 + 0.5 * volumeZ([80, 200, 100]))) < 1e-12)
        let features = try #require(factor.features)
        #expect(features.priorHigh == 12 && !features.isBreakout)
        #expect(features.priorLow == 9.5 && !features.isBreakdown)
        #expect(abs(features.averageTrueRange - 1.1875) < 1e-12)
        factor.reset()
        #expect(!factor.isReady && factor.features == nil)
    }

    @Test("momentum matches a naive reference on seeded random bars")
    func momentumReference() {
        let bars = Self.randomBars(count: 600, seed: 11)
        let parameters = MomentumFactor.Parameters(horizons: [5, 21, 63], horizonWeights: [0.2, 0.3, 0.5], movingAveragePeriod: 40, movingAverageWeight: 1.5)
        var factor = MomentumFactor(parameters: parameters)
        for t in bars.indices {
            let score = factor.update(bars[t])
            guard t + 1 >= parameters.warmUpPeriod else { #expect(score == nil); continue }
            let close = bars[t].close
            let average = bars[(t - 39)...t].map(\.close).reduce(0, +) / 40
            var expected = 1.5 * (close / average - 1)
            for (horizon, weight) in zip(parameters.horizons, parameters.horizonWeights) {
                expected += weight * (close / bars[t - horizon].close - 1)
            }
            #expect(abs(score! - expected) < 1e-12, "bar \(t)")
        }
    }

    @Test("breakout matches a naive reference on seeded random bars")
    func breakoutReference() {
        let bars = Self.randomBars(count: 600, seed: 12)
        let parameters = BreakoutFactor.Parameters(channelPeriod: 20, volatilityPeriod: 14, volumePeriod: 10)
        var factor = BreakoutFactor(parameters: parameters)
        var trueRanges: [Double] = [.nan]
        for t in 1..<bars.count {
            let previous = bars[t - 1].close
            trueRanges.append(max(bars[t].high - bars[t].low, abs(bars[t].high - previous), abs(bars[t].low - previous)))
        }
        var atr = Double.nan
        for t in bars.indices {
            let score = factor.update(bars[t])
            if t == 14 { atr = trueRanges[1...14].reduce(0, +) / 14 } else if t > 14 { atr = (atr * 13 + trueRanges[t]) / 14 }
            guard t >= 20 else { #expect(score == nil); continue }
            let priorHigh = bars[(t - 20)..<t].map(\.high).max()!
            let volumes = bars[(t - 9)...t].map(\.volume)
            let mean = volumes.reduce(0, +) / 10
            let deviation = (volumes.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 10).squareRoot()
            let volumeZ = min(max((bars[t].volume - mean) / deviation, -3), 3)
            let expected = (bars[t].close - priorHigh) / atr + 0.5 * volumeZ
            // ATR and the volume moments are running sums: 1e-9 relative to the score's scale.
            #expect(abs(score! - expected) < 1e-9 * max(1, abs(expected)), "bar \(t)")
        }
    }

    @Test("the configuration's factories line up with its composite")
    func factories() {
        let configuration = FactorConfiguration(normalizationWindow: 30, clipLimit: 2)
        let momentum = configuration.makeMomentumFactor()
        let breakout = configuration.makeBreakoutFactor()
        #expect([momentum.name, breakout.name] == configuration.composite.names)
        #expect(momentum.warmUpPeriod == 127 + 29 && breakout.warmUpPeriod == 56 + 29)
        #expect(momentum.clipping == Clipping(limit: 2) && breakout.window == 30)
    }

    @Test("normalized composite scores stay within the clip on random bars")
    func clippedComposite() {
        let configuration = FactorConfiguration(normalizationWindow: 20, clipLimit: 2)
        var momentum = configuration.makeMomentumFactor()
        var breakout = configuration.makeBreakoutFactor()
        let composite = configuration.composite
        var contributions = [0.0, 0.0]
        var produced = 0
        for bar in Self.randomBars(count: 400, seed: 13) {
            let scores = [momentum.update(bar) ?? .nan, breakout.update(bar) ?? .nan]
            guard let total = composite.evaluate(scores, contributions: &contributions) else { continue }
            produced += 1
            #expect(scores.allSatisfy { abs($0) <= 2 })
            #expect(abs(total) <= 2 && total == contributions[0] + contributions[1])
        }
        #expect(produced == 400 - (momentum.warmUpPeriod - 1))
    }
}

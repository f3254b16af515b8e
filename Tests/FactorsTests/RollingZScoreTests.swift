import TradingCore
import Factors
import Testing

@Suite("RollingZScore")
struct RollingZScoreTests {
    /// Naive reference: two-pass mean and population standard deviation of the window.
    static func reference(_ window: ArraySlice<Double>) -> (z: Double, deviation: Double) {
        let mean = window.reduce(0, +) / Double(window.count)
        let variance = window.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(window.count)
        let deviation = variance.squareRoot()
        return (deviation == 0 ? 0 : (window.last! - mean) / deviation, deviation)
    }

    @Test("hand-computed values over a window of three (pandas rolling(3), ddof=0)")
    func handComputed() {
        var z = RollingZScore(period: 3)
        #expect(z.warmUpPeriod == 3)
        let first = z.update(1)
        let second = z.update(2)
        #expect(first == nil && second == nil && !z.isReady)
        // Window [1, 2, 4]: mean 7/3, deviations −4/3, −1/3, 5/3, variance 14/9, z = 5/√14.
        let third = z.update(4)
        #expect(z.isReady)
        #expect(abs(third! - 5 / 14.0.squareRoot()) < 1e-12)
        // Window [2, 4, 7]: mean 13/3, deviations −7/3, −1/3, 8/3, variance 38/9, z = 8/√38.
        let fourth = z.update(7)
        #expect(abs(fourth! - 8 / 38.0.squareRoot()) < 1e-12)
    }

    @Test("matches a two-pass reference on seeded random walks", arguments: [2, 5, 20, 63])
    func matchesReference(period: Int) {
        var generator = SplitMix64(seed: UInt64(period))
        var values: [Double] = []
        var level = 100.0
        var z = RollingZScore(period: period)
        for index in 0..<2_000 {
            level += Double.random(in: -1...1, using: &generator)
            values.append(level)
            let output = z.update(level)
            if index + 1 < period {
                #expect(output == nil)
            } else {
                let window = values[(index + 1 - period)...index]
                let (expected, deviation) = Self.reference(window)
                // The z-score's condition number is max|x| / σ: rounding in x − μ is of order
                // ε·max|x|, so the tolerance is 1e-9 plus 64 ε · max|x| / σ (this covers
                // windows of nearly equal values, where both sides lose digits).
                let conditioning = window.map(\.magnitude).max()! / deviation
                #expect(abs(output! - expected) <= 1e-9 + 64 * Double.ulpOfOne * conditioning, "index \(index)")
            }
        }
    }

    @Test("a constant window scores zero, also right after a volatile one")
    func constantWindow() {
        var z = RollingZScore(period: 4)
        for value in [10.0, 10, 10, 10] { _ = z.update(value) }
        #expect(z.update(10) == 0)
        for value in [1.0, 1_000, -7, 3.5] { _ = z.update(value) }
        var last: Double?
        for _ in 0..<4 { last = z.update(42) }
        #expect(abs(last!) < 1e-6)
    }

    @Test("non-finite inputs are ignored")
    func nonFinite() {
        var z = RollingZScore(period: 3)
        var clean = RollingZScore(period: 3)
        for value in [1.0, .nan, 2, .infinity, 4, -.infinity, 8] {
            let output = z.update(value)
            if value.isFinite {
                #expect(output == clean.update(value))
            } else {
                #expect(output == nil)
            }
        }
    }

    @Test("reset restores the initial state")
    func reset() {
        var z = RollingZScore(period: 3)
        for value in [5.0, 1, 9, 2] { _ = z.update(value) }
        z.reset()
        #expect(!z.isReady)
        var fresh = RollingZScore(period: 3)
        for value in [1.0, 2, 4, 7] {
            let a = z.update(value)
            let b = fresh.update(value)
            #expect(a == b)
        }
    }
}

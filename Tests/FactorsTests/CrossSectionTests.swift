import TradingCore
import Factors
import Testing

@Suite("Cross-sectional normalizers and clipping")
struct CrossSectionTests {
    @Test("percentile ranks average ties (pandas rank(method='average'))")
    func ranks() {
        // pandas ranks [3, 1, 4, 1, 5] as [3, 1.5, 4, 1.5, 5]; (r − 1) / (n − 1) maps them to [0, 1].
        #expect(CrossSection.ranks([3, 1, 4, 1, 5]) == [0.5, 0.125, 0.75, 0.125, 1])
        #expect(CrossSection.ranks([7]) == [0.5])
        #expect(CrossSection.ranks([]) == [])
        #expect(CrossSection.ranks([2, 2, 2]) == [0.5, 0.5, 0.5])
    }

    @Test("missing values are left out and stay missing")
    func missing() {
        let ranks = CrossSection.ranks([.nan, 10, .infinity, 20])
        #expect(ranks[0].isNaN && ranks[2].isNaN)
        #expect(ranks[1] == 0 && ranks[3] == 1)
        let scores = CrossSection.zScores([.nan, 1, 3])
        #expect(scores[0].isNaN && scores[1] == -1 && scores[2] == 1)
        let winsorized = CrossSection.winsorized([.nan, .nan], lowerQuantile: 0.1, upperQuantile: 0.9)
        #expect(winsorized.allSatisfy { $0.isNaN })
    }

    @Test("z-scores match numpy ((x − mean) / std, ddof=0)")
    func zScores() {
        let expected = [0.125, -1.125, 0.75, -1.125, 1.375]
        for (score, want) in zip(CrossSection.zScores([3, 1, 4, 1, 5]), expected) {
            #expect(abs(score - want) < 1e-12)
        }
        #expect(CrossSection.zScores([4, 4, 4]) == [0, 0, 0])
        #expect(CrossSection.zScores([4]) == [0])
    }

    @Test("winsorizing clips at type-7 quantiles (numpy.quantile)")
    func winsorize() {
        // Sorted: −50, 1, 3, 5, 7, 9, 100. q(0.1): h = 0.6 → −50 + 0.6·51 = −19.4;
        // q(0.9): h = 5.4 → 9 + 0.4·91 = 45.4.
        let output = CrossSection.winsorized([5, 1, 9, 3, 7, 100, -50], lowerQuantile: 0.1, upperQuantile: 0.9)
        let expected = [5, 1, 9, 3, 7, 45.4, -19.4]
        for (value, want) in zip(output, expected) { #expect(abs(value - want) < 1e-12) }
        #expect(CrossSection.winsorized([3, 1, 2], lowerQuantile: 0, upperQuantile: 1) == [3, 1, 2])
    }

    @Test("allocation-free forms reuse caller storage and agree with the conveniences")
    func inPlace() {
        var generator = SplitMix64(seed: 7)
        var ranks = Array(repeating: 0.0, count: 12)
        var scores = ranks
        var winsorized = ranks
        var scratch = Array(repeating: 0.0, count: 16)
        for _ in 0..<200 {
            let values = (0..<12).map { _ in Double(Int.random(in: -5...5, using: &generator)) }
            CrossSection.rank(values, into: &ranks)
            CrossSection.zScore(values, into: &scores)
            CrossSection.winsorize(values, into: &winsorized, lowerQuantile: 0.2, upperQuantile: 0.8, scratch: &scratch)
            #expect(ranks == CrossSection.ranks(values))
            #expect(scores == CrossSection.zScores(values))
            #expect(winsorized == CrossSection.winsorized(values, lowerQuantile: 0.2, upperQuantile: 0.8))
            // Reference rank: position in the sorted list, ties averaged.
            let sorted = values.sorted()
            for (value, rank) in zip(values, ranks) {
                let first = sorted.firstIndex(of: value)!
                let last = sorted.lastIndex(of: value)!
                #expect(abs(rank - Double(first + last) / 2 / 11) < 1e-12)
            }
        }
    }

    @Test("clipping bounds values and passes NaN through")
    func clipping() {
        let clip = Clipping(limit: 3)
        #expect(clip.apply(5) == 3 && clip.apply(-4) == -3 && clip.apply(1.5) == 1.5)
        #expect(clip.apply(.infinity) == 3)
        #expect(clip.apply(.nan).isNaN)
        #expect(Clipping.none.apply(1e300) == 1e300)
        #expect(Clipping(lower: 0, upper: 1).apply(-0.5) == 0)
    }

    @Test("z-scores do not depend on the scale: tiny and huge scores neither underflow nor overflow", arguments: [1e-300, 1e-160, 1, 1e160, 1e300])
    func zScoreScale(scale: Double) {
        let base = [1.0, 2, 3, 5]
        let expected = CrossSection.zScores(base)
        let scaled = CrossSection.zScores(base.map { $0 * scale })
        for (actual, reference) in zip(scaled, expected) {
            #expect(abs(actual - reference) < 1e-12, "scale \(scale): \(scaled) vs \(expected)")
        }
        #expect(CrossSection.zScores([1e308, -1e308]) == [1, -1])
    }

    @Test("winsorizing interpolates between order statistics further apart than the largest Double")
    func winsorizeExtremes() {
        // Type-7 median of [-1e308, 1e308] is 0; clipping at it bounds the larger value to 0.
        #expect(CrossSection.winsorized([-1e308, 1e308], lowerQuantile: 0, upperQuantile: 0.5) == [-1e308, 0])
        #expect(CrossSection.winsorized([-1e308, 1e308], lowerQuantile: 0.25, upperQuantile: 1) == [-5e307, 1e308])
    }
}

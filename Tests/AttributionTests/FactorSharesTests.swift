import Attribution
import Testing

@Suite("FactorShares")
struct FactorSharesTests {
    let rule = FactorShares()

    @Test("net shares follow each factor's part of the score")
    func net() {
        #expect(rule.shares(of: ["momentum": 1.5, "breakout": 0.5]) == ["momentum": 0.75, "breakout": 0.25])
    }

    @Test("a factor that argued against the entry gets a negative share")
    func opposing() {
        // S = 1, A = 2: |S| / A = 0.5 ≥ 0.1, so net shares −0.5 / 1 and 1.5 / 1.
        #expect(rule.shares(of: ["momentum": -0.5, "breakout": 1.5]) == ["momentum": -0.5, "breakout": 1.5])
    }

    @Test("short entries (negative score) split the same way")
    func short() {
        let shares = rule.shares(of: ["momentum": -2, "breakout": -1])
        #expect(abs(shares["momentum"]! - 2.0 / 3) < 1e-15 && abs(shares["breakout"]! - 1.0 / 3) < 1e-15)
    }

    @Test("nearly offsetting contributions fall back to gross shares")
    func offsetting() {
        // S = 0.05, A = 1.95: |S| / A ≈ 0.026 < 0.1, so shares are |cᵢ| / A.
        let shares = rule.shares(of: ["momentum": 1, "breakout": -0.95])
        #expect(abs(shares["momentum"]! - 1 / 1.95) < 1e-15 && abs(shares["breakout"]! - 0.95 / 1.95) < 1e-15)
        // With a lower threshold the same contributions use net shares.
        let loose = FactorShares(netToGrossThreshold: 0.01).shares(of: ["momentum": 1, "breakout": -0.95])
        #expect(abs(loose["momentum"]! - 20) < 1e-9 && abs(loose["breakout"]! + 19) < 1e-9)
        // Exactly cancelling contributions use gross shares too.
        #expect(rule.shares(of: ["a": 2, "b": -2]) == ["a": 0.5, "b": 0.5])
    }

    @Test("nothing to attribute goes to the unattributed bucket", arguments: [
        [String: Double](), ["momentum": 0, "breakout": 0], ["momentum": .nan, "breakout": 1], ["momentum": .infinity],
    ])
    func unattributed(contributions: [String: Double]) {
        #expect(rule.shares(of: contributions) == [FactorShares.unattributedKey: 1])
    }

    @Test("zero contributions keep a zero share")
    func zeroShare() {
        #expect(rule.shares(of: ["momentum": 2, "breakout": 0]) == ["momentum": 1, "breakout": 0])
    }

    @Test("contributions whose sum overflows still get shares that sum to 1", arguments: [
        (["a": 1e308, "b": 1e308], ["a": 0.5, "b": 0.5]),
        (["a": 1.5e308, "b": 0.5e308, "c": 1e308], ["a": 0.5, "b": 0.5 / 3, "c": 1 / 3.0]),
        (["a": 1e308, "b": -1e308, "c": 1e308, "d": 1e308], ["a": 0.5, "b": -0.5, "c": 0.5, "d": 0.5]),
    ])
    func overflow(contributions: [String: Double], expected: [String: Double]) throws {
        let shares = rule.shares(of: contributions)
        #expect(shares.keys.sorted() == expected.keys.sorted())
        for (factor, share) in expected {
            let actual = try #require(shares[factor])
            #expect(abs(actual - share) < 1e-15, "\(factor): \(actual)")
        }
        #expect(abs(shares.values.reduce(0, +) - 1) < 1e-15)
    }
}

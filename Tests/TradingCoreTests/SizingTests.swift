import Testing
import TradingCore

@Suite("Position sizing")
struct SizingTests {
    let stock = Instrument(symbol: "GOOG")
    let future = Instrument(symbol: "ES", assetClass: .future, lotSize: 5)

    @Test("equal weight: equity / slots / price, whole shares toward zero")
    func equalWeight() {
        #expect(EqualWeightSizer().quantity(for: SizingRequest(equity: 10_000, price: 100.34, instrument: stock)) == 99)
        #expect(EqualWeightSizer().quantity(for: SizingRequest(equity: 10_000, price: 100, instrument: stock, slots: 3)) == 33)
        #expect(EqualWeightSizer(fraction: 0.5).quantity(for: SizingRequest(equity: 10_000, price: 10, instrument: stock)) == 500)
        #expect(EqualWeightSizer().quantity(for: SizingRequest(equity: 10_000, price: 10, instrument: future, slots: 3)) == 330)
    }

    @Test("fixed fractional risk: riskFraction × equity ÷ stop distance, capped by leverage")
    func fixedFractionalRisk() {
        let sizer = FixedFractionalRiskSizer(riskFraction: 0.01)
        // 1 % of 100 000 = 1 000 at risk, 2.5 per share → 400 shares (value 20 000 ≤ equity).
        #expect(sizer.quantity(for: SizingRequest(equity: 100_000, price: 50, instrument: stock, stopDistance: 2.5)) == 400)
        // A 0.1 stop would allow 10 000 shares = 500 000 of stock; capped at 1× equity → 2 000.
        #expect(sizer.quantity(for: SizingRequest(equity: 100_000, price: 50, instrument: stock, stopDistance: 0.1)) == 2_000)
        let levered = FixedFractionalRiskSizer(riskFraction: 0.01, maximumLeverage: 2)
        #expect(levered.quantity(for: SizingRequest(equity: 100_000, price: 50, instrument: stock, stopDistance: 0.1)) == 4_000)
        #expect(sizer.quantity(for: SizingRequest(equity: 100_000, price: 50, instrument: future, stopDistance: 3)) == 330)
    }

    @Test("volatility target: target ÷ volatility × equity / slots ÷ price, capped")
    func volatilityTarget() {
        let sizer = VolatilityTargetSizer(targetVolatility: 0.10, maximumLeverage: 1.5)
        // 10 % / 40 % = 0.25 × 100 000 / 20 = 1 250.
        #expect(sizer.quantity(for: SizingRequest(equity: 100_000, price: 20, instrument: stock, annualizedVolatility: 0.4)) == 1_250)
        // 10 % / 2 % = 5, capped at 1.5 → 150 000 / 20 = 7 500; two slots → 3 750.
        #expect(sizer.quantity(for: SizingRequest(equity: 100_000, price: 20, instrument: stock, annualizedVolatility: 0.02)) == 7_500)
        #expect(sizer.quantity(for: SizingRequest(equity: 100_000, price: 20, instrument: stock, slots: 2, annualizedVolatility: 0.02)) == 3_750)
    }

    static let badValues: [Double] = [0, -1, .nan, .infinity, -.infinity]

    @Test("bad inputs size to zero, never negative or NaN", arguments: badValues)
    func badInputs(bad: Double) {
        let equal = EqualWeightSizer()
        let risk = FixedFractionalRiskSizer(riskFraction: 0.02)
        let target = VolatilityTargetSizer(targetVolatility: 0.15)
        let requests = [
            SizingRequest(equity: bad, price: 10, instrument: stock, stopDistance: 1, annualizedVolatility: 0.2),
            SizingRequest(equity: 1_000, price: bad, instrument: stock, stopDistance: 1, annualizedVolatility: 0.2),
        ]
        for request in requests {
            #expect(equal.quantity(for: request) == 0)
            #expect(risk.quantity(for: request) == 0)
            #expect(target.quantity(for: request) == 0)
        }
        #expect(risk.quantity(for: SizingRequest(equity: 1_000, price: 10, instrument: stock, stopDistance: bad)) == 0)
        #expect(target.quantity(for: SizingRequest(equity: 1_000, price: 10, instrument: stock, annualizedVolatility: bad)) == 0)
    }

    @Test("fewer than one slot (an empty selection, every slot taken) sizes to zero, not a trap", arguments: [0, -3])
    func noSlot(slots: Int) {
        let request = SizingRequest(equity: 1_000, price: 10, instrument: stock, slots: slots, stopDistance: 1, annualizedVolatility: 0.2)
        #expect(EqualWeightSizer().quantity(for: request) == 0)
        #expect(VolatilityTargetSizer(targetVolatility: 0.15).quantity(for: request) == 0)
        // Risk per position does not share equity between slots.
        #expect(FixedFractionalRiskSizer(riskFraction: 0.02).quantity(for: request) == 20)
    }

    @Test("missing stop or volatility sizes to zero")
    func missingInputs() {
        let request = SizingRequest(equity: 1_000, price: 10, instrument: stock)
        #expect(FixedFractionalRiskSizer(riskFraction: 0.02).quantity(for: request) == 0)
        #expect(VolatilityTargetSizer(targetVolatility: 0.15).quantity(for: request) == 0)
    }

    @Test("seeded random requests: whole lots, within budget, less than one lot below it", arguments: [7, 8, 9] as [UInt64])
    func randomRequests(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let sizer = EqualWeightSizer()
        for _ in 0..<1_000 {
            let lot = [1.0, 10, 100, 0.5][Int.random(in: 0..<4, using: &random)]
            let request = SizingRequest(
                equity: Double.random(in: 1...1e7, using: &random), price: Double.random(in: 0.01...5_000, using: &random),
                instrument: Instrument(symbol: "X", lotSize: lot), slots: Int.random(in: 1...10, using: &random)
            )
            let quantity = sizer.quantity(for: request)
            let budget = request.equity / Double(request.slots)
            #expect(quantity >= 0)
            #expect((quantity / lot).rounded() == quantity / lot)
            #expect(quantity * request.price <= budget)
            #expect((quantity + lot) * request.price > budget)
        }
    }

    @Test("configuration errors stop the process")
    func preconditions() async {
        await #expect(processExitsWith: .failure) { _ = FixedFractionalRiskSizer(riskFraction: 0) }
        await #expect(processExitsWith: .failure) { _ = VolatilityTargetSizer(targetVolatility: .infinity) }
        await #expect(processExitsWith: .failure) { _ = EqualWeightSizer(fraction: 1.5) }
    }
}

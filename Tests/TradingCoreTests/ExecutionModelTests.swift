import Testing
import TradingCore

/// Commission and slippage models against hand-computed values (relative tolerance 1e-12).
@Suite("Execution: commission and slippage models")
struct ExecutionModelTests {
    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * Swift.max(1, abs(b)) }

    @Test("per-share commission with minimum and maximum", arguments: [
        (100.0, 50.0, 1.0),      // 0.5 raised to the 1.00 minimum
        (10_000.0, 50.0, 50.0),  // 50 per share, below the 1 % cap of 5 000
        (1_000.0, 0.5, 5.0),     // 5 is above the minimum and equal to the 1 % cap of 500 × 0.01 = 5
        (100.0, 0.5, 0.5),       // the 1 % cap (0.5) beats the minimum
    ])
    func perShare(_ quantity: Double, _ price: Double, _ expected: Double) {
        let model = PerShareCommission(perShare: 0.005, minimum: 1, maximumFractionOfNotional: 0.01)
        #expect(Self.close(model.commission(quantity: quantity, price: price), expected))
    }

    @Test("percent, per-order, tiered and combined commissions")
    func otherCommissions() {
        #expect(Self.close(PercentOfNotionalCommission(rate: 0.002).commission(quantity: 55, price: 180.36), 19.8396))
        #expect(PerOrderCommission(amount: 4.95).commission(quantity: 1_000, price: 10) == 4.95)
        let tiered = TieredCommission(tiers: [.init(upTo: 10_000, rate: 0.002), .init(upTo: .infinity, rate: 0.001)])
        #expect(Self.close(tiered.commission(quantity: 50, price: 100), 10))
        #expect(Self.close(tiered.commission(quantity: 200, price: 100), 20))
        let combined = CombinedCommission([PerOrderCommission(amount: 1), PercentOfNotionalCommission(rate: 0.001)])
        #expect(Self.close(combined.commission(quantity: 100, price: 100), 11))
        #expect(NoCommission().commission(quantity: 100, price: 100) == 0)
    }

    @Test("slippage fractions")
    func slippage() {
        let bar = Bar(timestamp: EngineFixture.day(0), open: 100, high: 110, low: 90, close: 105, volume: 10_000)
        #expect(NoSlippage().slippageFraction(quantity: 100, price: 100, bar: bar) == 0)
        #expect(Self.close(FixedBasisPointsSlippage(basisPoints: 5).slippageFraction(quantity: 100, price: 100, bar: bar), 0.0005))
        #expect(Self.close(VolumeShareSlippage(priceImpact: 0.1).slippageFraction(quantity: 1_000, price: 100, bar: bar), 0.001))
        #expect(Self.close(SquareRootImpactSlippage(coefficient: 1).slippageFraction(quantity: 100, price: 100, bar: bar), 0.02))
        let empty = Bar(timestamp: EngineFixture.day(0), open: 100, high: 100, low: 100, close: 100, volume: 0)
        #expect(VolumeShareSlippage(priceImpact: 0.1).slippageFraction(quantity: 1, price: 100, bar: empty) == 0.1)
    }

    @Test("an order filled in parts pays a per-order fee and a per-order minimum once")
    func partialFillsShareTheOrderCharges() {
        let perOrder = PerOrderCommission(amount: 5)
        #expect([0.0, 100, 200].map { perOrder.commission(quantity: 100, price: 10, filledBefore: $0) } == [5, 0, 0])
        let perShare = PerShareCommission(perShare: 0.005, minimum: 1, maximumFractionOfNotional: 0.01)
        // 100 + 100 + 300 shares: the order owes max(0.005 × Q, 1) in total, 2.5 for 500 shares.
        let fills = [(100.0, 0.0), (100, 100), (300, 200)].map { perShare.commission(quantity: $0.0, price: 50, filledBefore: $0.1) }
        #expect(Self.close(fills[0], 1) && Self.close(fills[1], 0) && Self.close(fills[2], 1.5))
        #expect(Self.close(perShare.commission(quantity: 10, price: 5, filledBefore: 0), 0.5))
        let combined = CombinedCommission([perOrder, PercentOfNotionalCommission(rate: 0.001)])
        #expect(Self.close(combined.commission(quantity: 100, price: 10, filledBefore: 100), 1))
        let percent = PercentOfNotionalCommission(rate: 0.001)
        #expect(percent.commission(quantity: 100, price: 10, filledBefore: 300) == percent.commission(quantity: 100, price: 10))
    }

    @Test("a volume-capped order filled in three parts is charged its per-order fee once")
    func perOrderFeeOnceInBacktest() {
        let series = EngineFixture.series([(100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 99, 100)], volume: 1_000)
        let execution = ExecutionConfiguration(fillModel: VolumeCappedFillModel(IntrabarFillModel(), maximumVolumeShare: 0.1),
                                               commission: PerOrderCommission(amount: 5))
        let result = EngineFixture.run(ScriptedStrategy([0: { context in context.submit(.market(.buy, 250, "TEST")) }]), [series],
                                       execution: execution)
        #expect(result.fills.map(\.commission) == [5, 0, 0])
        #expect(result.orders[0].commission == 5)
    }

    @Test("models that charge nothing on every fill say so; the others are asked")
    func alwaysZero() {
        #expect(NoSlippage().isAlwaysZero && FixedBasisPointsSlippage(basisPoints: 0).isAlwaysZero)
        #expect(!FixedBasisPointsSlippage(basisPoints: 5).isAlwaysZero && !VolumeShareSlippage().isAlwaysZero)
        #expect(NoCommission().isAlwaysZero && PercentOfNotionalCommission(rate: 0).isAlwaysZero)
        #expect(!PercentOfNotionalCommission(rate: 0.001).isAlwaysZero && !PerShareCommission(perShare: 0.005).isAlwaysZero)
    }
}

import Testing
import TradingCore

/// Orders a seeded random stream by symbol or by instrument index (`closePosition(_:)` with
/// an index, `submit(_:instrument:)`): the two must run identically.
private struct IndexedOrStrategy: Strategy {
    var random: SplitMix64
    let byIndex: Bool

    init(seed: UInt64, byIndex: Bool) {
        random = SplitMix64(seed: seed)
        self.byIndex = byIndex
    }

    mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {
        for index in 0..<bars.instrumentCount {
            guard bars[index] != nil, random.nextDouble() < 0.3 else { continue }
            let symbol = context.instruments[index].symbol
            let side: OrderSide = random.nextDouble() < 0.5 ? .buy : .sell
            switch random.next(below: 3) {
            case 0:
                let intent = OrderIntent.market(side, Double(1 + random.next(below: 50)), symbol, strategy: "units")
                if byIndex { context.submit(intent, instrument: index) } else { context.submit(intent) }
            case 1:
                let intent = OrderIntent(symbol: symbol, side: side, quantity: .fractionOfBuyingPower(0.2))
                if byIndex { context.submit(intent, instrument: index) } else { context.submit(intent) }
            default:
                if byIndex { context.closePosition(index) } else { context.closePosition(symbol) }
            }
        }
    }
}

@Suite("Index-based requests")
struct IndexedRequestTests {
    @Test("closePosition and submit by instrument index run like their symbol-based forms", arguments: [1, 2] as [UInt64])
    func sameAsBySymbol(_ seed: UInt64) {
        let series = [
            EngineFixture.randomSeries("A", count: 300, seed: 21),
            EngineFixture.randomSeries("B", count: 250, seed: 22, startDay: 30),
        ]
        let bySymbol = EngineFixture.run(IndexedOrStrategy(seed: seed, byIndex: false), series, cash: 1_000_000, endOfRun: .closeAtLastClose)
        let byIndex = EngineFixture.run(IndexedOrStrategy(seed: seed, byIndex: true), series, cash: 1_000_000, endOfRun: .closeAtLastClose)
        #expect(bySymbol.fills.count > 50)
        #expect(byIndex.orders == bySymbol.orders)
        #expect(byIndex.fills == bySymbol.fills)
        #expect(byIndex.trades == bySymbol.trades)
        #expect(byIndex.riskDecisions == bySymbol.riskDecisions)
        #expect(byIndex.equityCurve == bySymbol.equityCurve)
    }
}

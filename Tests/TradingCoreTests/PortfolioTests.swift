import Testing
import TradingCore

/// Average-cost accounting: a hand-computed sequence, and the two accounting identities on
/// every step of random fill streams (relative tolerance 1e-9).
@Suite("Portfolio accounting")
struct PortfolioTests {
    static func fill(_ side: OrderSide, _ quantity: Double, _ price: Double, commission: Double = 0, day: Int = 0) -> Fill {
        Fill(orderID: ClientOrderID(rawValue: 1), symbol: "A", side: side, quantity: quantity, price: price,
             commission: commission, timestamp: EngineFixture.day(day))
    }

    @Test("scale in, partial close, flip to short and cover, by hand")
    func handComputed() {
        var portfolio = Portfolio(instruments: [Instrument(symbol: "A")], cash: 10_000)
        portfolio.apply(Self.fill(.buy, 10, 100, commission: 1, day: 0), instrument: 0, step: 0, strategy: "s")
        portfolio.apply(Self.fill(.buy, 10, 110, commission: 1, day: 1), instrument: 0, step: 1)
        #expect(portfolio.positions[0].quantity == 20 && portfolio.positions[0].averagePrice == 105)
        portfolio.apply(Self.fill(.sell, 15, 120, commission: 1.5, day: 2), instrument: 0, step: 2)
        #expect(portfolio.trades.count == 1)
        let first = portfolio.trades[0]
        #expect(first.side == .long && first.quantity == 15 && first.entryPrice == 105 && first.exitPrice == 120)
        #expect(abs(first.commission - 3) < 1e-12 && abs(first.pnl - 222) < 1e-12)
        #expect(first.barsHeld == 2 && first.strategy == "s" && first.entryTime == EngineFixture.day(0))
        portfolio.apply(Self.fill(.sell, 10, 100, commission: 1, day: 3), instrument: 0, step: 3, strategy: "flip")
        #expect(portfolio.positions[0].quantity == -5 && portfolio.positions[0].averagePrice == 100)
        #expect(abs(portfolio.trades[1].pnl - (-25 - 1)) < 1e-12)
        portfolio.apply(Self.fill(.buy, 5, 90, day: 5), instrument: 0, step: 5)
        let last = portfolio.trades[2]
        #expect(last.side == .short && last.strategy == "flip" && last.barsHeld == 2 && abs(last.pnl - 49.5) < 1e-12)
        #expect(portfolio.positions[0].isFlat)
        #expect(abs(portfolio.cash - 10_245.5) < 1e-9)
        #expect(abs(portfolio.realizedPnL - 250) < 1e-12 && abs(portfolio.totalCommission - 4.5) < 1e-12)
        let tradePnL = portfolio.trades.reduce(0) { $0 + $1.pnl }
        #expect(abs(tradePnL - (portfolio.equity - 10_000)) < 1e-9)
    }

    @Test("equity identities hold after every random fill and mark", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func randomStreams(_ seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let instruments = ["A", "B", "C"].map { Instrument(symbol: $0) }
        var portfolio = Portfolio(instruments: instruments, cash: 1_000_000)
        var prices = [100.0, 50.0, 20.0]
        for step in 0..<2_000 {
            let index = random.next(below: 3)
            prices[index] *= 1 + 0.04 * (random.nextDouble() - 0.5)
            if random.nextDouble() < 0.5 {
                portfolio.mark(index, at: prices[index])
            } else {
                let fill = Fill(orderID: ClientOrderID(rawValue: step + 1), symbol: instruments[index].symbol,
                                side: random.nextDouble() < 0.5 ? .buy : .sell, quantity: Double(1 + random.next(below: 200)),
                                price: prices[index], commission: random.nextDouble() * 5, timestamp: EngineFixture.day(step))
                portfolio.apply(fill, instrument: index, step: step)
            }
            let marked = portfolio.cash + portfolio.positions.reduce(0) { $0 + $1.quantity * $1.markPrice }
            let decomposed = portfolio.initialCash + portfolio.realizedPnL + portfolio.unrealizedPnL - portfolio.totalCommission
            let scale = Swift.max(1, abs(portfolio.equity))
            #expect(abs(portfolio.equity - marked) <= 1e-9 * scale)
            #expect(abs(portfolio.equity - decomposed) <= 1e-9 * scale)
        }
    }
}

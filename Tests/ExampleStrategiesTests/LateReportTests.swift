import Testing
import TradingCore

/// A venue whose reports reach the driver one poll late, as a live venue's fill can arrive
/// after the poll that follows its order: each poll hands out the reports the paper venue had
/// produced by the previous poll.
actor LaggingBroker: PaperVenueWrapper {
    let venue: PaperBroker
    /// Every report the venue produced, numbered from 1.
    private var received: [ExecutionReport] = []
    /// How many of `received` the next poll may hand out.
    private var visible = 0

    init(venue: PaperBroker) { self.venue = venue }

    func executionReports(after sequence: Int) async -> [ExecutionReport] {
        let shown = Array(received.prefix(visible).dropFirst(sequence))
        received += await venue.executionReports(after: received.count)
        visible = received.count
        return shown
    }
}

/// Buys one unit of every instrument at every bar (filled at that bar's close by a venue with
/// `.sameBarClose` timing), so the last bar's orders fill after the last bar's poll.
struct BuyingEveryBar: Strategy {
    mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {
        bars.forEachBar { index, _ in
            _ = context.submit(OrderIntent(symbol: context.instruments[index].symbol, side: .buy, quantity: .units(1)))
        }
    }
}

@Suite("Live driver: reports that arrive after the last bar")
struct LateReportTests {
    @Test("fills the venue reports after the last bar's polls are booked before the stop")
    func lateFills() async throws {
        let series = Array(ExampleStrategyPropertyTests.sample.prefix(2)).map { $0.bars(in: Timestamp(year: 2019, month: 11, day: 1)...Timestamp(year: 2019, month: 12, day: 31)) }
        let instruments = series.map { SampleData.instrument(for: $0.symbol) }
        let venue = PaperBroker(instruments: instruments, cash: 1_000_000, configuration: ExecutionConfiguration(marketFillTiming: .sameBarClose))
        var driver = LiveTradingDriver(engine: TradingEngine(strategy: BuyingEveryBar(), instruments: instruments, cash: 1_000_000),
                                       broker: LaggingBroker(venue: venue))
        try await driver.run(feed: ReplayFeed(series: series), marketData: { _ = await venue.process($0) })
        let bars = series.reduce(0) { $0 + $1.count }
        #expect(driver.engine.fills.count == bars)
        let held = await venue.positions()
        for (index, instrument) in instruments.enumerated() {
            #expect(driver.engine.context.portfolio.positions[index].quantity == Double(series[index].count))
            #expect(held.first { $0.symbol == instrument.symbol }?.quantity == Double(series[index].count))
        }
        #expect(driver.engine.context.openOrders.isEmpty)
    }
}

import ExampleStrategies
import TradingCore
import Testing

/// The no-look-ahead property: what the strategy decides up to a time T cannot depend on
/// any bar after T, of any instrument. Runs on the full data and on data cut (or scrambled)
/// after T must create exactly the same orders up to T.
@Suite("TrendBreakout never looks ahead")
struct TrendBreakoutLookAheadTests {
    /// One decision: an order as created, without its (later) execution state.
    struct Decision: Equatable {
        var id: Int
        var createdAt: Timestamp
        var intent: OrderIntent
    }

    /// The orders created at or before `time`.
    static func decisions(_ result: BacktestResult, through time: Timestamp) -> [Decision] {
        result.orders.filter { $0.createdAt <= time }.map { Decision(id: $0.id.rawValue, createdAt: $0.createdAt, intent: $0.intent) }
    }

    static let cutIndices = [600, 1_100, 1_700, 2_300]

    @Test("cutting every series after T leaves the decisions up to T unchanged", arguments: cutIndices)
    func truncated(cut: Int) {
        let full = TrendBreakoutSampleRun.run(backtest: TrendBreakoutSampleRun.backtest(endOfRun: .leaveOpen))
        let time = TrendBreakoutSampleRun.series[0].timestamps[cut]
        let cutSeries = TrendBreakoutSampleRun.series.map { $0.bars(in: $0.timestamps[0]...time) }
        let partial = TrendBreakoutSampleRun.run(backtest: TrendBreakoutSampleRun.backtest(series: cutSeries, endOfRun: .leaveOpen))
        let expected = Self.decisions(full, through: time)
        #expect(!expected.isEmpty)
        let unchanged = Self.decisions(partial, through: time) == expected
        #expect(unchanged)
    }

    @Test("scrambling one instrument's future changes no instrument's past decisions", arguments: cutIndices)
    func scrambledFuture(cut: Int) throws {
        let full = TrendBreakoutSampleRun.run(backtest: TrendBreakoutSampleRun.backtest(endOfRun: .leaveOpen))
        var series = TrendBreakoutSampleRun.series
        let time = series[2].timestamps[cut]
        var bars = (0..<series[2].count).map { series[2][$0] }
        for index in (cut + 1)..<bars.count {
            // A violent, different future: prices doubled and volume spikes.
            let bar = bars[index]
            bars[index] = Bar(timestamp: bar.timestamp, open: bar.open * 2, high: bar.high * 2.5, low: bar.low * 1.5,
                              close: bar.close * 2.2, volume: bar.volume * 10)
        }
        series[2] = try BarSeries(symbol: series[2].symbol, bars: bars)
        let scrambled = TrendBreakoutSampleRun.run(backtest: TrendBreakoutSampleRun.backtest(series: series, endOfRun: .leaveOpen))
        let unchanged = Self.decisions(scrambled, through: time) == Self.decisions(full, through: time)
        #expect(unchanged)
        // The scrambled future does change later decisions, so the comparison has teeth.
        let changedLater = scrambled.orders.count != full.orders.count || scrambled.trades != full.trades
        #expect(changedLater)
    }
}

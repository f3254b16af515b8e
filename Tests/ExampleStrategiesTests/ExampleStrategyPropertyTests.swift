import ExampleStrategies
import Testing
import TradingCore

/// Properties every example strategy must have: no look-ahead, determinism, and the same
/// fills whether run by the backtest driver or by the async driver with a PaperBroker.
@Suite("Example strategies: look-ahead, determinism, paper = backtest")
struct ExampleStrategyPropertyTests {
    /// Three seeded synthetic instruments over 2015–2019 (about 1 300 daily bars each).
    static let sample: [BarSeries] = SampleData.symbols.map {
        SampleData.series(symbol: $0, start: Timestamp(year: 2015, month: 1, day: 1), end: Timestamp(year: 2019, month: 12, day: 31), seed: 7)
    }

    enum Subject: String, CaseIterable, Sendable {
        case smaCross10x30, smaCross5x20, buyAndHold

        func run(_ backtest: Backtest) -> BacktestResult {
            switch self {
            case .smaCross10x30: return backtest.run(SmaCross(fast: 10, slow: 30))
            case .smaCross5x20: return backtest.run(SmaCross(fast: 5, slow: 20))
            case .buyAndHold: return backtest.run(BuyAndHold())
            }
        }
    }

    static func backtest(_ series: [BarSeries], endOfRun: EndOfRunPolicy = .leaveOpen) -> Backtest {
        Backtest(instruments: series.map { SampleData.instrument(for: $0.symbol) }, series: series, cash: 100_000,
                 execution: ExecutionConfiguration(commission: PercentOfNotionalCommission(rate: 0.001)), endOfRun: endOfRun)
    }

    static func datasets() -> [(name: String, series: [BarSeries])] {
        var sets: [(String, [BarSeries])] = [("synthetic MU/GLD/GOOG", sample)]
        if let goog = try? ReferenceData.series("GOOG-2004-2013.csv", symbol: "GOOG") { sets.append(("GOOG 2004-2013", [goog])) }
        return sets
    }

    @Test("decisions and fills up to bar k do not depend on bars after k", arguments: Subject.allCases)
    func noLookAhead(_ subject: Subject) {
        for (name, series) in Self.datasets() {
            let full = subject.run(Self.backtest(series))
            let timeline = full.equityCurve.timestamps
            for k in [40, 250, timeline.count / 2, timeline.count - 2] {
                let cut = timeline[k]
                let prefix = series.map { $0.bars(in: $0.timestamps[0]...cut) }
                let partial = subject.run(Self.backtest(prefix))
                #expect(Array(full.equityCurve.equity.prefix(k + 1)) == partial.equityCurve.equity, "\(name) k=\(k)")
                #expect(full.fills.filter { $0.timestamp <= cut } == partial.fills, "\(name) k=\(k)")
                #expect(full.trades.filter { $0.exitTime <= cut } == partial.trades, "\(name) k=\(k)")
                let decided = full.orders.filter { $0.createdAt <= cut }
                #expect(decided.map(\.intent) == partial.orders.map(\.intent), "\(name) k=\(k)")
                #expect(decided.map(\.id) == partial.orders.map(\.id), "\(name) k=\(k)")
            }
        }
    }

    @Test("two runs give byte-identical exports", arguments: Subject.allCases)
    func determinism(_ subject: Subject) {
        func exports() -> [String] {
            let result = subject.run(Self.backtest(Self.sample, endOfRun: .closeAtLastClose))
            return [CSVExport.equity(result.equityCurve), CSVExport.trades(result.trades), CSVExport.orders(result.orders),
                    result.metrics.jsonValue.encoded()]
        }
        #expect(exports() == exports())
    }

    @Test("the async driver with a PaperBroker over a replayed feed reproduces the backtest exactly", arguments: Subject.allCases)
    func paperEqualsBacktest(_ subject: Subject) async throws {
        for (name, series) in Self.datasets() {
            let backtest = Self.backtest(series)
            let expected = subject.run(backtest)
            let broker = PaperBroker(instruments: backtest.instruments, cash: backtest.cash, configuration: backtest.execution)
            let paper: BacktestResult
            switch subject {
            case .smaCross10x30: paper = try await Self.paper(SmaCross(fast: 10, slow: 30), series, backtest, broker)
            case .smaCross5x20: paper = try await Self.paper(SmaCross(fast: 5, slow: 20), series, backtest, broker)
            case .buyAndHold: paper = try await Self.paper(BuyAndHold(), series, backtest, broker)
            }
            #expect(paper.fills == expected.fills, "\(name)")
            #expect(paper.orders == expected.orders, "\(name)")
            #expect(paper.trades == expected.trades, "\(name)")
            #expect(paper.equityCurve == expected.equityCurve, "\(name)")
            let account = await broker.account()
            #expect(account.equity == expected.finalEquity, "\(name)")
        }
    }

    static func paper<S: Strategy>(_ strategy: S, _ series: [BarSeries], _ backtest: Backtest, _ broker: PaperBroker) async throws -> BacktestResult {
        let engine = TradingEngine(strategy: strategy, instruments: backtest.instruments, cash: backtest.cash)
        var driver = LiveTradingDriver(engine: engine, broker: broker)
        try await driver.run(feed: ReplayFeed(series: series), marketData: { await broker.process($0) })
        let portfolio = driver.engine.context.portfolio
        return BacktestResult(instruments: backtest.instruments, initialCash: backtest.cash, equityCurve: driver.engine.equityCurve,
                              orders: driver.engine.context.orders, fills: driver.engine.fills, trades: portfolio.trades,
                              riskDecisions: driver.engine.riskDecisions, tradedNotional: portfolio.tradedNotional,
                              totalCommission: portfolio.totalCommission)
    }
}

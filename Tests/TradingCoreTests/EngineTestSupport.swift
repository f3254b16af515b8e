import TradingCore

/// Builders shared by the engine, execution, portfolio and risk tests.
enum EngineFixture {
    /// Midnight UTC of 2024-01-01 plus `day` days.
    static func day(_ day: Int) -> Timestamp {
        Timestamp(rawValue: Timestamp(year: 2024, month: 1, day: 1).rawValue + Int64(day) * Timestamp.nanosecondsPerDay)
    }

    /// A daily series from `(open, high, low, close)` rows, volume 1 000 000 unless given.
    static func series(_ rows: [(Double, Double, Double, Double)], symbol: String = "TEST", volume: Double = 1_000_000, startDay: Int = 0) -> BarSeries {
        let bars = rows.enumerated().map { index, row in
            Bar(timestamp: day(startDay + index), open: row.0, high: row.1, low: row.2, close: row.3, volume: volume)
        }
        return try! BarSeries(symbol: symbol, bars: bars)
    }

    /// A seeded random walk of daily bars (positive prices, consistent OHLC).
    static func randomSeries(_ symbol: String, count: Int, seed: UInt64, startDay: Int = 0) -> BarSeries {
        var random = SplitMix64(seed: seed)
        var close = 100.0
        var bars: [Bar] = []
        for index in 0..<count {
            let open = close * (1 + 0.01 * (random.nextDouble() - 0.5))
            close = open * (1 + 0.04 * (random.nextDouble() - 0.5))
            let high = Swift.max(open, close) * (1 + 0.01 * random.nextDouble())
            let low = Swift.min(open, close) * (1 - 0.01 * random.nextDouble())
            bars.append(Bar(timestamp: day(startDay + index), open: open, high: high, low: low, close: close,
                            volume: 1_000 + 10_000 * random.nextDouble()))
        }
        return try! BarSeries(symbol: symbol, bars: bars)
    }

    /// Runs `strategy` on `series` with default instruments.
    static func run<S: Strategy>(_ strategy: S, _ series: [BarSeries], cash: Double = 100_000,
                                 execution: ExecutionConfiguration = ExecutionConfiguration(), risk: RiskLimits = .none,
                                 endOfRun: EndOfRunPolicy = .leaveOpen) -> BacktestResult {
        Backtest(instruments: series.map { Instrument(symbol: $0.symbol) }, series: series, cash: cash,
                 execution: execution, riskLimits: risk, endOfRun: endOfRun).run(strategy)
    }
}

extension SplitMix64 {
    /// Uniform in [0, 1).
    mutating func nextDouble() -> Double { nextUnitInterval() }

    /// Uniform in `0..<upperBound`.
    mutating func next(below upperBound: Int) -> Int { Int(next() % UInt64(upperBound)) }
}

/// A strategy that runs a script: at step k it performs `script[k]` on the context.
struct ScriptedStrategy: Strategy {
    var script: [Int: (inout StrategyContext) -> Void]
    var fills: [Fill] = []
    var updates: [(ClientOrderID, OrderStatus)] = []

    init(_ script: [Int: (inout StrategyContext) -> Void]) { self.script = script }

    mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {
        script[context.step]?(&context)
    }

    mutating func onFill(_ fill: Fill, _ context: inout StrategyContext) { fills.append(fill) }

    mutating func onOrderUpdate(_ order: Order, _ context: inout StrategyContext) { updates.append((order.id, order.status)) }
}

import Attribution
import ExampleStrategies
import TradingCore

/// One TrendBreakout backtest and everything reported about it.
struct TrendBreakoutRun {
    /// The options it ran with.
    var options: TrendBreakoutOptions
    /// The bars it ran on, one series per symbol.
    var series: [BarSeries]
    /// The strategy's result.
    var result: BacktestResult
    /// Buy-and-hold of the same instruments with the same cash and costs, for comparison.
    var benchmark: BacktestResult
    /// The strategy's PnL by factor, symbol, month and strategy.
    var attribution: AttributionReport

    /// The pre-trade limits every TrendBreakout order passes: at most 40 % of equity per
    /// instrument, gross leverage at most 1, and no new risk after a 35 % drawdown.
    static let riskLimits = RiskLimits(maximumPositionFraction: 0.4, maximumGrossLeverage: 1, maximumDrawdown: 0.35)

    /// A description of the data for people: the source and whether it is synthetic.
    var dataLabel: String {
        if let directory = options.dataDirectory { return "daily bars from \(directory)" }
        return "SYNTHETIC sample data (seed \(options.seed)), not historical prices"
    }

    /// Loads the data and runs the strategy and the benchmark.
    ///
    /// - Throws: `CSVLoadError` for unreadable or invalid files, ``TrendBreakoutDataError``
    ///   when a symbol has no bars in the requested range.
    init(options: TrendBreakoutOptions) throws {
        self.options = options
        var series: [BarSeries] = []
        for symbol in options.symbols {
            let full: BarSeries
            if let directory = options.dataDirectory {
                let path = directory + "/" + symbol + ".csv"
                full = try BarSeries(contentsOfCSVFile: path, symbol: symbol)
                // A `symbol` column in the file names the series; it must be the file's symbol.
                guard full.symbol == symbol else { throw TrendBreakoutSymbolError(path: path, expected: symbol, found: full.symbol) }
            } else {
                full = SampleData.series(symbol: symbol, start: options.start, end: options.end, seed: options.seed)
            }
            let window = full.bars(in: options.start...options.end)
            guard window.count > 0 else { throw TrendBreakoutDataError(symbol: symbol, start: options.start, end: options.end) }
            series.append(window)
        }
        self.series = series
        if let mismatch = BarSeries.timeOfDayMismatch(in: series) { Console.error("trend-breakout: warning: \(mismatch)") }
        let instruments = options.symbols.map(SampleData.instrument(for:))
        let execution = ExecutionConfiguration(
            slippage: FixedBasisPointsSlippage(basisPoints: options.slippageBps),
            commission: PercentOfNotionalCommission(rate: options.commissionPct / 100)
        )
        let backtest = Backtest(instruments: instruments, series: series, cash: options.cash, execution: execution, riskLimits: Self.riskLimits)
        result = backtest.run(TrendBreakoutStrategy(parameters: options.parameters), name: TrendBreakoutStrategy.name)
        var benchmarkRun = backtest
        benchmarkRun.riskLimits = .none
        benchmark = benchmarkRun.run(BuyAndHold(), name: "buy-and-hold")
        attribution = AttributionReport(trades: result.trades)
    }
}

/// A data file whose `symbol` column names another symbol than the file.
struct TrendBreakoutSymbolError: Error, CustomStringConvertible {
    /// The file.
    var path: String
    /// The symbol the file name stands for.
    var expected: String
    /// The symbol the file holds.
    var found: String

    /// `FILE: column 'symbol' holds 'X', not 'Y'`.
    var description: String { "\(path): column 'symbol' holds '\(found)', not '\(expected)'" }
}

/// A requested symbol has no bars between the start and end dates.
struct TrendBreakoutDataError: Error, CustomStringConvertible {
    /// The symbol without data.
    var symbol: String
    /// The first requested day.
    var start: Timestamp
    /// The last requested day.
    var end: Timestamp

    /// `no bars for SYMBOL in the requested range`.
    var description: String { "no bars for \(symbol) between the requested --start and --end" }
}

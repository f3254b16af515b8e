import TradingCore

/// `tradingkit backtest`: runs an example strategy over CSV files and reports its metrics.
enum BacktestCommand: TradingKitCommand {
    static let name = "backtest"
    static let summary = "Backtest an example strategy on CSV files (metrics, equity, trades, orders)"
    static var help: String {
        """
        USAGE: tradingkit backtest --strategy \(BacktestStrategy.all.map(\.name).joined(separator: "|")) --csv FILE...
                                   [strategy options] [--cash X] [--commission-pct P] [--slippage-bps B]
                                   [--end-of-run close|open|leave] [--periods-per-year P] [--out DIR] [--json]

        Runs the strategy over the files (one instrument per file, symbol from the file name
        or its symbol column): decisions at each bar's close, market orders filled at the
        next open, positions still open at the end closed at the last close.

        OPTIONS:
          --strategy NAME   the strategy to run
          --csv FILE...     one or more OHLCV CSV files (one symbol each, or a `symbol` column
                            holding several: one instrument per symbol)
          --cash X          starting cash (default 10000)
          --commission-pct P
                            commission in percent of traded value per fill (default 0; 0.2 = 0.2 %)
          --slippage-bps B  adverse slippage per fill in basis points (default 0)
          --end-of-run W    what to do with open positions after the last bar: close at the last
                            close (default), open (backtesting.py's finalize_trades), or leave them open
          --periods-per-year P
                            bars per year for annualized volatility, Sharpe and Sortino (default:
                            inferred from the bar spacing, 252 for daily bars)
          --out DIR         write summary.json, equity.csv, trades.csv and orders.csv into DIR
          --json            print the summary JSON on stdout instead of the text summary

        STRATEGY OPTIONS:
        \(BacktestStrategy.all.filter { !$0.optionHelp.isEmpty }.map { "  \($0.name):\n\($0.optionHelp)" }.joined(separator: "\n"))

        EXIT STATUS: 0 on success, 1 on bad data or files, 2 on usage errors.
        """
    }

    static func run(_ arguments: [String]) throws -> Int32 {
        let clock = ContinuousClock()
        let started = clock.now
        var arguments = CommandLineArguments(arguments)
        guard let strategyName = try arguments.value("strategy") else {
            throw CommandLineUsageError("backtest needs --strategy (\(BacktestStrategy.all.map(\.name).joined(separator: ", ")))")
        }
        guard let strategy = BacktestStrategy.all.first(where: { $0.name == strategyName }) else {
            throw CommandLineUsageError("unknown strategy '\(strategyName)'; valid: \(BacktestStrategy.all.map(\.name).joined(separator: ", "))")
        }
        let files = try arguments.values("csv", variadic: true)
        guard !files.isEmpty else { throw CommandLineUsageError("backtest needs at least one --csv FILE") }
        let cash = try arguments.number("cash", as: Double.self) ?? 10_000
        guard cash > 0, cash <= 1e15 else { throw CommandLineUsageError("option --cash must be positive and at most 1e15") }
        let commissionPct = try arguments.number("commission-pct", as: Double.self) ?? 0
        guard commissionPct >= 0, commissionPct < 100 else { throw CommandLineUsageError("option --commission-pct must lie in [0, 100)") }
        let slippageBps = try arguments.number("slippage-bps", as: Double.self) ?? 0
        guard slippageBps >= 0, slippageBps < 10_000 else { throw CommandLineUsageError("option --slippage-bps must lie in [0, 10000)") }
        let endOfRun: EndOfRunPolicy
        switch try arguments.value("end-of-run") ?? "close" {
        case "close": endOfRun = .closeAtLastClose
        case "open": endOfRun = .closeAtLastOpen
        case "leave": endOfRun = .leaveOpen
        case let other: throw CommandLineUsageError("option --end-of-run: '\(other)' is not one of close, open, leave")
        }
        let periodsPerYear = try arguments.number("periods-per-year", as: Double.self)
        if let periodsPerYear, !(periodsPerYear > 0 && periodsPerYear <= 1e9) {
            throw CommandLineUsageError("option --periods-per-year must be positive and at most 1e9")
        }
        let outDirectory = try arguments.value("out")
        let printsJSON = arguments.flag("json")
        let runner = try strategy.configure(&arguments)
        try arguments.finish()

        var series: [BarSeries] = []
        // A file with a `symbol` column may hold several symbols (long format): one series each.
        var fileOfSymbol: [String: String] = [:]
        for file in files {
            for loaded in try BarSeries.series(contentsOfCSVFile: file) {
                if let earlier = fileOfSymbol[loaded.symbol] {
                    throw DuplicateSymbolError(symbol: loaded.symbol, firstFile: earlier, secondFile: file)
                }
                fileOfSymbol[loaded.symbol] = file
                series.append(loaded)
            }
        }
        let symbols = series.map(\.symbol)
        let bars = series.reduce(0) { $0 + $1.count }
        progress("loaded \(bars) bars from \(files.count) file\(files.count == 1 ? "" : "s")", since: started, clock: clock)
        if let mismatch = BarSeries.timeOfDayMismatch(in: series) { Console.error("backtest: warning: \(mismatch)") }

        let execution = ExecutionConfiguration(
            slippage: FixedBasisPointsSlippage(basisPoints: slippageBps),
            commission: PercentOfNotionalCommission(rate: commissionPct / 100))
        let backtest = Backtest(instruments: symbols.map { Instrument(symbol: $0) }, series: series, cash: cash,
                                execution: execution, endOfRun: endOfRun)
        // Runs longer than a second report how far they have got, at most once a second
        // (the first report comes a second after the start at the earliest).
        var lastReport = started
        let (result, parameters) = runner(backtest) { state in
            let now = clock.now
            guard now - lastReport >= .seconds(1) else { return }
            lastReport = now
            let percent = Int(state.fraction * 100)
            progress("running \(strategyName): \(percent) % of \(state.totalBars) bars", since: started, clock: clock)
        }
        let metrics = PerformanceMetrics(equityCurve: result.equityCurve, trades: result.trades,
                                         tradedNotional: result.tradedNotional, periodsPerYear: periodsPerYear)
        progress("ran \(strategyName) over \(result.equityCurve.count) steps", since: started, clock: clock)

        let summary: JSONValue = [
            "strategy": .string(strategyName),
            "parameters": parameters,
            "symbols": .array(symbols.map(JSONValue.string)),
            "cash": .number(cash),
            "commissionPct": .number(commissionPct),
            "slippageBps": .number(slippageBps),
            "endOfRun": .string(endOfRun.rawValue),
            "orderCount": .integer(result.orders.count),
            "fillCount": .integer(result.fills.count),
            "riskInterventions": .integer(result.riskInterventionCount),
            "metrics": metrics.jsonValue,
        ]
        let summaryText = summary.encoded(prettyPrinted: true) + "\n"
        if let outDirectory {
            try write(directory: outDirectory, summary: summaryText, result: result)
            progress("wrote \(outDirectory)", since: started, clock: clock)
        }
        if printsJSON {
            try Console.writeResult(summaryText)
        } else {
            try Console.writeResult(textSummary(strategyName, symbols: symbols, metrics: metrics))
        }
        return 0
    }

    private static func textSummary(_ strategy: String, symbols: [String], metrics: PerformanceMetrics) -> String {
        func format(_ value: Double?) -> String { value.map { String(($0 * 100).rounded() / 100) } ?? "n/a" }
        return """
            \(strategy) on \(symbols.joined(separator: ", ")): \(metrics.barCount) bars
              final equity   \(format(metrics.equityFinal))
              total return   \(format(metrics.totalReturnPct)) %
              CAGR           \(format(metrics.cagrPct)) %
              max drawdown   \(format(metrics.maxDrawdownPct)) %
              Sharpe         \(format(metrics.sharpeRatio))
              Sortino        \(format(metrics.sortinoRatio))
              trades         \(metrics.tradeCount) (win rate \(format(metrics.winRatePct)) %, profit factor \(format(metrics.profitFactor)))
              exposure       \(format(metrics.exposurePct)) %

            """
    }

    /// Prints a progress line on stderr once the command has taken more than a second: after
    /// loading, at most once a second while the strategy runs, after running and after writing.
    private static func progress(_ message: String, since start: ContinuousClock.Instant, clock: ContinuousClock) {
        let elapsed = clock.now - start
        guard elapsed > .seconds(1) else { return }
        let milliseconds = elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        Console.error("backtest: \(message) (\(milliseconds) ms)")
    }

    /// Writes summary.json, then streams the CSV files straight to disk (no whole-file strings;
    /// trades and orders on a second thread while the equity curve is written), all or nothing
    /// (``TradingCore/LocalFile/writeAll(_:_:)``): a failure leaves an earlier run's files whole.
    private static func write(directory: String, summary: String, result: BacktestResult) throws {
        func path(_ name: String) -> String { directory.hasSuffix("/") ? directory + name : directory + "/" + name }
        let files = ["summary.json", "equity.csv", "trades.csv", "orders.csv"].map(path)
        do throws(ReportWriteError) {
            try LocalFile.createDirectory(atPath: directory)
            try LocalFile.writeAll(files) { (staged) throws(ReportWriteError) in
                try LocalFile.write(summary, toPath: staged[0])
                try CSVExport.writeRunReports(equityCurve: result.equityCurve, trades: result.trades, orders: result.orders,
                                              equityPath: staged[1], tradesPath: staged[2], ordersPath: staged[3])
            }
        } catch {
            throw BacktestOutputError(directory: directory, reason: "\(error.path): \(error.reason)")
        }
    }
}

/// The output directory or one of its files could not be written.
struct BacktestOutputError: Error, CustomStringConvertible {
    /// The directory given with `--out`.
    var directory: String
    /// What went wrong.
    var reason: String
    /// `cannot write to DIR: reason`.
    var description: String { "cannot write to \(directory): \(reason)" }
}

/// Two input files that both hold bars of one symbol (a data error: which to trade is unclear).
struct DuplicateSymbolError: Error, Equatable, CustomStringConvertible {
    /// The symbol.
    var symbol: String
    /// The file that holds it first.
    var firstFile: String
    /// The later file that holds it too.
    var secondFile: String

    /// `SECOND: symbol 'X' is also in FIRST`.
    var description: String { "\(secondFile): symbol '\(symbol)' is also in \(firstFile)" }
}

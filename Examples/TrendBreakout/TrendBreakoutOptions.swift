import ExampleStrategies
import Factors
import TradingCore

/// The `trend-breakout` command line, parsed and validated.
struct TrendBreakoutOptions {
    /// A directory of `SYMBOL.csv` files, or `nil` for the built-in synthetic sample data.
    var dataDirectory: String?
    /// The instruments to trade.
    var symbols: [String] = SampleData.symbols
    /// The first day of the run.
    var start = Timestamp(year: 2015, month: 1, day: 1)
    /// The last day of the run (inclusive).
    var end = Timestamp(year: 2024, month: 12, day: 31)
    /// The starting cash.
    var cash = 100_000.0
    /// Commission per fill, in percent of traded value.
    var commissionPct = 0.05
    /// Adverse slippage per fill, in basis points.
    var slippageBps = 5.0
    /// The seed of the synthetic sample data: at most `Int.max`, so that summary.json records
    /// it exactly.
    var seed: UInt64 = 42
    /// The strategy's parameters (defaults, a `--config` file, then `--sizing`).
    var parameters = TrendBreakoutParameters()
    /// Where the report files go.
    var outDirectory = "trend-breakout-report"
    /// Whether to print the summary JSON instead of the text summary.
    var printsJSON = false

    static let help = """
        USAGE: trend-breakout [--data DIR] [--symbols MU,GLD,GOOG] [--start YYYY-MM-DD] [--end YYYY-MM-DD]
                              [--cash X] [--sizing equal-weight|fixed-risk] [--config FILE.json]
                              [--commission-pct P] [--slippage-bps B] [--seed N] [--out DIR] [--json]

        Runs the TrendBreakout strategy (momentum + breakout composite, volume-confirmed channel
        breakouts, trailing ATR stop) and writes a report. Without --data it runs on TradingKit's
        built-in SYNTHETIC sample data for MU, GLD and GOOG (2015-01-01 to 2024-12-31, seed 42):
        statistically realistic, not historical prices.

        Prints a summary (metrics, per-symbol and per-factor attribution, first and last trades) and
        writes DIR/summary.json, equity.csv, trades.csv, attribution.csv and report.html.

        OPTIONS:
          --data DIR          read real daily bars from DIR/SYMBOL.csv (e.g. ../shared/data/real/daily;
                              prices are used as given, so they should already be split-adjusted)
          --symbols LIST      comma-separated symbols (default MU,GLD,GOOG)
          --start DATE        first day (default 2015-01-01 for sample data, else the data's first day)
          --end DATE          last day, inclusive (default 2024-12-31 for sample data, else the data's last day)
          --cash X            starting cash (default 100000)
          --sizing S          equal-weight (default) or fixed-risk (1 % of equity down to the 3-ATR stop)
          --config FILE       JSON file of strategy parameters (TrendBreakoutParameters; members optional)
          --commission-pct P  commission in percent of traded value per fill (default 0.05)
          --slippage-bps B    adverse slippage per fill in basis points (default 5)
          --seed N            seed of the synthetic sample data, 0 to 9223372036854775807 (default 42)
          --out DIR           report directory (default trend-breakout-report)
          --json              print summary.json on stdout instead of the text summary
          --help              show this help

        EXIT STATUS: 0 on success, 1 on bad data, configuration or output files, 2 on usage errors.
        """

    /// Parses `arguments` (without the program name).
    ///
    /// - Throws: ``CommandLineUsageError`` for unknown options and malformed values;
    ///   ``ConfigurationError`` for a bad `--config` file.
    init(_ arguments: [String]) throws {
        var arguments = CommandLineArguments(arguments)
        dataDirectory = try arguments.value("data")
        if let list = try arguments.value("symbols") {
            symbols = list.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
            guard !symbols.isEmpty else { throw CommandLineUsageError("option --symbols needs at least one symbol") }
            guard Set(symbols).count == symbols.count else { throw CommandLineUsageError("option --symbols lists a symbol twice") }
            // A symbol names a file in --data DIR: it must not lead out of it.
            if let bad = symbols.first(where: { $0.contains("/") || $0.contains("\\") || $0.hasPrefix(".") }) {
                throw CommandLineUsageError("option --symbols: '\(bad)' is not a symbol (no '/', '\\' or leading '.')")
            }
        }
        let startText = try arguments.value("start")
        let endText = try arguments.value("end")
        if let startText { start = try Self.date(startText, option: "start") }
        if let endText { end = try Self.date(endText, option: "end", throughEndOfDay: true) }
        if dataDirectory != nil {
            if startText == nil { start = Timestamp(rawValue: .min) }
            if endText == nil { end = Timestamp(rawValue: .max) }
        }
        guard start <= end else { throw CommandLineUsageError("--start is after --end") }
        cash = try arguments.number("cash", as: Double.self) ?? cash
        guard cash > 0, cash <= 1e15 else { throw CommandLineUsageError("option --cash must be positive and at most 1e15") }
        commissionPct = try arguments.number("commission-pct", as: Double.self) ?? commissionPct
        guard commissionPct >= 0, commissionPct < 100 else { throw CommandLineUsageError("option --commission-pct must lie in [0, 100)") }
        slippageBps = try arguments.number("slippage-bps", as: Double.self) ?? slippageBps
        guard slippageBps >= 0, slippageBps < 10_000 else { throw CommandLineUsageError("option --slippage-bps must lie in [0, 10000)") }
        seed = try arguments.number("seed", as: UInt64.self) ?? seed
        guard seed <= UInt64(Int.max) else { throw CommandLineUsageError("option --seed must be at most \(Int.max)") }
        let sizingText = try arguments.value("sizing")
        let configPath = try arguments.value("config")
        outDirectory = try arguments.value("out") ?? outDirectory
        printsJSON = arguments.flag("json")
        try arguments.finish()
        if let configPath {
            parameters = try ConfigurationFile.decode(TrendBreakoutParameters.self, fromFile: configPath)
        }
        if let sizingText {
            guard let sizing = TrendBreakoutSizing(rawValue: sizingText) else {
                throw CommandLineUsageError("option --sizing: '\(sizingText)' is not one of equal-weight, fixed-risk")
            }
            parameters = parameters.with(sizing: sizing)
        }
    }

    /// The instant `text` names; with `throughEndOfDay`, a date alone (`YYYY-MM-DD`) stands for
    /// the last nanosecond of that day, so an inclusive end keeps the day's bars whatever time
    /// of day they are stamped at (a bar's timestamp is its close, 16:00 or 21:00 UTC for many
    /// daily files).
    private static func date(_ text: String, option: String, throughEndOfDay: Bool = false) throws(CommandLineUsageError) -> Timestamp {
        guard let date = Timestamp(parsing: text) else {
            throw CommandLineUsageError("option --\(option): '\(text)' is not a date (YYYY-MM-DD)")
        }
        let isDateAlone = text.utf8.count == 10 && text.utf8.dropFirst(4).first == UInt8(ascii: "-")
        guard throughEndOfDay && isDateAlone else { return date }
        return Timestamp(rawValue: date.rawValue + (Timestamp.nanosecondsPerDay - 1))
    }
}

extension String {
    /// The string without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

import TradingCore

/// `tradingkit sample`: writes TradingKit's built-in synthetic bars as CSV.
enum SampleCommand: TradingKitCommand {
    static let name = "sample"
    static let summary = "Write built-in synthetic daily bars (MU, GLD, GOOG, …) as CSV to stdout"
    static let help = """
        USAGE: tradingkit sample --symbol SYMBOL [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--seed N]

        Generates deterministic synthetic daily bars (weekdays, stamped at midnight UTC)
        with the parameters of SYMBOL (MU, GLD and GOOG are tailored; other symbols get
        generic large-cap parameters) and writes them as CSV with the columns
        symbol,date,open,high,low,close,volume. Loading the output back gives identical
        bars; the same arguments give identical output on every platform.

        OPTIONS:
          --symbol SYMBOL   the instrument (required)
          --start DATE      the first day (default 2015-01-01)
          --end DATE        the last day, inclusive (default 2024-12-31)
          --seed N          the random seed (default 42)
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        var arguments = CommandLineArguments(arguments)
        guard let symbol = try arguments.value("symbol"), !symbol.isEmpty else {
            throw CommandLineUsageError("sample needs --symbol SYMBOL")
        }
        let start = try date(arguments.value("start"), option: "start", default: "2015-01-01")
        let end = try date(arguments.value("end"), option: "end", default: "2024-12-31")
        let seed = try arguments.number("seed", as: UInt64.self) ?? 42
        try arguments.finish()
        guard start <= end else { throw CommandLineUsageError("--start \(start) is after --end \(end)") }
        let series = SampleData.series(symbol: symbol, start: start, end: end, seed: seed)
        try Console.writeResult(series.csvText(includingSymbol: true))
        return 0
    }

    private static func date(_ text: String?, option: String, default fallback: String) throws(CommandLineUsageError) -> Timestamp {
        let text = text ?? fallback
        guard let timestamp = Timestamp(parsing: text) else {
            throw CommandLineUsageError("option --\(option): '\(text)' is not a date (YYYY-MM-DD)")
        }
        return timestamp
    }
}

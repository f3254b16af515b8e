import Indicators
import TradingCore

/// `tradingkit indicator NAME --csv FILE [--PARAM VALUE …]`: one indicator over a CSV file,
/// printed as CSV aligned with the input bars.
///
/// Names, parameters, defaults and output columns all come from ``IndicatorCatalog``, the
/// same table the golden tests use.
enum IndicatorCommand: TradingKitCommand {
    static let name = "indicator"
    static let summary = "Compute a TA-Lib indicator or TrendBreakout feature over a CSV file"

    static var help: String {
        var text = """
            USAGE: tradingkit indicator NAME --csv FILE [--symbol S] [--PARAM VALUE ...]

            Runs indicator NAME (TA-Lib's function name, any case) over the file's raw columns
            (no price adjustment) and prints CSV: a header `timestamp,<output names>`, then one
            row per input bar in input order, with an empty field where the indicator is not yet
            warmed up. Numbers are printed in shortest round-trip form. Omitted parameters take
            TA-Lib's defaults (those of its Python package). Single-input functions read the
            close.

            Example: tradingkit indicator bbands --timeperiod 20 --nbdevup 2 --nbdevdn 2 --csv GOOG.csv

            A file whose `symbol` column holds several symbols needs --symbol to choose one.

            MOVING-AVERAGE TYPES (matype parameters): \(MovingAverageType.allCases.map { "\($0.rawValue) \($0)" }.joined(separator: ", "))

            INDICATORS (parameters with defaults → output columns):

            """
        for specification in IndicatorCatalog.all {
            let parameters = specification.parameters.map { "--\($0.name) \(format($0.defaultValue, integer: $0.isInteger))" }.joined(separator: " ")
            text += "  \(specification.name.lowercased())  \(parameters.isEmpty ? "" : parameters + "  ")→ \(specification.outputNames.joined(separator: ","))\n"
            text += "      \(specification.summary)\n"
        }
        text += """

            TRENDBREAKOUT FEATURES: roc (rate of change, percent; the factor uses roc / 100),
            price_vs_ma, price_vs_high, volume_zscore, volatility, plus the channels donchian,
            keltner and vwap, all listed above.

            EXIT STATUS: 0 on success, 1 when the file cannot be loaded, 2 on usage errors
            (unknown indicator or parameter, invalid value).
            """
        return text
    }

    static func run(_ arguments: [String]) throws -> Int32 {
        var arguments = CommandLineArguments(arguments)
        guard let file = try arguments.value("csv") else { throw CommandLineUsageError("indicator needs --csv FILE") }
        let symbol = try arguments.value("symbol")
        var values: [String: Double] = [:]
        for option in arguments.remainingOptionNames {
            guard let text = try arguments.value(option) else { continue }
            guard let value = Double(text) else { throw CommandLineUsageError("option --\(option): '\(text)' is not a number") }
            values[option.lowercased()] = value
        }
        let positionals = arguments.positionals()
        try arguments.finish()
        guard positionals.count == 1, let name = positionals.first else {
            throw CommandLineUsageError("indicator needs exactly one NAME; valid: \(IndicatorCatalog.all.map { $0.name.lowercased() }.joined(separator: ", "))")
        }
        let indicator: AnyBarIndicator
        let specification: IndicatorSpecification
        do {
            specification = try IndicatorCatalog.specification(named: name)
            indicator = try specification.makeIndicator(values)
        } catch {
            throw CommandLineUsageError(error.description)
        }
        let series = try choose(symbol, from: try BarSeries.series(contentsOfCSVFile: file), file: file)
        try Console.writeResult(render(series, indicator, outputNames: specification.outputNames))
        return 0
    }

    /// The series of `symbol` (or the file's only series when `symbol` is `nil`).
    static func choose(_ symbol: String?, from series: [BarSeries], file: String) throws -> BarSeries {
        let symbols = series.map(\.symbol).joined(separator: ", ")
        guard let symbol else {
            guard series.count == 1 else { throw CommandLineUsageError("\(file) holds several symbols (\(symbols)); choose one with --symbol") }
            return series[0]
        }
        guard let chosen = series.first(where: { $0.symbol == symbol }) else {
            throw CommandLineUsageError("option --symbol: \(file) has no rows for '\(symbol)' (it holds \(symbols))")
        }
        return chosen
    }

    /// The CSV text for `indicator` streamed over `series`.
    static func render(_ series: BarSeries, _ indicator: AnyBarIndicator, outputNames: [String]) -> String {
        var indicator = indicator
        var text = "timestamp," + outputNames.joined(separator: ",") + "\n"
        let empty = String(repeating: ",", count: outputNames.count - 1)
        for index in 0..<series.count {
            text += series.timestamps[index].description
            text += ","
            if let outputs = indicator.update(series[index]) {
                text += outputs.map(\.description).joined(separator: ",")
            } else {
                text += empty
            }
            text += "\n"
        }
        return text
    }

    private static func format(_ value: Double, integer: Bool) -> String {
        integer ? String(Int(value)) : value.description
    }
}

import TradingCore

/// `tradingkit validate --csv FILE...`: reports every problem in market-data files.
enum ValidateCommand: TradingKitCommand {
    static let name = "validate"
    static let summary = "Check CSV market-data files and report every error and warning"
    static let help = """
        USAGE: tradingkit validate --csv FILE... [--delimiter ,|;|tab]

        Reads each file as TradingKit's loader does and prints every problem as
        FILE:LINE: error|warning: column 'NAME': explanation, then a summary per file.
        Errors: unreadable file, missing columns, unparseable or missing fields,
        non-finite or non-positive prices, negative volume, high < low, open or close
        outside [low, high], duplicate or decreasing timestamps. Warnings: long gaps
        and outlier returns.

        OPTIONS:
          --csv FILE...     the files to check (one or more)
          --delimiter D     the field separator (default: detected from the header)

        EXIT STATUS: 0 when no file has errors (warnings allowed), 1 otherwise, 2 on usage errors.
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        var arguments = CommandLineArguments(arguments)
        let files = try arguments.values("csv", variadic: true)
        var options = CSVLoadOptions()
        if let delimiter = try arguments.value("delimiter") {
            switch delimiter {
            case ",": options.delimiter = UInt8(ascii: ",")
            case ";": options.delimiter = UInt8(ascii: ";")
            case "tab", "\t": options.delimiter = UInt8(ascii: "\t")
            default: throw CommandLineUsageError("option --delimiter: '\(delimiter)' is not one of ',', ';', 'tab'")
            }
        }
        try arguments.finish()
        guard !files.isEmpty else { throw CommandLineUsageError("validate needs at least one --csv FILE") }
        var failed = false
        for file in files {
            let report = DataValidationReport(validatingCSVFile: file, options: options)
            var text = ""
            for issue in report.issues { text += issue.description + "\n" }
            let errors = report.errors.count, warnings = report.warnings.count
            text += "\(file): \(report.rowCount) rows, \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            text += errors == 0 ? " — OK\n" : " — FAILED\n"
            try Console.writeResult(text)
            failed = failed || errors > 0
        }
        return failed ? 1 : 0
    }
}

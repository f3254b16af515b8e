import TradingCore

/// `tradingkit bench SUITE`: speed measurements, meant for release builds.
enum BenchCommand: TradingKitCommand {
    /// Every benchmark suite, in the order `--help` lists them.
    static var suites: [any BenchSuite.Type] {
        [
            CSVLoadBenchmarks.self,
            IndicatorBenchmarks.self,
            EngineBenchmarks.self,
            FactorBenchmarks.self,
        ]
    }

    static let name = "bench"
    static var summary: String { "Measure speed in release builds (suites: \(suites.map { $0.name }.joined(separator: ", ")))" }
    static var help: String {
        var text = """
        USAGE: tradingkit bench <suite> [options]

        Runs a benchmark suite and prints its figures. Build in release for meaningful
        numbers: swift run -c release tradingkit bench <suite>

        SUITES:

        """
        for suite in suites { text += "  \(suite.name): \(suite.summary)\n" }
        return text
    }

    static func run(_ arguments: [String]) throws -> Int32 {
        guard let suiteName = arguments.first else {
            throw CommandLineUsageError("bench needs a suite: \(suites.map { $0.name }.joined(separator: ", "))")
        }
        guard let suite = suites.first(where: { $0.name == suiteName }) else {
            throw CommandLineUsageError("unknown benchmark suite '\(suiteName)'; valid: \(suites.map { $0.name }.joined(separator: ", "))")
        }
        return try suite.run(Array(arguments.dropFirst()))
    }
}

/// A named group of benchmarks run by `tradingkit bench NAME`.
///
/// Suites live one per file (`IndicatorBenchmarks.swift`, …) and are listed in
/// ``BenchCommand/suites``. Each prints its own table of results; figures worth keeping
/// are copied into BENCHMARKS.md together with the command that produced them.
protocol BenchSuite {
    /// The word that selects the suite (`indicators`).
    static var name: String { get }
    /// A one-line description for `tradingkit bench --help`.
    static var summary: String { get }
    /// Runs the suite with its own options (e.g. `--rows N`); returns the exit status.
    static func run(_ arguments: [String]) throws -> Int32
}

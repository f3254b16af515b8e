import TradingCore

/// One subcommand of the `tradingkit` tool.
///
/// A command parses its own arguments with ``CommandLineArguments`` and returns the
/// process exit status: 0 success, 1 failure (bad data, failed validation), 2 usage error
/// (thrown as ``CommandLineUsageError``).
protocol TradingKitCommand {
    /// The word that selects the command (`validate`).
    static var name: String { get }
    /// A one-line summary for `tradingkit --help`.
    static var summary: String { get }
    /// The full help text printed by `tradingkit NAME --help`.
    static var help: String { get }
    /// Runs the command with the arguments after its name; returns the exit status.
    static func run(_ arguments: [String]) throws -> Int32
}

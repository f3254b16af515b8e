import ExampleStrategies
import Factors
import TradingCore

/// The strategies `tradingkit backtest --strategy NAME` can run: one entry per strategy.
///
/// An entry names the strategy, lists the options it reads, and — once those options are
/// parsed, before any data is loaded — returns the function that runs a configured
/// ``Backtest`` with the strategy: a generic call, so the engine loop stays statically
/// dispatched. Adding a strategy is adding one entry.
struct BacktestStrategy: Sendable {
    /// The `--strategy` value.
    var name: String
    /// The option lines shown in `--help`.
    var optionHelp: String
    /// Runs a backtest with the configured strategy, reporting progress to the handler;
    /// returns the result and the parameters to record in `summary.json`.
    typealias Runner = @Sendable (Backtest, _ progress: @escaping (BacktestProgress) -> Void) -> (BacktestResult, JSONValue)
    /// Reads (consumes) the strategy's options and returns its runner.
    var configure: @Sendable (inout CommandLineArguments) throws -> Runner

    /// Every registered strategy, in the order `--help` lists them.
    static let all: [BacktestStrategy] = [
        BacktestStrategy(
            name: "sma-cross",
            optionHelp: "  --fast N          fast SMA period (default 10)\n  --slow N          slow SMA period (default 30)",
            configure: { arguments in
                let fast = try arguments.number("fast", as: Int.self) ?? 10
                let slow = try arguments.number("slow", as: Int.self) ?? 30
                guard fast > 0, slow > fast else { throw CommandLineUsageError("sma-cross needs 0 < --fast < --slow (got \(fast), \(slow))") }
                // TA-Lib's bound on a period; a window beyond it only allocates memory.
                guard slow <= 100_000 else { throw CommandLineUsageError("option --slow must be at most 100000 (got \(slow))") }
                return { backtest, progress in
                    (backtest.run(SmaCross(fast: fast, slow: slow), name: "sma-cross", progress: progress),
                     ["fast": .integer(fast), "slow": .integer(slow)])
                }
            }
        ),
        BacktestStrategy(
            name: "trend-breakout",
            optionHelp: "  --sizing S        equal-weight (default) or fixed-risk\n  --config FILE     JSON file of TrendBreakoutParameters (members optional)",
            configure: { arguments in
                let sizingText = try arguments.value("sizing")
                let configPath = try arguments.value("config")
                var parameters = try configPath.map { try ConfigurationFile.decode(TrendBreakoutParameters.self, fromFile: $0) } ?? TrendBreakoutParameters()
                if let sizingText {
                    guard let sizing = TrendBreakoutSizing(rawValue: sizingText) else {
                        throw CommandLineUsageError("option --sizing: '\(sizingText)' is not one of equal-weight, fixed-risk")
                    }
                    parameters = parameters.with(sizing: sizing)
                }
                let chosen = parameters
                return { backtest, progress in
                    let result = backtest.run(TrendBreakoutStrategy(parameters: chosen), name: TrendBreakoutStrategy.name, progress: progress)
                    return (result, ["sizing": .string(chosen.sizing.rawValue), "config": configPath.map(JSONValue.string) ?? .null])
                }
            }
        ),
        BacktestStrategy(
            name: "buy-and-hold",
            optionHelp: "",
            configure: { _ in
                { backtest, progress in (backtest.run(BuyAndHold(), name: "buy-and-hold", progress: progress), [:]) }
            }
        ),
    ]
}

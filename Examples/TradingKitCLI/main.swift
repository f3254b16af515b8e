#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TradingCore

/// Every `tradingkit` subcommand, in the order `--help` lists them.
let commands: [any TradingKitCommand.Type] = [
    ValidateCommand.self,
    SampleCommand.self,
    BacktestCommand.self,
    IndicatorCommand.self,
    BenchCommand.self,
]

@MainActor
func topLevelHelp() -> String {
    var text = """
    tradingkit — TradingKit's command-line tool

    USAGE: tradingkit <command> [options]

    COMMANDS:

    """
    for command in commands {
        text += "  " + command.name.padding(to: 12) + command.summary + "\n"
    }
    text += "\nRun 'tradingkit <command> --help' for a command's options.\n"
    return text
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}

/// Writes `text` (help) to standard output and exits with `status`, or with 1 when the text
/// cannot be written (a full disk, a closed pipe), as a command's result would.
func exit(writing text: String, status: Int32) -> Never {
    do {
        try Console.writeResult(text)
    } catch {
        Console.error("tradingkit: \(error)")
        exit(1)
    }
    exit(status)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, name != "--help", name != "-h", name != "help" else {
    exit(writing: topLevelHelp(), status: arguments.isEmpty ? 2 : 0)
}
guard let command = commands.first(where: { $0.name == name }) else {
    Console.error("tradingkit: unknown command '\(name)'\n\n" + topLevelHelp())
    exit(2)
}
let rest = Array(arguments.dropFirst())
if rest.contains("--help") || rest.contains("-h") {
    exit(writing: command.help + "\n", status: 0)
}
do {
    exit(try command.run(rest))
} catch let error as CommandLineUsageError {
    Console.error("tradingkit \(command.name): \(error)\nRun 'tradingkit \(command.name) --help' for usage.")
    exit(2)
} catch {
    Console.error("tradingkit \(command.name): \(error)")
    exit(1)
}

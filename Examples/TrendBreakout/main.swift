// trend-breakout: TradingKit's main job — the TrendBreakout system on MU, GLD and GOOG,
// with a text summary and a report directory. See TrendBreakoutOptions.help.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TradingCore

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") {
    do {
        try Console.writeResult(TrendBreakoutOptions.help + "\n")
        exit(0)
    } catch {
        Console.error("trend-breakout: \(error)")
        exit(1)
    }
}
do {
    let options = try TrendBreakoutOptions(arguments)
    let run = try TrendBreakoutRun(options: options)
    try TrendBreakoutReport(run).write()
    try Console.writeResult(options.printsJSON ? TrendBreakoutReport(run).summaryJSON : TrendBreakoutReport(run).summaryText)
    exit(0)
} catch let error as CommandLineUsageError {
    Console.error("trend-breakout: \(error)\nRun 'trend-breakout --help' for usage.")
    exit(2)
} catch {
    Console.error("trend-breakout: \(error)")
    exit(1)
}

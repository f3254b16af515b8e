import Attribution
import ExampleStrategies
import Factors
import TradingCore

/// `tradingkit bench factors`: the per-bar cost of the factor pipeline, a TrendBreakout
/// backtest's throughput, and attribution over many trades.
enum FactorBenchmarks: BenchSuite {
    static let name = "factors"
    static let summary = "Momentum/breakout factors, the normalized composite, a TrendBreakout backtest, attribution"

    static func run(_ arguments: [String]) throws -> Int32 {
        var arguments = CommandLineArguments(arguments)
        let repetitions = try arguments.number("repetitions", as: Int.self) ?? 20
        guard repetitions > 0 else { throw CommandLineUsageError("option --repetitions must be positive") }
        try arguments.finish()
        let series = SampleData.series(symbol: "MU", start: Timestamp(year: 1980, month: 1, day: 1), end: Timestamp(year: 2019, month: 12, day: 31))
        let bars = (0..<series.count).map { series[$0] }
        let configuration = FactorConfiguration()
        var text = "factors — \(bars.count) synthetic MU bars × \(repetitions) repetitions (best of 3)\n"

        text += row("MomentumFactor.update (raw)", nanoseconds: best { perBar(MomentumFactor(parameters: configuration.momentum), bars, repetitions) })
        text += row("BreakoutFactor.update (raw)", nanoseconds: best { perBar(BreakoutFactor(parameters: configuration.breakout), bars, repetitions) })
        text += row("both normalized + composite", nanoseconds: best { compositePerBar(configuration, bars, repetitions) })

        let symbols = SampleData.symbols
        let runSeries = symbols.map { SampleData.series(symbol: $0, start: Timestamp(year: 1980, month: 1, day: 1), end: Timestamp(year: 2019, month: 12, day: 31)) }
        let backtest = Backtest(instruments: symbols.map(SampleData.instrument(for:)), series: runSeries, cash: 100_000)
        let steps = runSeries[0].count
        let backtestNanoseconds = best {
            let clock = ContinuousClock()
            let start = clock.now
            let result = backtest.run(TrendBreakoutStrategy(), name: TrendBreakoutStrategy.name)
            precondition(result.equityCurve.count == steps)
            return nanoseconds(clock.now - start) / Double(steps)
        }
        text += row("TrendBreakout backtest, 3 symbols (per step)", nanoseconds: backtestNanoseconds)

        var generator = SplitMix64(seed: 1)
        let trades = (0..<100_000).map { index in
            Trade(symbol: symbols[index % 3], side: .long, quantity: 100, entryTime: Timestamp(secondsSinceEpoch: Int64(index) * 86_400),
                  entryPrice: 100, exitTime: Timestamp(secondsSinceEpoch: Int64(index + 5) * 86_400),
                  exitPrice: 100 + Double(generator.next() % 2_000) / 100 - 10, commission: 1, barsHeld: 5, strategy: "tb",
                  entryFactors: [FactorExposure(factor: "momentum", score: Double(generator.next() % 300) / 100, weight: 0.5),
                                 FactorExposure(factor: "breakout", score: Double(generator.next() % 300) / 100 - 1, weight: 0.5)])
        }
        let attributionNanoseconds = best {
            let clock = ContinuousClock()
            let start = clock.now
            let report = AttributionReport(trades: trades)
            precondition(report.tradeCount == trades.count)
            return nanoseconds(clock.now - start) / Double(trades.count)
        }
        text += row("AttributionReport (per trade, 100 000 trades)", nanoseconds: attributionNanoseconds)
        Console.write(text)
        return 0
    }

    /// Streams `factor` over `bars` `repetitions` times; nanoseconds per update.
    private static func perBar<F: Factor>(_ factor: F, _ bars: [Bar], _ repetitions: Int) -> Double where F.Input == Bar {
        var factor = factor
        var sink = 0.0
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<repetitions {
            factor.reset()
            for bar in bars { sink += factor.update(bar) ?? 0 }
        }
        let elapsed = clock.now - start
        precondition(sink.isFinite)
        return nanoseconds(elapsed) / Double(repetitions * bars.count)
    }

    /// Streams both normalized factors and the composite; nanoseconds per bar.
    private static func compositePerBar(_ configuration: FactorConfiguration, _ bars: [Bar], _ repetitions: Int) -> Double {
        var momentum = configuration.makeMomentumFactor()
        var breakout = configuration.makeBreakoutFactor()
        let composite = configuration.composite
        var scores = [0.0, 0.0]
        var contributions = [0.0, 0.0]
        var sink = 0.0
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<repetitions {
            momentum.reset()
            breakout.reset()
            for bar in bars {
                scores[0] = momentum.update(bar) ?? .nan
                scores[1] = breakout.update(bar) ?? .nan
                sink += composite.evaluate(scores, contributions: &contributions) ?? 0
            }
        }
        let elapsed = clock.now - start
        precondition(sink.isFinite)
        return nanoseconds(elapsed) / Double(repetitions * bars.count)
    }

    private static func best(_ measure: () -> Double) -> Double {
        (0..<3).map { _ in measure() }.min()!
    }

    private static func nanoseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1e9 + Double(duration.components.attoseconds) / 1e9
    }

    private static func row(_ label: String, nanoseconds: Double) -> String {
        let padded = label + String(repeating: " ", count: max(0, 48 - label.count))
        return "  \(padded)\(String((nanoseconds * 10).rounded() / 10)) ns\n"
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Indicators
import TradingCore

/// `tradingkit bench indicators`: streaming and batch updates per second for every indicator.
///
/// Streaming feeds one input at a time through the concrete type (`update(_:)` in a loop);
/// batch runs ``Indicators/Indicator/values(over:)`` (NaN-aligned `[Double]`, TA-Lib's output
/// shape) and ``Indicators/Indicator/outputs(over:)`` (`[Double?]`). Inputs are a seeded random
/// walk; each figure is the best of `--repeats` runs, timed in thread CPU time so that other
/// processes on a shared machine inflate it less than wall-clock time would.
enum IndicatorBenchmarks: BenchSuite {
    static let name = "indicators"
    static let summary = "Streaming and batch updates per second per indicator (--rows N, --repeats R, --only NAME)"

    static func run(_ arguments: [String]) throws -> Int32 {
        var arguments = CommandLineArguments(arguments)
        let rows = try arguments.number("rows", as: Int.self) ?? 1_000_000
        let repeats = try arguments.number("repeats", as: Int.self) ?? 5
        let only = try arguments.value("only")?.uppercased()
        try arguments.finish()
        guard rows > 0, repeats > 0 else { throw CommandLineUsageError("--rows and --repeats must be positive") }
        let bars = randomWalk(count: rows)
        let closes = bars.map(\.close)
        var bench = Bench(rows: rows, repeats: repeats, only: only)
        Console.write("indicator                 streaming M/s   batch values M/s   batch outputs M/s   (\(rows) rows, best of \(repeats))\n")
        Console.write("(batch values: the type's array kernel where it has one, else the generic values(over:))\n")

        let highs = bars.map(\.high), lows = bars.map(\.low)
        bench.measure("SMA(30)", SimpleMovingAverage(period: 30), closes, kernel: { $0.values(over: closes) })
        bench.measure("EMA(30)", ExponentialMovingAverage(period: 30), closes, kernel: { $0.values(over: closes) })
        bench.measure("RSI(14)", RelativeStrengthIndex(period: 14), closes, kernel: { $0.values(over: closes) })
        bench.measure("ATR(14)", AverageTrueRange(period: 14), bars, kernel: { $0.values(high: highs, low: lows, close: closes) })
        bench.measure("WMA(30)", WeightedMovingAverage(period: 30), closes)
        bench.measure("DEMA(30)", DoubleExponentialMovingAverage(period: 30), closes)
        bench.measure("TEMA(30)", TripleExponentialMovingAverage(period: 30), closes)
        bench.measure("TRIMA(30)", TriangularMovingAverage(period: 30), closes)
        bench.measure("KAMA(30)", KaufmanAdaptiveMovingAverage(period: 30), closes)
        bench.measure("T3(5)", TillsonMovingAverage(period: 5), closes)
        bench.measure("CMO(14)", ChandeMomentumOscillator(period: 14), closes)
        bench.measure("MACD(12,26,9)", MovingAverageConvergenceDivergence(), closes) { $0.histogram }
        bench.measure("PPO(12,26,EMA)", PercentagePriceOscillator(), closes)
        bench.measure("STOCH(5,3,3)", Stochastic(), bars) { $0.slowD }
        bench.measure("STOCHF(5,3)", FastStochastic(), bars) { $0.fastD }
        bench.measure("WILLR(14)", WilliamsPercentRange(period: 14), bars)
        bench.measure("CCI(14)", CommodityChannelIndex(period: 14), bars)
        bench.measure("ADX(14)", AverageDirectionalIndex(period: 14), bars)
        bench.measure("PLUS_DI(14)", PlusDirectionalIndicator(period: 14), bars)
        bench.measure("MINUS_DI(14)", MinusDirectionalIndicator(period: 14), bars)
        bench.measure("NATR(14)", NormalizedAverageTrueRange(period: 14), bars)
        bench.measure("TRANGE", TrueRange(), bars)
        bench.measure("BBANDS(20,2,2)", BollingerBands(), closes) { $0.upper }
        bench.measure("STDDEV(20)", StandardDeviation(period: 20), closes)
        bench.measure("VAR(20)", Variance(period: 20), closes)
        bench.measure("ROC(10)", RateOfChange(period: 10), closes)
        bench.measure("MOM(10)", Momentum(period: 10), closes)
        bench.measure("MAX(30)", RollingMaximum(period: 30), closes)
        bench.measure("MIN(30)", RollingMinimum(period: 30), closes)
        bench.measure("MIDPOINT(14)", Midpoint(period: 14), closes)
        bench.measure("OBV", OnBalanceVolume(), bars)
        bench.measure("AD", AccumulationDistribution(), bars)
        bench.measure("ADOSC(3,10)", ChaikinOscillator(), bars)
        bench.measure("MFI(14)", MoneyFlowIndex(period: 14), bars)
        bench.measure("AROON(14)", Aroon(period: 14), bars) { $0.up }
        bench.measure("ULTOSC(7,14,28)", UltimateOscillator(), bars)
        bench.measure("SAR(0.02,0.2)", ParabolicStopAndReverse(), bars)
        bench.measure("LINEARREG(14)", LinearRegression(period: 14), closes)
        bench.measure("LINEARREG_SLOPE(14)", LinearRegressionSlope(period: 14), closes)
        bench.measure("PRICE_VS_MA(50)", PriceToMovingAverage(period: 50), closes)
        bench.measure("PRICE_VS_HIGH(252)", PriceToHigh(period: 252), bars)
        bench.measure("VOLUME_ZSCORE(20)", VolumeZScore(period: 20), bars.map(\.volume))
        bench.measure("VOLATILITY(20)", RealizedVolatility(period: 20), closes)
        bench.measure("DONCHIAN(20)", DonchianChannel(period: 20), bars) { $0.upper }
        bench.measure("KELTNER(20,10,2)", KeltnerChannel(), bars) { $0.upper }
        bench.measure("VWAP(20)", VolumeWeightedAveragePrice(period: 20), bars)
        Console.write("checksum \(bench.checksum)\n")
        return 0
    }

    /// A seeded geometric random walk of consistent bars.
    static func randomWalk(count: Int) -> [Bar] {
        var generator = SplitMix64(seed: 0x5EED)
        func uniform() -> Double { generator.nextUnitInterval() }
        var close = 100.0
        var bars: [Bar] = []
        bars.reserveCapacity(count)
        for index in 0..<count {
            let open = close * (1 + (uniform() - 0.5) * 0.01)
            close = open * (1 + (uniform() - 0.5) * 0.04)
            let high = Swift.max(open, close) * (1 + uniform() * 0.01)
            let low = Swift.min(open, close) * (1 - uniform() * 0.01)
            bars.append(Bar(timestamp: Timestamp(secondsSinceEpoch: Int64(index) * 60), open: open, high: high, low: low, close: close, volume: 1_000 + uniform() * 9_000))
        }
        return bars
    }
}

/// Times indicators and prints one row each.
struct Bench {
    let rows: Int
    let repeats: Int
    /// Runs only the indicators whose label starts with this (upper case), when set.
    let only: String?
    /// Accumulates outputs so the optimizer cannot drop the work.
    var checksum = 0.0

    /// Measures one indicator over `inputs` (prices or bars): streaming, the batch values
    /// path (or the type's array `kernel`) and the batch outputs path.
    mutating func measure<I: Indicator>(_ label: String, _ indicator: I, _ inputs: [I.Input], kernel: ((I) -> [Double])? = nil) where I.Output == Double {
        measure(label, indicator, inputs, kernel: kernel) { $0 }
    }

    /// Measures one indicator whose output `project` turns into the number reported.
    mutating func measure<I: Indicator>(
        _ label: String, _ indicator: I, _ inputs: [I.Input], kernel: ((I) -> [Double])? = nil, _ project: (I.Output) -> Double
    ) {
        guard only.map({ label.hasPrefix($0) }) ?? true else { return }
        let streaming = best { Self.streamingRun(indicator, inputs, project) }
        let values = best { kernel.map { $0(indicator).last ?? 0 } ?? Self.batchValues(indicator, inputs, project) }
        let outputs = best { Self.batchOutputs(indicator, inputs, project) }
        report(label, streaming, values, outputs)
    }

    private static func streamingRun<I: Indicator>(_ indicator: I, _ inputs: [I.Input], _ project: (I.Output) -> Double) -> Double {
        var indicator = indicator
        var sum = 0.0
        for input in inputs {
            if let output = indicator.update(input) { sum += project(output) }
        }
        return sum
    }

    /// TA-Lib's shape: one `[Double]` column, NaN before warm-up (multi-output indicators
    /// project one column).
    private static func batchValues<I: Indicator>(_ indicator: I, _ inputs: [I.Input], _ project: (I.Output) -> Double) -> Double {
        var indicator = indicator
        var column = [Double](repeating: .nan, count: inputs.count)
        for index in inputs.indices {
            if let output = indicator.update(inputs[index]) { column[index] = project(output) }
        }
        return column[column.count - 1]
    }

    private static func batchOutputs<I: Indicator>(_ indicator: I, _ inputs: [I.Input], _ project: (I.Output) -> Double) -> Double {
        let outputs = indicator.outputs(over: inputs)
        return outputs[outputs.count - 1].map(project) ?? 0
    }

    private mutating func best(_ body: () -> Double) -> Double {
        var fastest = Double.infinity
        for _ in 0..<repeats {
            let start = CPUClock.threadSeconds()
            checksum += body()
            fastest = Swift.min(fastest, CPUClock.threadSeconds() - start)
        }
        return Double(rows) / fastest / 1e6
    }

    private func report(_ label: String, _ streaming: Double, _ values: Double, _ outputs: Double) {
        func cell(_ value: Double) -> String {
            let text = String(Double(Int(value * 10)) / 10)
            return String(repeating: " ", count: Swift.max(0, 18 - text.count)) + text
        }
        let padded = label + String(repeating: " ", count: Swift.max(0, 22 - label.count))
        Console.write(padded + cell(streaming) + cell(values) + cell(outputs) + "\n")
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ExampleStrategies
import Indicators
import TradingCore

/// `tradingkit bench engine`: backtest engine throughput.
///
/// * SmaCross(10, 30) on one synthetic instrument of minute bars, engine only (data built beforehand):
///   bars per second, best of `--repeat` runs.
/// * A multi-indicator strategy (SMA 50/200 trend filter, 20-bar breakout, ATR(14) bracket
///   stop) on 3 instruments × 20 years of daily bars: milliseconds per run, best of runs.
/// * An empty strategy on the same single instrument: the loop's own cost.
/// * A reference floor, not the engine: the same SmaCross decisions, fills and equity points
///   hand-written as one loop over the bars (``floorSmaCross(_:)``), which shows what the
///   machine allows for that work; its trade count must equal the engine's.
/// * With `--csv FILE`: SmaCross(10, 30) on that file, engine only and with metrics.
/// * With `--only sma-cross|empty|multi|floor`: that one measurement alone (for profilers
///   and instruction counters such as `valgrind --tool=callgrind`).
enum EngineBenchmarks: BenchSuite {
    static let name = "engine"
    static let summary = "Backtest engine throughput: SmaCross bars/s, 3 × 20-year multi-indicator run, empty loop, hand-written floor (--only NAME, --csv FILE)"

    static func run(_ arguments: [String]) throws -> Int32 {
        var arguments = CommandLineArguments(arguments)
        let barCount = try arguments.number("bars", as: Int.self) ?? 2_000_000
        let repetitions = try arguments.number("repeat", as: Int.self) ?? 5
        let file = try arguments.value("csv")
        let only = try arguments.value("only")
        try arguments.finish()
        if let only, !["sma-cross", "empty", "multi", "floor"].contains(only) {
            throw CommandLineUsageError("--only takes sma-cross, empty, multi or floor")
        }
        guard barCount >= 100, repetitions >= 1 else { throw CommandLineUsageError("--bars must be ≥ 100 and --repeat ≥ 1") }

        // Fixtures are built only for the measurements that run, so that `--only` under a
        // profiler or instruction counter sees the backtest rather than the data generation.
        lazy var one: Backtest = {
            let single = randomWalk("SYN", count: barCount, seed: 1, spacing: 60 * Timestamp.nanosecondsPerSecond)
            return Backtest(instruments: [Instrument(symbol: "SYN")], series: [single], cash: 1_000_000)
        }()
        lazy var three: Backtest = {
            let daily = (0..<3).map { randomWalk("S\($0)", count: 5_040, seed: UInt64(10 + $0)) }
            return Backtest(instruments: daily.map { Instrument(symbol: $0.symbol) }, series: daily, cash: 1_000_000)
        }()
        // Each measurement runs its strategy and returns a count, so the run is not optimized away.
        let smaCross = { (backtest: Backtest) in backtest.run(SmaCross(fast: 10, slow: 30)).trades.count }
        let empty = { (backtest: Backtest) in backtest.run(EmptyStrategy()).equityCurve.count }
        let multi = { (backtest: Backtest) in backtest.run(BreakoutBenchmarkStrategy()).trades.count }
        let floor = { (backtest: Backtest) in floorSmaCross(backtest) }
        if let only {
            let measurements = ["sma-cross": (smaCross, one), "empty": (empty, one), "floor": (floor, one)]
            let (measurement, backtest) = measurements[only] ?? (multi, three)
            let seconds = best(of: repetitions) { _ = measurement(backtest) }
            Console.write("\(only): \(format(seconds * 1_000)) ms (thread CPU time, best of \(repetitions) runs)\n")
            return 0
        }

        let single = one, daily = three
        var trades = 0, multiTrades = 0
        let smaSeconds = best(of: repetitions) { trades = smaCross(single) }
        let emptySeconds = best(of: repetitions) { _ = empty(single) }
        let multiSeconds = best(of: Swift.max(repetitions, 20)) { multiTrades = multi(daily) }
        var floorTrades = 0
        let floorSeconds = best(of: repetitions) { floorTrades = floor(single) }

        var text = "engine benchmarks (thread CPU time, best of \(repetitions) runs; release build expected)\n"
        text += "  SmaCross(10,30), 1 instrument, \(barCount) bars: \(format(smaSeconds * 1_000)) ms, "
        text += "\(format(Double(barCount) / smaSeconds / 1e6)) M bars/s (\(trades) trades)\n"
        text += "  empty strategy, 1 instrument, \(barCount) bars: \(format(emptySeconds * 1_000)) ms, "
        text += "\(format(Double(barCount) / emptySeconds / 1e6)) M bars/s\n"
        text += "  multi-indicator, 3 instruments × 5040 daily bars: \(format(multiSeconds * 1_000)) ms (\(multiTrades) trades)\n"
        text += "  reference floor (not the engine): SmaCross hand-written as one loop, same bars: \(format(floorSeconds * 1_000)) ms, "
        text += "\(format(Double(barCount) / floorSeconds / 1e6)) M bars/s (\(floorTrades) trades\(floorTrades == trades ? "" : ", ENGINE DIFFERS"))\n"
        if let file {
            let series = try BarSeries(contentsOfCSVFile: file)
            let backtest = Backtest(instruments: [Instrument(symbol: series.symbol)], series: [series], cash: 10_000)
            var fileTrades = 0
            let fileSeconds = best(of: Swift.max(repetitions, 20)) { fileTrades = backtest.run(SmaCross(fast: 10, slow: 30)).trades.count }
            let metricsSeconds = best(of: repetitions) { _ = backtest.run(SmaCross(fast: 10, slow: 30)).metrics.tradeCount }
            text += "  SmaCross(10,30) on \(file), \(series.count) bars: \(format(fileSeconds * 1_000)) ms engine only, "
            text += "\(format(metricsSeconds * 1_000)) ms with metrics (\(fileTrades) trades)\n"
        }
        Console.write(text)
        return 0
    }

    /// SmaCross(10, 30) on the backtest's one series, hand-written: the engine's decisions
    /// (the library's SMAs, a cross at the close), its fills (close the position, then enter
    /// with all equity in whole shares, both at the next open, no commission), its equity
    /// point per bar (timestamp, equity, cash, gross and net exposure, appended to a reserved
    /// ``EquityCurve``) and one record per round trip, the last closed at the last close. No orders,
    /// reports, risk checks or strategy protocol: the floor that the engine's abstractions
    /// add to. Returns the number of round trips, which must equal the engine's.
    static func floorSmaCross(_ backtest: Backtest) -> Int {
        struct RoundTrip { var entryIndex: Int, exitIndex: Int, quantity: Double, entryPrice: Double, exitPrice: Double }
        let series = backtest.series[0]
        let count = series.count
        var fast = PandasRollingMean(period: 10), slow = PandasRollingMean(period: 30)
        var curve = EquityCurve(reservingCapacity: count)
        var trips: [RoundTrip] = []
        var balance = backtest.cash, held = 0.0, entryPrice = 0.0, entryIndex = 0
        var previousFast = Double.nan, previousSlow = Double.nan
        var pending = 0.0  // +1 go long, −1 go short at the next open
        func exit(at index: Int, price: Double) {
            balance += held * price
            trips.append(RoundTrip(entryIndex: entryIndex, exitIndex: index, quantity: held, entryPrice: entryPrice, exitPrice: price))
            held = 0
        }
        for index in 0..<count {
            if pending != 0 {
                let price = series.open[index]
                if held != 0 { exit(at: index, price: price) }
                held = (balance / price).rounded(.down) * pending
                balance -= held * price
                (entryPrice, entryIndex, pending) = (price, index, 0)
            }
            let close = series.close[index]
            let fastValue = fast.update(close) ?? .nan, slowValue = slow.update(close) ?? .nan
            if previousFast < previousSlow && fastValue > slowValue { pending = 1 }
            if previousSlow < previousFast && slowValue > fastValue { pending = -1 }
            (previousFast, previousSlow) = (fastValue, slowValue)
            let value = held * close
            curve.append(timestamp: series.timestamps[index], equity: balance + value, cash: balance,
                         grossExposure: Swift.abs(value), netExposure: value)
        }
        if held != 0 { exit(at: count - 1, price: series.close[count - 1]) }
        // The recorded columns feed the result, so that none of the work can be optimized away.
        let recorded = (curve.equity.last ?? 0) + (curve.cash.last ?? 0) + (curve.grossExposure.last ?? 0)
            + (curve.netExposure.last ?? 0) + Double(curve.timestamps.last?.rawValue ?? 0) + (trips.last?.exitPrice ?? 0)
        return trips.count + (recorded.isNaN ? 1 : 0)
    }

    /// The fastest of `count` runs, in seconds of this thread's CPU time
    /// (`CLOCK_THREAD_CPUTIME_ID`), so that other processes competing for the cores do not
    /// inflate the figure the way wall-clock time would.
    static func best(of count: Int, _ body: () -> Void) -> Double {
        var fastest = Double.infinity
        for _ in 0..<count {
            let start = CPUClock.threadSeconds()
            body()
            fastest = Swift.min(fastest, CPUClock.threadSeconds() - start)
        }
        return fastest
    }


    static func format(_ value: Double) -> String { String((value * 100).rounded() / 100) }

    /// A seeded multiplicative random walk (±0.2 % per bar, so it neither explodes nor
    /// hits zero over millions of bars) with consistent OHLC, one bar every `spacing` nanoseconds from 2000-01-01.
    static func randomWalk(_ symbol: String, count: Int, seed: UInt64, spacing: Int64 = Timestamp.nanosecondsPerDay) -> BarSeries {
        var random = SplitMix64(seed: seed)
        var timestamps: [Timestamp] = [], open: [Double] = [], high: [Double] = [], low: [Double] = []
        var close: [Double] = [], volume: [Double] = []
        timestamps.reserveCapacity(count)
        open.reserveCapacity(count)
        high.reserveCapacity(count)
        low.reserveCapacity(count)
        close.reserveCapacity(count)
        volume.reserveCapacity(count)
        var price = 100.0
        let start = Timestamp(year: 2000, month: 1, day: 1).rawValue
        for index in 0..<count {
            let o = price * (1 + 0.001 * (random.nextUnitInterval() - 0.5))
            price = o * (1 + 0.004 * (random.nextUnitInterval() - 0.5))
            timestamps.append(Timestamp(rawValue: start + Int64(index) * spacing))
            open.append(o)
            high.append(Swift.max(o, price) * (1 + 0.001 * random.nextUnitInterval()))
            low.append(Swift.min(o, price) * (1 - 0.001 * random.nextUnitInterval()))
            close.append(price)
            volume.append(1_000_000)
        }
        return try! BarSeries(symbol: symbol, timestamps: timestamps, open: open, high: high, low: low, close: close, volume: volume)
    }
}

/// Does nothing: measures the engine loop itself.
struct EmptyStrategy: Strategy {
    mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {}
}

/// A trend-filtered breakout with an ATR bracket stop: the "multi-indicator strategy" of
/// the engine benchmark (SMA 50 > SMA 200, close above the prior 20-bar high → buy a third
/// of buying power with a stop 2 × ATR(14) below; exit when SMA 50 falls below SMA 200).
struct BreakoutBenchmarkStrategy: Strategy {
    var fast: [SimpleMovingAverage] = []
    var slow: [SimpleMovingAverage] = []
    var atr: [AverageTrueRange] = []
    var highs: [RollingMaximum] = []
    var previousHigh: [Double] = []

    mutating func onStart(_ context: inout StrategyContext) {
        let count = context.instruments.count
        fast = Array(repeating: SimpleMovingAverage(period: 50), count: count)
        slow = Array(repeating: SimpleMovingAverage(period: 200), count: count)
        atr = Array(repeating: AverageTrueRange(period: 14), count: count)
        highs = Array(repeating: RollingMaximum(period: 20), count: count)
        previousHigh = Array(repeating: .nan, count: count)
    }

    mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {
        for index in 0..<bars.instrumentCount {
            guard let bar = bars[index] else { continue }
            let trendFast = fast[index].update(bar.close) ?? .nan
            let trendSlow = slow[index].update(bar.close) ?? .nan
            let range = atr[index].update(bar) ?? .nan
            let breakoutLevel = previousHigh[index]
            previousHigh[index] = highs[index].update(bar.high) ?? .nan
            let held = context.portfolio.positions[index].quantity
            if held == 0 && trendFast > trendSlow && bar.close > breakoutLevel && range.isFinite {
                context.submit(OrderIntent(symbol: context.instruments[index].symbol, side: .buy,
                                           quantity: .fractionOfBuyingPower(1.0 / 3), stopLoss: bar.close - 2 * range))
            } else if held > 0 && trendFast < trendSlow {
                for order in context.openOrders where order.symbol == context.instruments[index].symbol { context.cancel(order.id) }
                context.closePosition(context.instruments[index].symbol)
            }
        }
    }
}

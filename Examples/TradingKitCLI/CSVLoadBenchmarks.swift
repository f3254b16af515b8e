#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TradingCore

/// `tradingkit bench csv`: times loading large synthetic minute-bar and daily CSV files and
/// writing an equity curve of the same length with ``CSVExport/equity(_:)``.
enum CSVLoadBenchmarks: BenchSuite {
    static let name = "csv"
    static let summary = "Load ~1M-row date-time and 100k-row daily OHLCV CSV files, write a 1M-row equity.csv (options: --rows N, --runs N, --file PATH to keep it; --input PATH times loading your own file instead)"

    static func run(_ arguments: [String]) throws -> Int32 {
        var arguments = CommandLineArguments(arguments)
        let rows = try arguments.number("rows", as: Int.self) ?? 1_000_000
        let runs = try arguments.number("runs", as: Int.self) ?? 5
        let keptFile = try arguments.value("file")
        let input = try arguments.value("input")
        try arguments.finish()
        guard rows > 0, runs > 0 else { throw CommandLineUsageError("--rows and --runs must be positive") }
        if let input {
            // Your own file, loaded as it is (nothing generated or written).
            _ = try timeLoad(path: input, megabytes: nil, runs: runs, label: "csv load (\(input))")
            return 0
        }
        let path = keptFile ?? "/tmp/tradingkit-bench-csv-\(getpid()).csv"
        defer {
            unlink(path + ".daily")
            if keptFile == nil { unlink(path) }
        }

        // Minute bars around the clock from 2020-01-01 (ISO date-times), prices to 1/10 000.
        let minute = 60 * Timestamp.nanosecondsPerSecond
        let minuteStart = Timestamp(year: 2020, month: 1, day: 1).rawValue
        let minuteSeries = series(rows: rows) { Timestamp(rawValue: minuteStart + Int64($0) * minute) }
        guard let (loaded, megabytes) = try measureLoad(minuteSeries, path: path, runs: runs, label: "csv load (date-times)") else { return 1 }

        // Daily bars (plain `YYYY-MM-DD` dates) from 1800-01-01: at most 100 000 rows, to stay before 2262.
        let dailyStart = Timestamp(year: 1800, month: 1, day: 1).rawValue
        let dailySeries = series(rows: Swift.min(rows, 100_000)) { Timestamp(rawValue: dailyStart + Int64($0) * Timestamp.nanosecondsPerDay) }
        guard try measureLoad(dailySeries, path: path + ".daily", runs: runs, label: "csv load (dates)") != nil else { return 1 }

        // Writing: `CSVExport.equity` over a curve of the loaded length (five numbers a row).
        var curve = EquityCurve(reservingCapacity: loaded.count)
        for index in 0..<loaded.count {
            let equity = 10_000 + (loaded.close[index] - loaded.open[0]) * 37.5
            let cash = index % 3 == 0 ? 10_000 : equity - loaded.close[index] * 25
            curve.append(timestamp: loaded.timestamps[index], equity: equity, cash: cash, grossExposure: equity - cash, netExposure: equity - cash)
        }
        var bytes = 0
        let (wall, cpu) = time(runs: runs) { bytes = CSVExport.equity(curve).utf8.count }
        Console.write("""
            csv write (CSVExport.equity): \(curve.count) rows, \(format(Double(bytes) / 1_000_000, 1)) MB, \(runs) runs
              wall  best \(format(wall[0], 3)) s  median \(format(wall[runs / 2], 3)) s
              cpu   best \(format(cpu[0], 3)) s  median \(format(cpu[runs / 2], 3)) s
            (load: \(format(megabytes, 1)) MB read)

            """)
        return 0
    }

    /// `rows` synthetic bars (seed 7) at the timestamps `timestamp(1...rows)` gives.
    private static func series(rows: Int, timestamp: (Int) -> Timestamp) -> BarSeries {
        let parameters = SyntheticMarketParameters(initialPrice: 150, annualVolatility: 0.3, averageVolume: 500_000, tickSize: 0.0001)
        var generator = SyntheticMarketGenerator(parameters: parameters, seed: 7, periodsPerYear: 252 * 390)
        return generator.series(symbol: "SYN", timestamps: (1...rows).map(timestamp))
    }

    /// Writes `series` to `path` and times loading it back; prints the figures and returns
    /// the loaded series and the file size in MB, or `nil` when the file cannot be written.
    private static func measureLoad(_ series: BarSeries, path: String, runs: Int, label: String) throws -> (BarSeries, Double)? {
        let text = series.csvText(includingSymbol: true)
        guard write(text, to: path) else {
            Console.error("cannot write \(path)")
            return nil
        }
        return (try timeLoad(path: path, megabytes: Double(text.utf8.count) / 1_000_000, runs: runs, label: label), Double(text.utf8.count) / 1_000_000)
    }

    /// Times `runs` loads of the file at `path` (`megabytes` its size when known) and prints
    /// the figures; returns the loaded series.
    private static func timeLoad(path: String, megabytes knownSize: Double?, runs: Int, label: String) throws -> BarSeries {
        var status = stat()
        let megabytes = knownSize ?? (stat(path, &status) == 0 ? Double(status.st_size) / 1_000_000 : 0)
        var loaded = BarSeries(symbol: "")
        var failure: CSVLoadError?
        let (wall, cpu) = time(runs: runs) {
            do throws(CSVLoadError) { loaded = try BarSeries(contentsOfCSVFile: path) } catch { failure = error }
        }
        if let failure { throw failure }
        Console.write("""
            \(label): \(loaded.count) rows, \(format(megabytes, 1)) MB (\(path)), \(runs) runs
              wall  best \(format(wall[0], 3)) s  median \(format(wall[runs / 2], 3)) s  (\(format(megabytes / wall[0], 0)) MB/s)
              cpu   best \(format(cpu[0], 3)) s  median \(format(cpu[runs / 2], 3)) s  (CPU time of every thread, the read-ahead's included; unaffected by other processes)

            """)
        return loaded
    }

    /// Runs `body` `runs` times; the sorted wall and process-CPU seconds of each run.
    private static func time(runs: Int, _ body: () -> Void) -> (wall: [Double], cpu: [Double]) {
        var wall: [Double] = [], cpu: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let cpuStart = CPUClock.processSeconds()
            let startTime = clock.now
            body()
            let elapsed = clock.now - startTime
            cpu.append(CPUClock.processSeconds() - cpuStart)
            wall.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return (wall.sorted(), cpu.sorted())
    }

    private static func write(_ text: String, to path: String) -> Bool {
        guard let handle = fopen(path, "wb") else { return false }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, handle) }
        return fclose(handle) == 0 && written == text.utf8.count
    }

    private static func format(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return decimals == 0 ? String(Int(rounded)) : String(rounded)
    }
}

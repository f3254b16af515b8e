#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TradingCore

/// `tradingkit bench csv`: times loading a large synthetic minute-bar CSV file.
enum CSVLoadBenchmarks: BenchSuite {
    static let name = "csv"
    static let summary = "Load a ~1M-row OHLCV CSV file (options: --rows N, --runs N, --file PATH to keep it)"

    static func run(_ arguments: [String]) throws -> Int32 {
        var arguments = CommandLineArguments(arguments)
        let rows = try arguments.number("rows", as: Int.self) ?? 1_000_000
        let runs = try arguments.number("runs", as: Int.self) ?? 5
        let keptFile = try arguments.value("file")
        try arguments.finish()
        guard rows > 0, runs > 0 else { throw CommandLineUsageError("--rows and --runs must be positive") }
        let path = keptFile ?? "/tmp/tradingkit-bench-csv-\(getpid()).csv"
        defer { if keptFile == nil { unlink(path) } }

        // Minute bars around the clock from 2020-01-01, prices to 1/10 000.
        let parameters = SyntheticMarketParameters(initialPrice: 150, annualVolatility: 0.3, averageVolume: 500_000, tickSize: 0.0001)
        var generator = SyntheticMarketGenerator(parameters: parameters, seed: 7, periodsPerYear: 252 * 390)
        let start = Timestamp(year: 2020, month: 1, day: 1).rawValue
        let minute = 60 * Timestamp.nanosecondsPerSecond
        let timestamps = (1...rows).map { Timestamp(rawValue: start + Int64($0) * minute) }
        let series = generator.series(symbol: "SYN", timestamps: timestamps)
        let text = series.csvText(includingSymbol: true)
        guard write(text, to: path) else {
            Console.error("cannot write \(path)")
            return 1
        }
        let megabytes = Double(text.utf8.count) / 1_000_000

        var wall: [Double] = [], cpu: [Double] = []
        var loaded = 0
        for _ in 0..<runs {
            let clock = ContinuousClock()
            let cpuStart = threadCPUSeconds()
            let startTime = clock.now
            let series = try BarSeries(contentsOfCSVFile: path)
            let elapsed = clock.now - startTime
            cpu.append(threadCPUSeconds() - cpuStart)
            loaded = series.count
            wall.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        wall.sort()
        cpu.sort()
        Console.write("""
            csv load: \(loaded) rows, \(format(megabytes, 1)) MB (\(path)), \(runs) runs
              wall  best \(format(wall[0], 3)) s  median \(format(wall[runs / 2], 3)) s  (\(format(megabytes / wall[0], 0)) MB/s)
              cpu   best \(format(cpu[0], 3)) s  median \(format(cpu[runs / 2], 3)) s  (thread CPU time; unaffected by other processes)

            """)
        return 0
    }

    /// CPU time consumed by the calling thread, in seconds.
    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
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

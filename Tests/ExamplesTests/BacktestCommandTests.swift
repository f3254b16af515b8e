import Foundation
import Testing
import TradingCore
@testable import tradingkit

/// `tradingkit backtest` end to end: usage errors, output files, and byte-identical reruns.
@Suite("tradingkit backtest")
struct BacktestCommandTests {
    static let goog: String = {
        var components = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast(3)
        return components.joined(separator: "/") + "/../shared/data/real/GOOG-2004-2013.csv"
    }()
    static var hasGoog: Bool { FileManager.default.fileExists(atPath: goog) }

    @Test("usage errors exit with status 2", arguments: [
        ["--csv", "x.csv"],
        ["--strategy", "no-such", "--csv", "x.csv"],
        ["--strategy", "sma-cross"],
        ["--strategy", "sma-cross", "--csv", "x.csv", "--end-of-run", "never"],
        ["--strategy", "sma-cross", "--csv", "x.csv", "--cash", "-5"],
        ["--strategy", "sma-cross", "--csv", "x.csv", "--slippage-bps", "-1"],
        ["--strategy", "sma-cross", "--csv", "x.csv", "--slippage-bps", "10000"],
        ["--strategy", "sma-cross", "--csv", "x.csv", "--slippage-bps", "nan"],
        ["--strategy", "sma-cross", "--csv", "x.csv", "--slow", "100001"],
        ["--strategy", "sma-cross", "--csv", "x.csv", "--cash", "1e308"],
        ["--strategy", "sma-cross", "--csv", "x.csv", "--out", ""],
        ["--strategy", "sma-cross", "--csv", "x.csv", "--bogus", "1"],
        ["--strategy", "sma-cross", "--csv", "x.csv", "-v"],
        ["--strategy", "sma-cross", "--csv", "x.csv", "y.csv", "-fast", "5"],
        ["--strategy", "sma-cross", "--csv", "x.csv", "--periods-per-year", "0"],
        ["--strategy", "sma-cross", "--csv", "x.csv", "--periods-per-year", "nan"],
    ])
    func usageErrors(_ arguments: [String]) {
        #expect(throws: CommandLineUsageError.self) { try BacktestCommand.run(arguments) }
    }

    @Test("strategy options are checked before any file is read")
    func strategyOptionErrors() {
        #expect(throws: CommandLineUsageError.self) {
            try BacktestCommand.run(["--strategy", "sma-cross", "--csv", "/nonexistent/file.csv", "--fast", "30", "--slow", "10"])
        }
    }

    @Test("a missing file is a data error, not a usage error")
    func missingFile() {
        #expect(throws: CSVLoadError.self) { try BacktestCommand.run(["--strategy", "buy-and-hold", "--csv", "/nonexistent/file.csv"]) }
    }

    @Test("a run whose files cannot all be written leaves the earlier run's files whole", .enabled(if: hasGoog))
    func failedWriteKeepsEarlierRun() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tradingkit-atomic-\(UInt64.random(in: 0...UInt64.max))").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try BacktestCommand.run(["--strategy", "sma-cross", "--csv", Self.goog, "--fast", "10", "--out", directory]) == 0)
        let summary = try String(contentsOfFile: directory + "/summary.json", encoding: .utf8)
        try FileManager.default.removeItem(atPath: directory + "/trades.csv")
        try FileManager.default.createDirectory(atPath: directory + "/trades.csv", withIntermediateDirectories: false)
        #expect(throws: BacktestOutputError.self) {
            try BacktestCommand.run(["--strategy", "sma-cross", "--csv", Self.goog, "--fast", "5", "--out", directory])
        }
        #expect(try String(contentsOfFile: directory + "/summary.json", encoding: .utf8) == summary)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["equity.csv", "orders.csv", "summary.json", "trades.csv"])
    }

    @Test("--out writes the four files, identical on a rerun", .enabled(if: hasGoog))
    func outputs() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("tradingkit-backtest-\(UInt64.random(in: 0...UInt64.max))")
        defer { try? FileManager.default.removeItem(at: base) }
        var contents: [[String]] = []
        for run in 0..<2 {
            let directory = base.appendingPathComponent("run\(run)").path
            let status = try BacktestCommand.run(["--strategy", "sma-cross", "--csv", Self.goog, "--end-of-run", "open",
                                                  "--commission-pct", "0.2", "--out", directory, "--json"])
            #expect(status == 0)
            contents.append(try ["summary.json", "equity.csv", "trades.csv", "orders.csv"].map {
                try String(contentsOfFile: directory + "/" + $0, encoding: .utf8)
            })
        }
        #expect(contents[0] == contents[1])
        let summary = contents[0][0]
        #expect(summary.contains("\"tradeCount\": 66"))
        #expect(summary.contains("\"equityFinal\": 39280.7368"))
        #expect(contents[0][1].hasPrefix("timestamp,equity"))
        #expect(contents[0][2].hasPrefix("symbol,side,quantity,entryTime,entryPrice,exitTime,exitPrice,pnl,commission"))
        #expect(contents[0][3].hasPrefix("id,symbol,side,type,quantity"))
        #expect(contents[0][2].split(separator: "\n").count == 67)
    }

    @Test("--periods-per-year sets the annualization of volatility, Sharpe and Sortino")
    func periodsPerYear() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("tradingkit-periods-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let file = base.appendingPathComponent("MU.csv").path
        let series = SampleData.series(symbol: "MU", start: Timestamp(year: 2015, month: 1, day: 1), end: Timestamp(year: 2019, month: 12, day: 31))
        try series.csvText(includingSymbol: false).write(toFile: file, atomically: true, encoding: .utf8)
        func metrics(_ extra: [String]) throws -> [String: Any] {
            let directory = base.appendingPathComponent("run\(extra.count)").path
            #expect(try BacktestCommand.run(["--strategy", "sma-cross", "--csv", file, "--out", directory, "--json"] + extra) == 0)
            let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/summary.json")))
            return try #require((summary as? [String: Any])?["metrics"] as? [String: Any])
        }
        let inferred = try metrics([]), weekly = try metrics(["--periods-per-year", "52"])
        #expect(inferred["periodsPerYear"] as? Double == 252)
        #expect(weekly["periodsPerYear"] as? Double == 52)
        let scale = (52.0 / 252).squareRoot()
        for key in ["sharpeRatio", "sortinoRatio", "volatilityAnnualizedPct"] {
            let a = try #require(inferred[key] as? Double), b = try #require(weekly[key] as? Double)
            #expect(abs(b - a * scale) <= 1e-3 * abs(a), "\(key)")
        }
        #expect(weekly["equityFinal"] as? Double == inferred["equityFinal"] as? Double)
    }

    @Test("daily files stamped at different times of day run with a warning naming them")
    func timeOfDayWarning() throws {
        let directory = try ExecutableRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let start = Timestamp(year: 2020, month: 1, day: 1), end = Timestamp(year: 2020, month: 12, day: 31)
        let dated = SampleData.series(symbol: "MU", start: start, end: end)
        let closing = SampleData.series(symbol: "GLD", start: start, end: end)
        let stamped = try BarSeries(symbol: "GLD", bars: (0..<closing.count).map { index in
            var bar = closing[index]
            bar.timestamp = Timestamp(rawValue: bar.timestamp.startOfDay.rawValue + 21 * 3_600 * 1_000_000_000)
            return bar
        })
        let files = ["MU", "GLD"].map { directory.appendingPathComponent($0 + ".csv").path }
        try dated.csvText(includingSymbol: false).write(toFile: files[0], atomically: true, encoding: .utf8)
        try stamped.csvText(includingSymbol: false).write(toFile: files[1], atomically: true, encoding: .utf8)
        let mixed = try ExecutableRun("tradingkit", ["backtest", "--strategy", "buy-and-hold", "--csv"] + files + ["--json"])
        #expect(mixed.status == 0)
        #expect(mixed.standardError.contains("warning: MU's daily bars are stamped at 00:00:00 UTC and GLD's at 21:00:00 UTC"), "\(mixed.standardError)")
        let alike = try ExecutableRun("tradingkit", ["backtest", "--strategy", "buy-and-hold", "--csv", files[0], "--json"])
        #expect(alike.status == 0)
        #expect(!alike.standardError.contains("warning"))
    }
}

import Foundation
import Testing
import TradingCore

/// `trend-breakout` end to end: the built binary, run as a user runs it.
@Suite("trend-breakout executable", .enabled(if: ExecutableRun.isBuilt("trend-breakout")))
struct TrendBreakoutExecutableTests {
    static let reportFiles = ["summary.json", "equity.csv", "trades.csv", "attribution.csv", "report.html"]

    @Test("no arguments: synthetic sample run, summary on stdout, every report file written")
    func defaultRun() throws {
        let directory = try ExecutableRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try ExecutableRun("trend-breakout", [], in: directory)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("SYNTHETIC sample data"))
        for section in ["Sharpe ratio", "PnL by symbol:", "PnL by factor:", "First 5 trades:", "Last 5 trades (of 48):"] {
            #expect(run.standardOutput.contains(section), "missing \(section)")
        }
        let report = directory.appendingPathComponent("trend-breakout-report")
        for name in Self.reportFiles {
            let text = try String(contentsOf: report.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.isEmpty, "\(name) is empty")
        }

        let attribution = try String(contentsOf: report.appendingPathComponent("attribution.csv"), encoding: .utf8)
        let lines = attribution.split(separator: "\n")
        #expect(lines.first == "dimension,key,pnl")
        #expect(Set(lines.dropFirst().map { $0.split(separator: ",")[0] }) == ["factor", "symbol", "month", "strategy"])

        let trades = try String(contentsOf: report.appendingPathComponent("trades.csv"), encoding: .utf8)
        #expect(trades.hasPrefix(CSVExport.trades([])))
        #expect(trades.split(separator: "\n").count == 49)

        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: report.appendingPathComponent("summary.json"))) as? [String: Any])
        #expect(summary["synthetic"] as? Bool == true)
        #expect(summary["symbols"] as? [String] == ["MU", "GLD", "GOOG"])
        let metrics = try #require(summary["metrics"] as? [String: Any])
        #expect(metrics["tradeCount"] as? Int == 48)

        let html = try String(contentsOf: report.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<svg") && html.contains("SYNTHETIC"))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://") && !html.contains("@import"))
    }

    @Test("--json prints summary.json on stdout; --out chooses the directory")
    func json() throws {
        let directory = try ExecutableRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("nested/report").path
        let run = try ExecutableRun("trend-breakout", ["--json", "--out", out, "--sizing", "fixed-risk", "--cash", "50000"])
        #expect(run.status == 0, "\(run.standardError)")
        let written = try String(contentsOfFile: out + "/summary.json", encoding: .utf8)
        #expect(run.standardOutput == written)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any])
        #expect(summary["cash"] as? Double == 50_000)
        #expect((summary["parameters"] as? [String: Any])?["sizing"] as? String == "fixed-risk")
    }

    @Test("--help describes every option and exits 0")
    func help() throws {
        let run = try ExecutableRun("trend-breakout", ["--help"])
        #expect(run.status == 0)
        for option in ["--data", "--symbols", "--start", "--end", "--cash", "--sizing", "--config", "--out", "--json"] {
            #expect(run.standardOutput.contains(option), "help lacks \(option)")
        }
    }

    @Test("usage errors exit 2 and name the problem", arguments: [
        (["--bogus"], "unknown argument '--bogus'"),
        (["--sizing", "kelly"], "--sizing"),
        (["--cash", "-5"], "--cash"),
        (["--cash"], "--cash needs a value"),
        (["--start", "2020-13-45"], "--start"),
        (["--start", "2020-01-01", "--end", "2019-01-01"], "after --end"),
        (["--symbols", ","], "--symbols"),
        (["--slippage-bps", "10000"], "--slippage-bps must lie in [0, 10000)"),
        (["--symbols", "../GOOG"], "'../GOOG' is not a symbol"),
        // summary.json records the seed as a JSON integer: a larger one would be recorded wrong.
        (["--seed", "9223372036854775808"], "--seed must be at most 9223372036854775807"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let directory = try ExecutableRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try ExecutableRun("trend-breakout", arguments, in: directory)
        #expect(run.status == 2)
        #expect(run.standardError.contains(message), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("trend-breakout-report").path))
    }

    @Test("bad data exits 1 naming the file and line")
    func badData() throws {
        let directory = try ExecutableRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = "date,open,high,low,close,volume\n2020-01-02,10,11,9,10.5,1000\n2020-01-03,10,abc,9,10.5,1000\n"
        try csv.write(to: directory.appendingPathComponent("MU.csv"), atomically: true, encoding: .utf8)
        let run = try ExecutableRun("trend-breakout", ["--data", directory.path, "--symbols", "MU", "--out", directory.appendingPathComponent("out").path])
        #expect(run.status == 1)
        #expect(run.standardError.contains("MU.csv:3"), "\(run.standardError)")
        #expect(run.standardError.contains("high"))
        let missing = try ExecutableRun("trend-breakout", ["--data", directory.path, "--symbols", "GLD", "--out", directory.appendingPathComponent("out").path])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("GLD.csv"))
        // A symbol column naming another symbol than the file is a data error, not a crash.
        let renamed = "symbol,date,open,high,low,close,volume\ngoog,2020-01-02,10,11,9,10.5,1000\ngoog,2020-01-03,10,11,9,10.5,1000\n"
        try renamed.write(to: directory.appendingPathComponent("GOOG.csv"), atomically: true, encoding: .utf8)
        let mismatch = try ExecutableRun("trend-breakout", ["--data", directory.path, "--symbols", "GOOG", "--out", directory.appendingPathComponent("out").path])
        #expect(mismatch.status == 1)
        #expect(mismatch.standardError.contains("GOOG.csv: column 'symbol' holds 'goog', not 'GOOG'"), "\(mismatch.standardError)")
    }

    @Test("a range shorter than the warm-up runs without trades; an empty range is an error")
    func shortRanges() throws {
        let directory = try ExecutableRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let short = try ExecutableRun("trend-breakout", ["--start", "2024-06-01", "--out", directory.path])
        #expect(short.status == 0, "\(short.standardError)")
        #expect(short.standardOutput.contains("No trades (TrendBreakout needs 252 bars per symbol"))
        let attribution = try String(contentsOf: directory.appendingPathComponent("attribution.csv"), encoding: .utf8)
        #expect(attribution == "dimension,key,pnl\n")
        let empty = try ExecutableRun("trend-breakout", ["--start", "2024-01-06", "--end", "2024-01-07", "--out", directory.path])
        #expect(empty.status == 1)
        #expect(empty.standardError.contains("no bars for MU"))
    }

    @Test("--end DATE is inclusive for bars stamped after midnight (closes at 21:00 UTC)")
    func endDateKeepsTheWholeDay() throws {
        let directory = try ExecutableRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = "date,open,high,low,close,volume\n2020-06-29T21:00:00Z,10,11,9,10.5,1000\n"
            + "2020-06-30T21:00:00Z,10,11,9,10.5,1000\n2020-07-01T21:00:00Z,10,11,9,10.5,1000\n"
        try csv.write(to: directory.appendingPathComponent("MU.csv"), atomically: true, encoding: .utf8)
        func endOfRun(_ end: String) throws -> String? {
            let run = try ExecutableRun("trend-breakout", ["--data", directory.path, "--symbols", "MU", "--end", end,
                                                           "--out", directory.appendingPathComponent("out").path, "--json"])
            #expect(run.status == 0, "\(run.standardError)")
            let summary = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
            return summary?["end"] as? String
        }
        #expect(try endOfRun("2020-06-30") == "2020-06-30T21:00:00Z")
        // An end with a time of day is the instant it names.
        #expect(try endOfRun("2020-06-30T20:00:00Z") == "2020-06-29T21:00:00Z")
    }

    @Test("a bad configuration file exits 1 naming the file and field")
    func badConfig() throws {
        let directory = try ExecutableRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("tb.json")
        try #"{"factors": {"momentum": {"horizons": [0]}}}"#.write(to: config, atomically: true, encoding: .utf8)
        let run = try ExecutableRun("trend-breakout", ["--config", config.path, "--out", directory.appendingPathComponent("out").path])
        #expect(run.status == 1)
        #expect(run.standardError.contains("tb.json: field 'factors.momentum.horizons'"), "\(run.standardError)")
    }

    @Test("an unwritable output directory exits 1")
    func unwritable() throws {
        let directory = try ExecutableRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("plain-file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let run = try ExecutableRun("trend-breakout", ["--out", file.path + "/report"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("cannot write"))
    }

    @Test("help that cannot be written to standard output exits 1", .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func helpToFullDisk() throws {
        let run = try ExecutableRun("trend-breakout", ["--help"], outputFile: "/dev/full")
        #expect(run.status == 1)
        #expect(run.standardError.contains("cannot write standard output"), "\(run.standardError)")
    }

    @Test("--json given twice is a usage error")
    func repeatedJSON() throws {
        let run = try ExecutableRun("trend-breakout", ["--json", "--json"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("option --json given more than once"), "\(run.standardError)")
    }

    @Test("real daily data from --data", .enabled(if: FileManager.default.fileExists(atPath: ExecutableRun.realDailyDirectory + "/MU.csv")))
    func realData() throws {
        let directory = try ExecutableRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try ExecutableRun("trend-breakout", [
            "--data", ExecutableRun.realDailyDirectory, "--start", "2010-01-01", "--end", "2019-12-31", "--out", directory.path,
        ])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("2010-01-04 to 2019-12-31"))
        #expect(!run.standardOutput.contains("SYNTHETIC"))
        for name in Self.reportFiles { #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path)) }
    }
}

/// `tradingkit backtest --strategy trend-breakout` takes the same options as the other strategies.
@Suite("tradingkit backtest --strategy trend-breakout", .enabled(if: ExecutableRun.isBuilt("tradingkit")))
struct TrendBreakoutBacktestCommandTests {
    @Test("runs on CSV files written by tradingkit sample")
    func backtest() throws {
        let directory = try ExecutableRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [String] = []
        for symbol in ["MU", "GLD"] {
            let sample = try ExecutableRun("tradingkit", ["sample", "--symbol", symbol, "--start", "2015-01-01", "--end", "2020-12-31"])
            #expect(sample.status == 0)
            let path = directory.appendingPathComponent("\(symbol).csv").path
            try sample.standardOutput.write(toFile: path, atomically: true, encoding: .utf8)
            files.append(path)
        }
        let run = try ExecutableRun("tradingkit", ["backtest", "--strategy", "trend-breakout", "--csv"] + files + [
            "--sizing", "fixed-risk", "--commission-pct", "0.1", "--out", directory.appendingPathComponent("out").path, "--json",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(summary["strategy"] as? String == "trend-breakout")
        #expect((summary["parameters"] as? [String: Any])?["sizing"] as? String == "fixed-risk")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out/trades.csv").path))

        let bad = try ExecutableRun("tradingkit", ["backtest", "--strategy", "trend-breakout", "--csv"] + files + ["--sizing", "kelly"])
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("--sizing"))
    }
}

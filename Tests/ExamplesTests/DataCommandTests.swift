import Foundation
import Testing
import TradingCore

/// `tradingkit validate` and `tradingkit sample`, run as a user runs them.
@Suite("tradingkit validate and sample", .enabled(if: ExecutableRun.isBuilt("tradingkit")))
struct DataCommandTests {
    @Test("sample output loads back into exactly the library's sample bars")
    func sampleRoundTrip() throws {
        let run = try ExecutableRun("tradingkit", ["sample", "--symbol", "MU", "--start", "2015-01-01", "--end", "2016-12-31", "--seed", "42"])
        #expect(run.status == 0)
        let loaded = try BarSeries(csvText: run.standardOutput, source: "stdout", symbol: "MU")
        let expected = SampleData.series(symbol: "MU", start: Timestamp(year: 2015, month: 1, day: 1),
                                         end: Timestamp(year: 2016, month: 12, day: 31), seed: 42)
        #expect(loaded == expected)
        let again = try ExecutableRun("tradingkit", ["sample", "--symbol", "MU", "--start", "2015-01-01", "--end", "2016-12-31", "--seed", "42"])
        #expect(again.standardOutput == run.standardOutput)
    }

    @Test("validate passes a clean file and fails a broken one, naming file, line and column")
    func validate() throws {
        let directory = try ExecutableRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.csv")
        let bad = directory.appendingPathComponent("bad.csv")
        try "date,open,high,low,close,volume\n2024-01-02,10,11,9,10.5,100\n2024-01-03,10.5,11,10,10.8,120\n"
            .write(to: good, atomically: true, encoding: .utf8)
        try "date,open,high,low,close,volume\n2024-01-02,10,11,9,10.5,100\n2024-01-03,10,9,11,10.5,100\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let clean = try ExecutableRun("tradingkit", ["validate", "--csv", good.path])
        #expect(clean.status == 0)
        let broken = try ExecutableRun("tradingkit", ["validate", "--csv", good.path, bad.path])
        #expect(broken.status == 1)
        #expect((broken.standardOutput + broken.standardError).contains("bad.csv:3: error: column 'high'"))
    }

    @Test("a result that cannot be written to standard output exits 1 naming it, not 0 with the output cut short",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullStandardOutput() throws {
        let directory = try ExecutableRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("MU.csv").path
        let series = SampleData.series(symbol: "MU", start: Timestamp(year: 2020, month: 1, day: 1), end: Timestamp(year: 2020, month: 12, day: 31))
        try series.csvText().write(toFile: file, atomically: true, encoding: .utf8)
        for arguments in [
            ["sample", "--symbol", "MU"],
            ["validate", "--csv", file],
            ["indicator", "sma", "--csv", file],
            ["backtest", "--strategy", "sma-cross", "--csv", file],
            ["backtest", "--strategy", "sma-cross", "--csv", file, "--json"],
            ["--help"], ["backtest", "--help"],
        ] {
            let run = try ExecutableRun("tradingkit", arguments, outputFile: "/dev/full")
            #expect(run.status == 1, "\(arguments)")
            #expect(run.standardError.contains("cannot write standard output: No space left on device"), "\(arguments): \(run.standardError)")
        }
    }

    @Test("usage errors exit with status 2", arguments: [
        ["validate"], ["validate", "--csv"], ["sample"], ["sample", "--symbol", "MU", "--seed", "x"], ["nonsense"],
    ])
    func usageErrors(arguments: [String]) throws {
        let run = try ExecutableRun("tradingkit", arguments)
        #expect(run.status == 2)
        #expect(!run.standardError.isEmpty)
    }

    @Test("every real data file validates without errors", .enabled(if: FileManager.default.fileExists(atPath: ExecutableRun.realDailyDirectory)))
    func realFiles() throws {
        let files = ["MU", "GLD", "GOOG", "SPY"].map { ExecutableRun.realDailyDirectory + "/\($0).csv" }
            + [ExecutableRun.realDailyDirectory + "/../GOOG-2004-2013.csv"]
        let run = try ExecutableRun("tradingkit", ["validate", "--csv"] + files)
        #expect(run.status == 0)
    }
}

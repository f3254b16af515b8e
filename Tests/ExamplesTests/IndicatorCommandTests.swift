import Foundation
import Testing

/// `tradingkit indicator`, run as a user runs it, against TA-Lib's reference outputs.
@Suite("tradingkit indicator", .enabled(if: ExecutableRun.isBuilt("tradingkit")))
struct IndicatorCommandTests {
    static let goog = ExecutableRun.realDailyDirectory + "/../GOOG-2004-2013.csv"
    static let reference = ExecutableRun.realDailyDirectory + "/../../../reference/talib/GOOG-2004-2013/"

    static var referenceAvailable: Bool {
        FileManager.default.fileExists(atPath: goog) && FileManager.default.fileExists(atPath: reference + "cases.json")
    }

    @Test("output rows and warm-up match TA-Lib's reference file", .enabled(if: referenceAvailable), arguments: [
        (["macd", "--fastperiod", "12", "--slowperiod", "26", "--signalperiod", "9"], "macd_fastperiod12_slowperiod26_signalperiod9.csv"),
        (["BBANDS", "--timeperiod", "20", "--nbdevup", "2", "--nbdevdn", "2"], "bbands_timeperiod20_nbdevup2.0_nbdevdn2.0_matype0.csv"),
        (["sar"], "sar_acceleration0.02_maximum0.2.csv"),
    ])
    func matchesReference(arguments: [String], file: String) throws {
        let run = try ExecutableRun("tradingkit", ["indicator"] + arguments + ["--csv", Self.goog])
        #expect(run.status == 0)
        let ours = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let theirs = try String(contentsOfFile: Self.reference + file, encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        // Header: `timestamp,<TA-Lib output names>` against `index,<TA-Lib output names>`.
        #expect(ours.first.map { $0.split(separator: ",").dropFirst().map(String.init) } == theirs[0].dropFirst().map(String.init))
        try #require(ours.count == theirs.count)
        for (line, expected) in zip(ours.dropFirst(), theirs.dropFirst()) {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).dropFirst()
            for (value, reference) in zip(fields, expected.dropFirst()) {
                if reference.isEmpty {
                    #expect(value.isEmpty)
                } else {
                    let a = try #require(Double(value)), b = try #require(Double(reference))
                    #expect(abs(a - b) <= 1e-9 * max(1, abs(b)))
                }
            }
        }
    }

    @Test("unknown names and parameters are usage errors that list the valid ones", arguments: [
        (["indicator", "nope", "--csv", "x.csv"], "valid: sma, ema"),
        (["indicator", "sma", "--bogus", "3", "--csv", "x.csv"], "valid: timeperiod"),
        (["indicator", "sma"], "--csv"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let run = try ExecutableRun("tradingkit", arguments)
        #expect(run.status == 2)
        #expect(run.standardError.contains(message))
    }

    @Test("a broken input file fails with its file and line")
    func badFile() throws {
        let directory = try ExecutableRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("bad.csv")
        try "date,open,high,low,close,volume\n2024-01-02,10,11,9,10.5,100\n2024-01-03,10,11,9,oops,100\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let run = try ExecutableRun("tradingkit", ["indicator", "sma", "--timeperiod", "2", "--csv", bad.path])
        #expect(run.status == 1)
        #expect(run.standardError.contains("bad.csv:3: error: column 'close'"))
    }
}

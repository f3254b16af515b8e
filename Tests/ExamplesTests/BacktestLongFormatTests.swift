import Foundation
import Testing
import TradingCore
@testable import tradingkit

/// `tradingkit backtest` on a long-format CSV (one file, a `symbol` column with several
/// symbols) runs the same backtest as one file per symbol.
@Suite("tradingkit backtest: long-format files")
struct BacktestLongFormatTests {
    @Test("one long file and three single-symbol files give the same summary")
    func longFileEqualsSeparateFiles() throws {
        let series = SampleData.symbols.map {
            SampleData.series(symbol: $0, start: Timestamp(year: 2018, month: 1, day: 1), end: Timestamp(year: 2020, month: 12, day: 31), seed: 5)
        }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("tradingkit-long-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }

        var separate: [String] = []
        var rows: [[Substring]] = []
        for item in series {
            let path = base.appendingPathComponent(item.symbol + ".csv").path
            let text = item.csvText(includingSymbol: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            separate.append(path)
            rows.append(Array(text.split(separator: "\n").dropFirst()))
        }
        // Interleaved by date: MU, GLD, GOOG, MU, …
        let long = ["symbol,date,open,high,low,close,volume"] + (0..<rows[0].count).flatMap { index in rows.map { String($0[index]) } }
        let longPath = base.appendingPathComponent("long.csv").path
        try (long.joined(separator: "\n") + "\n").write(toFile: longPath, atomically: true, encoding: .utf8)

        func summary(_ files: [String], _ name: String) throws -> String {
            let directory = base.appendingPathComponent(name).path
            let status = try BacktestCommand.run(["--strategy", "sma-cross", "--csv"] + files + ["--out", directory])
            #expect(status == 0)
            return try String(contentsOfFile: directory + "/summary.json", encoding: .utf8)
        }
        let fromLong = try summary([longPath], "long")
        #expect(fromLong == (try summary(separate, "separate")))
        #expect(fromLong.contains("\"MU\"") && fromLong.contains("\"GLD\"") && fromLong.contains("\"GOOG\""))
        // A symbol in two files is a data error naming the symbol and both files.
        #expect(throws: DuplicateSymbolError(symbol: "GLD", firstFile: longPath, secondFile: separate[1])) {
            try BacktestCommand.run(["--strategy", "sma-cross", "--csv", longPath, separate[1]])
        }
    }

    @Test("tradingkit indicator picks one symbol of a long file with --symbol", .enabled(if: ExecutableRun.isBuilt("tradingkit")))
    func indicatorSymbol() throws {
        let series = SampleData.symbols.map {
            SampleData.series(symbol: $0, start: Timestamp(year: 2020, month: 1, day: 1), end: Timestamp(year: 2020, month: 6, day: 30), seed: 8)
        }
        let directory = try ExecutableRun.temporaryDirectory().path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let rows = series.map { Array($0.csvText(includingSymbol: true).split(separator: "\n").dropFirst()) }
        let long = ["symbol,date,open,high,low,close,volume"] + (0..<rows[0].count).flatMap { index in rows.map { String($0[index]) } }
        let longPath = directory + "/long.csv", gldPath = directory + "/GLD.csv"
        try (long.joined(separator: "\n") + "\n").write(toFile: longPath, atomically: true, encoding: .utf8)
        try series[1].csvText().write(toFile: gldPath, atomically: true, encoding: .utf8)

        let chosen = try ExecutableRun("tradingkit", ["indicator", "rsi", "--symbol", "GLD", "--csv", longPath])
        let separate = try ExecutableRun("tradingkit", ["indicator", "rsi", "--csv", gldPath])
        #expect(chosen.status == 0 && separate.status == 0)
        #expect(chosen.standardOutput == separate.standardOutput)
        let ambiguous = try ExecutableRun("tradingkit", ["indicator", "rsi", "--csv", longPath])
        #expect(ambiguous.status == 2 && ambiguous.standardError.contains("MU, GLD, GOOG"))
        let unknown = try ExecutableRun("tradingkit", ["indicator", "rsi", "--symbol", "SPY", "--csv", longPath])
        #expect(unknown.status == 2 && unknown.standardError.contains("SPY"))
    }
}

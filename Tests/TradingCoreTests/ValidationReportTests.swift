import Testing
import TradingCore

@Suite("DataValidationReport")
struct ValidationReportTests {
    /// 60 daily bars: a random walk with ±0.5 % steps from 100, a 7-day gap before row 20 and a
    /// lasting +40 % jump at row 40. Row r is on line r + 2.
    static func text() -> String {
        var random = SplitMix64(seed: 1)
        var text = "date,open,high,low,close,volume\n"
        var day = Timestamp.daysFromCivil(year: 2024, month: 1, day: 1)
        var close = 100.0
        for row in 0..<60 {
            day += row == 20 ? 7 : 1
            close *= row == 40 ? 1.4 : 1 + 0.01 * (random.nextUnitInterval() - 0.5)
            text += "\(Timestamp(rawValue: Int64(day) * Timestamp.nanosecondsPerDay).dateString),\(close),\(close + 1),\(close - 1),\(close),1000\n"
        }
        return text
    }

    @Test("gaps and outliers are warnings that do not stop loading")
    func warnings() throws {
        let text = Self.text()
        let report = DataValidationReport(validatingCSVBytes: Array(text.utf8), source: "w.csv")
        #expect(!report.hasErrors)
        #expect(report.rowCount == 60)
        let warnings = report.warnings
        let gaps = warnings.filter { if case .gap = $0.kind { return true } else { return false } }
        let outliers = warnings.filter { if case .outlierReturn = $0.kind { return true } else { return false } }
        #expect(gaps.map(\.line) == [22])
        #expect(gaps.first?.column == "date")
        #expect(outliers.map(\.line) == [42])
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.file == "w.csv" })
        #expect(try BarSeries(csvText: text, symbol: "W").count == 60)
    }

    @Test("errors and warnings are reported together in line order")
    func mixed() {
        // Row 2 (line 3) gets a high below its low.
        var lines = Self.text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[2] = "2024-01-03,100,99,101,100,1000"
        let text = lines.joined(separator: "\n")
        let report = DataValidationReport(validatingCSVBytes: Array(text.utf8), source: "m.csv")
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.line == 3)
        #expect(report.issues.map(\.line) == report.issues.map(\.line).sorted())
        #expect(report.warnings.count == 2)
    }

    @Test("an unreadable file is one error on line 0")
    func unreadable() {
        let report = DataValidationReport(validatingCSVFile: "/nonexistent.csv")
        #expect(report.hasErrors && report.issues.count == 1 && report.issues[0].line == 0)
    }
}

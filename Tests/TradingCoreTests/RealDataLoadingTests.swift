import Testing
import TradingCore

@Suite("CSV loading of the real files", .enabled(if: TestData.hasRealData, "../shared/data/real is absent"))
struct RealDataLoadingTests {
    @Test("every real file loads with the row count and span of SOURCES.md", arguments: [
        ("GOOG-2004-2013.csv", "GOOG-2004-2013", 2148, "2004-08-19", "2013-03-01"),
        ("daily/MU.csv", "MU", 6474, "2000-01-03", "2025-09-29"),
        ("daily/GLD.csv", "GLD", 5248, "2004-11-18", "2025-09-29"),
        ("daily/GOOG.csv", "GOOG", 5312, "2004-08-19", "2025-09-29"),
        ("daily/SPY.csv", "SPY", 6474, "2000-01-03", "2025-09-29"),
    ])
    func loads(file: String, symbol: String, rows: Int, first: String, last: String) throws {
        let series = try BarSeries(contentsOfCSVFile: TestData.realDataFolder + "/" + file)
        #expect(series.symbol == symbol)
        #expect(series.count == rows)
        #expect(series.firstTimestamp?.description == first)
        #expect(series.lastTimestamp?.description == last)
    }

    @Test("values are read exactly as written")
    func exactValues() throws {
        let gld = try BarSeries(contentsOfCSVFile: TestData.realDataFolder + "/daily/GLD.csv")
        #expect(gld[0] == Bar(timestamp: Timestamp(year: 2004, month: 11, day: 18), open: 44.43000030517578, high: 44.4900016784668, low: 44.06999969482422, close: 44.380001068115234, volume: 5992000))
        let goog = try BarSeries(contentsOfCSVFile: TestData.realDataFolder + "/GOOG-2004-2013.csv", symbol: "GOOG")
        #expect(goog.symbol == "GOOG")
        #expect(goog[1] == Bar(timestamp: Timestamp(year: 2004, month: 8, day: 20), open: 101.01, high: 109.08, low: 100.5, close: 108.31, volume: 11428600))
    }

    @Test("dividend events reproduce the adjusted-close column when splits are already applied", arguments: ["MU", "SPY"])
    func dividendAdjustmentMatchesAdjustedClose(symbol: String) throws {
        let path = TestData.realDataFolder + "/daily/\(symbol).csv"
        let fromEvents = try BarSeries(contentsOfCSVFile: path, options: CSVLoadOptions(adjustment: .corporateActions(alreadyApplied: .splits)))
        let fromColumn = try BarSeries(contentsOfCSVFile: path, options: CSVLoadOptions(adjustment: .adjustedClose))
        #expect(fromEvents.count == fromColumn.count)
        // Yahoo's factors are computed from float32 prices; 0.1 % relative agreement over 25 years.
        var worst = 0.0
        for index in 0..<fromEvents.count {
            worst = max(worst, abs(fromEvents.close[index] / fromColumn.close[index] - 1))
        }
        #expect(worst < 1e-3)
    }

    @Test("applying GOOG's splits again divides early prices by the 2.002 × 1.0027455 × 20 factor")
    func doubleSplitAdjustment() throws {
        let path = TestData.realDataFolder + "/daily/GOOG.csv"
        let raw = try BarSeries(contentsOfCSVFile: path)
        let twice = try BarSeries(contentsOfCSVFile: path, options: CSVLoadOptions(adjustment: .corporateActions(alreadyApplied: .dividends)))
        let factor = 2.002 * 1.0027455 * 20
        #expect(abs(twice.close[0] * factor / raw.close[0] - 1) < 1e-12)
        #expect(abs(twice.volume[0] / factor / raw.volume[0] - 1) < 1e-12)
        #expect(twice.close[twice.count - 1] == raw.close[raw.count - 1])
    }

    @Test("validation finds no errors in the real files", arguments: TestData.realFiles)
    func validationIsClean(file: String) {
        let report = DataValidationReport(validatingCSVFile: TestData.realDataFolder + "/" + file)
        #expect(report.errors.isEmpty, "\(report.errors.prefix(3))")
    }
}

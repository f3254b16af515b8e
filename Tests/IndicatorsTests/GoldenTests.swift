import Indicators
import Testing
import TradingCore

/// Every TA-Lib reference case, through the catalog, streaming and batch: values within a
/// relative 1e-9 (absolute below magnitude 1) and exactly TA-Lib's warm-up.
@Suite("TA-Lib golden outputs", .enabled(if: SharedData.isAvailable, "needs ../shared reference data"))
struct GoldenTests {
    static let tolerance = 1e-9

    static let cases = ReferenceCase.all()

    @Test("the reference data is present and complete")
    func referenceDataPresent() throws {
        #expect(Self.cases.count >= 46)
        #expect(SharedData.goog?.count == 2148)
    }

    @Test("streaming matches TA-Lib", arguments: cases)
    func streaming(_ reference: ReferenceCase) throws {
        let series = try #require(SharedData.goog)
        var indicator = try IndicatorCatalog.specification(named: reference.function).makeIndicator(reference.parameters)
        var rows: [[Double]?] = []
        for index in 0..<series.count { rows.append(indicator.update(series[index])) }
        try compare(rows, reference, warmUpPeriod: indicator.warmUpPeriod)
    }

    @Test("batch matches TA-Lib", arguments: cases)
    func batch(_ reference: ReferenceCase) throws {
        let series = try #require(SharedData.goog)
        let indicator = try IndicatorCatalog.specification(named: reference.function).makeIndicator(reference.parameters)
        try compare(indicator.outputs(over: series), reference, warmUpPeriod: indicator.warmUpPeriod)
    }

    private func compare(_ rows: [[Double]?], _ reference: ReferenceCase, warmUpPeriod: Int) throws {
        let expected = try reference.expectedColumns()
        #expect(try IndicatorCatalog.specification(named: reference.function).outputNames == reference.outputNames)
        let firstOutput = try #require(expected[0].firstIndex { $0 != nil })
        #expect(warmUpPeriod == firstOutput + 1, "warm-up period")
        #expect(rows.firstIndex { $0 != nil } == firstOutput, "first output index")
        for (column, name) in reference.outputNames.enumerated() {
            let actual = rows.map { $0?[column] }
            let mismatch = firstMismatch(actual, expected[column], tolerance: Self.tolerance)
            #expect(mismatch == nil, "\(name) differs at row \(mismatch ?? -1): \(mismatch.map { String(describing: actual[$0]) } ?? "") vs \(mismatch.map { String(describing: expected[column][$0]) } ?? "")")
        }
    }
}

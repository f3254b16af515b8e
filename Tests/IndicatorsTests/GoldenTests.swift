import Indicators
import Testing
import TradingCore

/// Every TA-Lib reference case, through the catalog, streaming and batch, and the array
/// kernels: every output equal to TA-Lib's bit for bit, and exactly TA-Lib's warm-up.
///
/// The reference values were written by TA-Lib 0.8 on an x86-64 CPU with FMA, where TA-Lib
/// runs the FMA build of the functions it compiles twice (EMA, ATR, NATR, KAMA, T3, MACD,
/// ADOSC, LINEARREG, BBANDS and others); the indicators reproduce that build, except ATR and
/// NATR (see ``roundedApart``).
@Suite("TA-Lib golden outputs", .enabled(if: SharedData.isAvailable, "needs ../shared reference data"))
struct GoldenTests {
    static let cases = ReferenceCase.all()

    /// Functions whose smoothing step rounds its product apart where TA-Lib's FMA build fuses
    /// it (a fused step is a libm call in a default Swift build, which would triple ATR's
    /// array kernel): compared within a relative ``roundingTolerance`` instead of bit for bit.
    static let roundedApart: Set<String> = ["ATR", "NATR"]

    /// A few roundings of an ATR in the last place, damped by the smoothing.
    static let roundingTolerance = 1e-14

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

    @Test("array kernels match TA-Lib", arguments: cases.filter { ["SMA", "EMA", "RSI", "ATR"].contains($0.function) })
    func kernels(_ reference: ReferenceCase) throws {
        let series = try #require(SharedData.goog)
        let period = try #require(reference.parameters["timeperiod"].map { Int($0) })
        let values: [Double]
        switch reference.function {
        case "SMA": values = SimpleMovingAverage(period: period).values(over: series.close)
        case "EMA": values = ExponentialMovingAverage(period: period).values(over: series.close)
        case "RSI": values = RelativeStrengthIndex(period: period).values(over: series.close)
        default: values = AverageTrueRange(period: period).values(over: series)
        }
        let expected = try reference.expectedColumns()[0]
        let mismatch = Self.firstDifference(values.map { $0.isNaN ? nil : $0 }, expected,
                                            tolerance: Self.roundedApart.contains(reference.function) ? Self.roundingTolerance : 0)
        #expect(mismatch == nil, "differs at row \(mismatch ?? -1)")
    }

    private func compare(_ rows: [[Double]?], _ reference: ReferenceCase, warmUpPeriod: Int) throws {
        let expected = try reference.expectedColumns()
        #expect(try IndicatorCatalog.specification(named: reference.function).outputNames == reference.outputNames)
        let firstOutput = try #require(expected[0].firstIndex { $0 != nil })
        #expect(warmUpPeriod == firstOutput + 1, "warm-up period")
        #expect(rows.firstIndex { $0 != nil } == firstOutput, "first output index")
        for (column, name) in reference.outputNames.enumerated() {
            let actual = rows.map { $0?[column] }
            let mismatch = Self.firstDifference(actual, expected[column],
                                                tolerance: Self.roundedApart.contains(reference.function) ? Self.roundingTolerance : 0)
            #expect(mismatch == nil, "\(name) differs at row \(mismatch ?? -1): \(mismatch.map { String(describing: actual[$0]) } ?? "") vs \(mismatch.map { String(describing: expected[column][$0]) } ?? "")")
        }
    }

    /// The first index where two aligned columns differ, or `nil`: not the same doubles bit
    /// for bit, or, with a `tolerance`, further apart than that relative to the expected value.
    static func firstDifference(_ actual: [Double?], _ expected: [Double?], tolerance: Double = 0) -> Int? {
        if actual.count != expected.count { return min(actual.count, expected.count) }
        return actual.indices.first { !agree(actual[$0], expected[$0], tolerance: tolerance) }
    }

    /// Whether two outputs are the same double bit for bit, or within a relative `tolerance`
    /// when it is positive (`nil` only against `nil`).
    static func agree(_ actual: Double?, _ expected: Double?, tolerance: Double) -> Bool {
        switch (actual, expected) {
        case (nil, nil): true
        case let (a?, e?): a.bitPattern == e.bitPattern || (tolerance > 0 && abs(a - e) <= tolerance * abs(e))
        default: false
        }
    }
}

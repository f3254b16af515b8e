import Testing
import TradingCore

@Suite("Corporate-action adjustment")
struct AdjustmentTests {
    static func day(_ d: Int) -> Timestamp { Timestamp(year: 2024, month: 3, day: d) }

    static func series() throws -> BarSeries {
        try BarSeries(symbol: "X", bars: [
            Bar(timestamp: day(1), open: 100, high: 110, low: 90, close: 100, volume: 1_000),
            Bar(timestamp: day(4), open: 102, high: 104, low: 98, close: 100, volume: 2_000),
            Bar(timestamp: day(5), open: 51, high: 52, low: 49, close: 50, volume: 4_000),
            Bar(timestamp: day(6), open: 49, high: 50, low: 47, close: 48, volume: 3_000),
        ])
    }

    @Test("a 2:1 split halves earlier prices and doubles earlier volume; a dividend scales by 1 − D/previous close")
    func handComputed() throws {
        let adjusted = try Self.series().backAdjusted(for: [
            .dividend(exDate: Self.day(6), amount: 1),   // factor 1 − 1/50 = 0.98 for bars before March 6
            .split(exDate: Self.day(5), ratio: 2),       // factor 1/2 for bars before March 5
        ])
        let expected1: [Double] = [100 * 0.98 / 2, 100 * 0.98 / 2, 50 * 0.98, 48]
        #expect(adjusted.close == expected1)
        let expected2: [Double] = [100 * 0.98 / 2, 102 * 0.98 / 2, 51 * 0.98, 49]
        #expect(adjusted.open == expected2)
        #expect(adjusted.high[0] == 110 * 0.98 / 2 && adjusted.low[1] == 98 * 0.98 / 2)
        #expect(adjusted.volume == [2_000, 4_000, 4_000, 3_000])
        #expect(adjusted.timestamps == (try Self.series()).timestamps)
    }

    @Test("actions outside the series, zero dividends and unit splits change nothing")
    func ignored() throws {
        let series = try Self.series()
        let adjusted = series.backAdjusted(for: [
            .split(exDate: Self.day(1), ratio: 2), .split(exDate: Self.day(20), ratio: 2),
            .dividend(exDate: Self.day(4), amount: 0), .split(exDate: Self.day(4), ratio: 1),
        ])
        #expect(adjusted == series)
    }

    @Test("the adjusted-close method scales open, high and low by adjclose / close")
    func adjustedClose() throws {
        let adjusted = try Self.series().backAdjusted(toAdjustedClose: [50, 50, 50, 48])
        #expect(adjusted.close == [50, 50, 50, 48])
        #expect(adjusted.open == [50, 51, 51, 49])
        #expect(adjusted.high[0] == 55 && adjusted.low[0] == 45)
        #expect(adjusted.volume == [1_000, 2_000, 4_000, 3_000])
    }

    @Test("CSV loading applies only the adjustments the prices do not carry")
    func fromCSV() throws {
        let text = """
            date,open,high,low,close,volume,dividends,stock splits
            2024-03-01,100,110,90,100,1000,0,0
            2024-03-04,102,104,98,100,2000,0,0
            2024-03-05,51,52,49,50,4000,0,2
            2024-03-06,49,50,47,48,3000,1,0

            """
        let none = try BarSeries(csvText: text, symbol: "X")
        #expect(none == (try Self.series()))
        let all = try BarSeries(csvText: text, symbol: "X", options: CSVLoadOptions(adjustment: .corporateActions(alreadyApplied: [])))
        let expected3: [Double] = [100 * 0.98 / 2, 100 * 0.98 / 2, 50 * 0.98, 48]
        #expect(all.close == expected3)
        let dividendsOnly = try BarSeries(csvText: text, symbol: "X", options: CSVLoadOptions(adjustment: .corporateActions(alreadyApplied: .splits)))
        let expected4: [Double] = [100 * 0.98, 100 * 0.98, 50 * 0.98, 48]
        #expect(dividendsOnly.close == expected4)
        #expect(dividendsOnly.volume == none.volume)
        let nothing = try BarSeries(csvText: text, symbol: "X", options: CSVLoadOptions(adjustment: .corporateActions(alreadyApplied: .all)))
        #expect(nothing == none)
    }
}

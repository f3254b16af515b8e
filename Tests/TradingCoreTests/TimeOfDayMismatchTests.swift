import Testing
import TradingCore

@Suite("Time of day across instruments")
struct TimeOfDayMismatchTests {
    /// Five daily bars from 2024-03-04 stamped at `hour:minute` UTC (an intraday pattern when `hour` is nil).
    static func daily(_ symbol: String, hour: Int?, minute: Int = 0) throws -> BarSeries {
        try BarSeries(symbol: symbol, bars: (0..<5).map { day in
            let time = Timestamp(year: 2024, month: 3, day: 4 + day, hour: hour ?? (9 + day), minute: minute)
            return Bar(timestamp: time, open: 10, high: 11, low: 9, close: 10, volume: 100)
        })
    }

    @Test("the shared time of day of daily bars; none for intraday bars or no bars")
    func sharedTime() throws {
        #expect(try Self.daily("A", hour: 0).sharedTimeOfDay == 0)
        #expect(try Self.daily("A", hour: 21, minute: 30).sharedTimeOfDay == (21 * 3_600 + 30 * 60) * 1_000_000_000)
        #expect(try Self.daily("A", hour: nil).sharedTimeOfDay == nil)
        #expect(BarSeries(symbol: "E").sharedTimeOfDay == nil)
    }

    @Test("daily files stamped at midnight and at the close are named; alike, intraday or single ones are not")
    func mismatch() throws {
        let message = try BarSeries.timeOfDayMismatch(in: [Self.daily("MU", hour: 0), Self.daily("GLD", hour: 0), Self.daily("GOOG", hour: 21, minute: 30)])
        #expect(message == "MU's daily bars are stamped at 00:00:00 UTC and GOOG's at 21:30:00 UTC: the run steps at both times each day, "
            + "with one instrument's bar at each step; stamp the files alike")
        #expect(try BarSeries.timeOfDayMismatch(in: [Self.daily("MU", hour: 21), Self.daily("GLD", hour: 21)]) == nil)
        #expect(try BarSeries.timeOfDayMismatch(in: [Self.daily("MU", hour: 0), Self.daily("GLD", hour: nil)]) == nil)
        #expect(try BarSeries.timeOfDayMismatch(in: [Self.daily("MU", hour: 0), BarSeries(symbol: "E"), Self.daily("GLD", hour: 0)]) == nil)
        #expect(try BarSeries.timeOfDayMismatch(in: [Self.daily("MU", hour: 5)]) == nil)
    }
}

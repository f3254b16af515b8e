import Testing
import TradingCore

@Suite("Timestamp parsing")
struct TimestampParsingTests {
    @Test("supported formats", arguments: [
        ("2024-03-01", Timestamp(year: 2024, month: 3, day: 1)),
        ("2024-03-01 14:30", Timestamp(year: 2024, month: 3, day: 1, hour: 14, minute: 30)),
        ("2024-03-01 14:30:15", Timestamp(year: 2024, month: 3, day: 1, hour: 14, minute: 30, second: 15)),
        ("2024-03-01T14:30:15Z", Timestamp(year: 2024, month: 3, day: 1, hour: 14, minute: 30, second: 15)),
        ("2024-03-01T14:30:15.25Z", Timestamp(year: 2024, month: 3, day: 1, hour: 14, minute: 30, second: 15, nanosecond: 250_000_000)),
        ("2024-03-01T14:30:15.123456789", Timestamp(year: 2024, month: 3, day: 1, hour: 14, minute: 30, second: 15, nanosecond: 123_456_789)),
        ("1984-06-01 00:00:00-04:00", Timestamp(year: 1984, month: 6, day: 1, hour: 4)),
        ("2024-03-01T09:30:00+05:30", Timestamp(year: 2024, month: 3, day: 1, hour: 4)),
        ("2024-03-01T09:30:00-0500", Timestamp(year: 2024, month: 3, day: 1, hour: 14, minute: 30)),
        ("2024-03-01T09:30:00+01", Timestamp(year: 2024, month: 3, day: 1, hour: 8, minute: 30)),
        ("2024-02-29", Timestamp(year: 2024, month: 2, day: 29)),
        ("1709251200", Timestamp(year: 2024, month: 3, day: 1)),
        ("1709251200000", Timestamp(year: 2024, month: 3, day: 1)),
        ("1709251200000000", Timestamp(year: 2024, month: 3, day: 1)),
        ("1709251200000000000", Timestamp(year: 2024, month: 3, day: 1)),
        ("0", Timestamp(rawValue: 0)),
    ])
    func parses(text: String, expected: Timestamp) {
        #expect(Timestamp(parsing: text) == expected)
    }

    @Test("malformed or out-of-range text is rejected", arguments: [
        "", "2024-03", "2024-13-01", "2024-00-10", "2023-02-29", "2024-04-31", "2024-03-01T24:00", "2024-03-01 12:60",
        "2024-03-01 12", "2024-03-01X12:00", "2024-03-01T12:00:00+", "2024-03-01T12:00:00+25:00", "2024-03-01T12:00:00.Z",
        "1600-01-01", "2300-01-01", "12345678901234567890", "17092512OO", "2024/03/01", "-1", "2024-03-01 ",
    ])
    func rejects(text: String) {
        #expect(Timestamp(parsing: text) == nil)
    }

    @Test("every day from 1800 to 2200 parses to its civil date")
    func everyDay() {
        for days in Timestamp.daysFromCivil(year: 1800, month: 1, day: 1)...Timestamp.daysFromCivil(year: 2200, month: 1, day: 1) {
            let timestamp = Timestamp(rawValue: Int64(days) * Timestamp.nanosecondsPerDay)
            #expect(Timestamp(parsing: timestamp.dateString) == timestamp)
        }
    }
}

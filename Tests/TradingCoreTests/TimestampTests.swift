import Testing
import TradingCore

@Suite("Timestamp")
struct TimestampTests {
    @Test("civil dates round-trip through day counts", arguments: [
        (1970, 1, 1, 0), (2000, 3, 1, 11_017), (1969, 12, 31, -1), (2024, 2, 29, 19_782), (1900, 3, 1, -25_508),
    ])
    func civilRoundTrip(year: Int, month: Int, day: Int, days: Int) {
        #expect(Timestamp.daysFromCivil(year: year, month: month, day: day) == days)
        let civil = Timestamp.civilFromDays(days)
        #expect(civil.year == year && civil.month == month && civil.day == day)
    }

    @Test("every day from 1800 to 2200 round-trips")
    func exhaustiveRoundTrip() {
        let first = Timestamp.daysFromCivil(year: 1800, month: 1, day: 1)
        let last = Timestamp.daysFromCivil(year: 2200, month: 1, day: 1)
        var previous: (year: Int, month: Int, day: Int)?
        for days in first...last {
            let civil = Timestamp.civilFromDays(days)
            #expect(Timestamp.daysFromCivil(year: civil.year, month: civil.month, day: civil.day) == days)
            if let previous { #expect(civil != previous) }
            previous = civil
        }
    }

    @Test("description is ISO 8601 in UTC")
    func description() {
        #expect(Timestamp(year: 2004, month: 8, day: 19).description == "2004-08-19")
        #expect(Timestamp(year: 2024, month: 3, day: 1, hour: 20, minute: 5, second: 9).description == "2024-03-01T20:05:09Z")
        #expect(Timestamp(year: 2024, month: 3, day: 1, hour: 0, minute: 0, second: 1, nanosecond: 500_000_000).description == "2024-03-01T00:00:01.5Z")
        #expect(Timestamp(secondsSinceEpoch: -1).description == "1969-12-31T23:59:59Z")
    }

    @Test("seconds and days round toward negative infinity before the epoch")
    func flooring() {
        let t = Timestamp(rawValue: -1)
        #expect(t.secondsSinceEpoch == -1)
        #expect(t.daysSinceEpoch == -1)
        #expect(t.startOfDay == Timestamp(year: 1969, month: 12, day: 31))
        #expect(t.nanosecondOfDay == Timestamp.nanosecondsPerDay - 1)
    }

    @Test("the earliest and latest instants print and find their day without overflowing")
    func extremes() {
        // Int64.min is the engine's "no event" marker: printing a context must not trap.
        let earliest = Timestamp(rawValue: Int64.min), latest = Timestamp(rawValue: Int64.max)
        #expect(earliest.description == "1677-09-21T00:12:43.145224192Z")
        #expect(latest.description == "2262-04-11T23:47:16.854775807Z")
        #expect(earliest.nanosecondOfDay == 763_145_224_192)
        #expect(earliest.startOfDay == earliest)
        #expect(latest.startOfDay == Timestamp(year: 2262, month: 4, day: 11))
        var curve = EquityCurve()
        curve.append(timestamp: earliest, equity: 1, cash: 1, grossExposure: 0, netExposure: 0)
        curve.append(timestamp: latest, equity: 1, cash: 1, grossExposure: 0, netExposure: 0)
        let rows = CSVExport.equity(curve).split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } }
        #expect(rows == [Substring(earliest.description), Substring(latest.description)])
    }

    @Test("eight digits that form a date are YYYYMMDD; other eight-digit values stay epoch seconds")
    func compactDates() {
        #expect(Timestamp(parsing: "20040819") == Timestamp(year: 2004, month: 8, day: 19))
        #expect(Timestamp(parsing: "20000229") == Timestamp(year: 2000, month: 2, day: 29))
        #expect(Timestamp(parsing: "19000229") == Timestamp(rawValue: 19_000_229 * 1_000_000_000))
        #expect(Timestamp(parsing: "20001301") == Timestamp(rawValue: 20_001_301 * 1_000_000_000))
        #expect(Timestamp(parsing: "12345678") == Timestamp(rawValue: 12_345_678 * 1_000_000_000))
    }

    @Test("an epoch number of nineteen digits is nanoseconds up to Int64.max and no timestamp beyond")
    func epochOverflow() {
        #expect(Timestamp(parsing: "9223372036854775807") == Timestamp(rawValue: .max))
        #expect(Timestamp(parsing: "9223372036854775808") == nil)
        #expect(Timestamp(parsing: "9999999999999999999") == nil)
        #expect(Timestamp(parsing: "99999999999999999999") == nil)
    }
}

import Testing
import TradingCore

@Suite("Resampling")
struct ResamplingTests {
    static func hour(_ h: Int, day: Int = 4) -> Timestamp { Timestamp(year: 2024, month: 3, day: day, hour: h) }

    /// Hourly bars closing at 09:00 … 18:00; bar i: open 100+i, high 101+i+(i%3), low 99+i−(i%2),
    /// close 100.5+i, volume 10(i+1). Highs: 101 103 105 104 106 108 107 109 111 110;
    /// lows: 99 99 101 101 103 103 105 105 107 107.
    static func hourly() throws -> BarSeries {
        try BarSeries(symbol: "H", bars: (0..<10).map { i in
            let base = 100 + Double(i)
            return Bar(timestamp: hour(9 + i), open: base, high: base + 1 + Double(i % 3), low: base - 1 - Double(i % 2), close: base + 0.5, volume: Double(10 * (i + 1)))
        })
    }

    @Test("1h → 4h: buckets (08,12], (12,16], (16,20] stamped at their close, the last one partial")
    func fourHours() throws {
        let fourHour = try Self.hourly().resampled(to: .hours(4))
        #expect(fourHour.count == 3)
        // Bars closing 09..12 (i = 0..3), 13..16 (i = 4..7), 17..18 (i = 8, 9).
        #expect(fourHour[0] == Bar(timestamp: Self.hour(12), open: 100, high: 105, low: 99, close: 103.5, volume: 100))
        #expect(fourHour[1] == Bar(timestamp: Self.hour(16), open: 104, high: 109, low: 103, close: 107.5, volume: 260))
        #expect(fourHour[2] == Bar(timestamp: Self.hour(20), open: 108, high: 111, low: 107, close: 109.5, volume: 190))
    }

    @Test("1h → 1d stamps the day at the next UTC midnight; an origin moves the boundary")
    func daily() throws {
        let daily = try Self.hourly().resampled(to: .days(1))
        #expect(daily.count == 1)
        #expect(daily[0] == Bar(timestamp: Timestamp(year: 2024, month: 3, day: 5), open: 100, high: 111, low: 99, close: 109.5, volume: 550))
        let sessions = try Self.hourly().resampled(to: .days(1), origin: Self.hour(16, day: 1))
        #expect(sessions.timestamps == [Self.hour(16), Self.hour(16, day: 5)])
        #expect(sessions[0].close == 107.5 && sessions[0].volume == 360)
    }

    @Test("resampling is associative: 1h → 2h → 4h equals 1h → 4h")
    func associative() throws {
        let hourly = try Self.hourly()
        #expect(hourly.resampled(to: .hours(2)).resampled(to: .hours(4)) == hourly.resampled(to: .hours(4)))
        #expect(hourly.resampled(to: .hours(1)) == hourly)
    }

    @Test("the streaming resampler emits a bucket only once its last bar has closed")
    func noLookAhead() throws {
        let hourly = try Self.hourly()
        var resampler = BarResampler(timeframe: .hours(4))
        var emitted: [(input: Timestamp, output: Bar)] = []
        for index in 0..<hourly.count {
            let bar = hourly[index]
            resampler.update(bar) { emitted.append((bar.timestamp, $0)) }
        }
        #expect(emitted.map(\.input) == [Self.hour(12), Self.hour(16)])
        #expect(emitted.allSatisfy { $0.output.timestamp <= $0.input })
        var flushed: [Bar] = []
        resampler.flush { flushed.append($0) }
        #expect(flushed.map(\.timestamp) == [Self.hour(20)])
    }

    @Test("a gap closes the open bucket and a bar on a boundary completes its own: two bars from one update")
    func gapEmitsTwo() {
        var resampler = BarResampler(timeframe: .hours(4))
        var output: [Bar] = []
        resampler.update(Bar(timestamp: Self.hour(9), open: 1, high: 2, low: 0.5, close: 1.5, volume: 1)) { output.append($0) }
        #expect(output.isEmpty)
        resampler.update(Bar(timestamp: Self.hour(16), open: 2, high: 3, low: 1.5, close: 2.5, volume: 2)) { output.append($0) }
        #expect(output.map(\.timestamp) == [Self.hour(12), Self.hour(16)])
        #expect(output[1] == Bar(timestamp: Self.hour(16), open: 2, high: 3, low: 1.5, close: 2.5, volume: 2))
    }

    @Test("bucket ends round up, including before the origin")
    func bucketEnds() {
        let resampler = BarResampler(timeframe: .hours(4), origin: Self.hour(0))
        #expect(resampler.bucketEnd(containing: Self.hour(12)) == Self.hour(12))
        #expect(resampler.bucketEnd(containing: Timestamp(rawValue: Self.hour(12).rawValue + 1)) == Self.hour(16))
        #expect(resampler.bucketEnd(containing: Self.hour(22, day: 3)) == Self.hour(0))
        #expect(resampler.bucketEnd(containing: Self.hour(19, day: 3)) == Self.hour(20, day: 3))
        #expect(Timeframe.hours(4).description == "4h" && Timeframe.days(1).description == "1d" && Timeframe.minutes(15).description == "15m")
    }
}

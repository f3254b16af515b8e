import Testing
@testable import TradingCore

@Suite("Chart axes")
struct ChartAxisTests {
    @Test("logarithmic ticks cover the range with 1-2-5 steps, thinned for wide ranges",
          arguments: [(9_000.0, 360_000.0, 6), (12.0, 95.0, 6), (0.5, 3_000_000.0, 5), (1_000.0, 1_000_000.0, 6), (3.0, 7.0, 5)])
    func logTicks(lower: Double, upper: Double, count: Int) throws {
        let axis = ChartAxis.logTicks(lower: lower, upper: upper, count: count)
        #expect(axis.lower <= lower && axis.upper >= upper)
        #expect(axis.ticks.first == axis.lower && axis.ticks.last == axis.upper)
        #expect(axis.ticks.count >= 2 && axis.ticks.count <= max(2, count))
        #expect(zip(axis.ticks, axis.ticks.dropFirst()).allSatisfy { $0 < $1 })
        for tick in axis.ticks {
            // Every tick is 1, 2, 3 or 5 times a power of ten.
            var mantissa = tick
            while mantissa >= 10 { mantissa /= 10 }
            while mantissa < 1 { mantissa *= 10 }
            let digit = mantissa.rounded()
            #expect(abs(mantissa - digit) < 1e-9 && [1.0, 2, 3, 5].contains(digit), "tick \(tick)")
        }
    }

    @Test("ticks are never more than a decade apart while the range fits the tick count")
    func noGaps() {
        for (lower, upper, count) in [(55_000.0, 3_700_000.0, 6), (55_000.0, 3_700_000.0, 5), (9_000.0, 360_000.0, 6), (1.0, 1e5, 6)] {
            let ticks = ChartAxis.logTicks(lower: lower, upper: upper, count: count).ticks
            #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $1 / $0 <= 10 * (1 + 1e-12) }, "\(ticks)")
        }
    }

    @Test("a tenfold equity range is drawn on a logarithmic axis; a narrow one stays linear")
    func equityScale() {
        let wide = dailyCurve((0..<500).map { 10_000 * (1.01 as Double).power($0) })
        let wideHTML = HTMLReport(title: "Wide", equityCurve: wide).render()
        #expect(wideHTML.contains("logarithmic scale"))
        let narrow = dailyCurve((0..<500).map { 10_000 + Double($0) })
        #expect(!HTMLReport(title: "Narrow", equityCurve: narrow).render().contains("logarithmic"))
        let losing = dailyCurve((0..<500).map { 10_000 * (0.99 as Double).power($0) })
        #expect(HTMLReport(title: "Losing", equityCurve: losing).render().contains("logarithmic scale"))
    }

    @Test("on a logarithmic axis equal ratios are equal distances")
    func logPlacement() {
        let chart = SVGChart(layout: .desktop(height: 340), start: Timestamp(rawValue: 0), end: Timestamp(rawValue: 1),
                             minimum: 100, maximum: 100_000, logarithmic: true)
        let step1 = chart.y(100) - chart.y(1_000), step2 = chart.y(1_000) - chart.y(10_000)
        #expect(step1 > 0 && abs(step1 - step2) < 1e-9)
        #expect(abs(chart.y(chart.upper) - chart.top) < 1e-9)
        #expect(abs(chart.y(chart.lower) - (chart.top + chart.plotHeight)) < 1e-9)
    }
}

private extension Double {
    func power(_ exponent: Int) -> Double { (0..<exponent).reduce(1.0) { value, _ in value * self } }

    @Test("a span within a day gets times of day at a round number of minutes")
    func intradayTimeTicks() {
        let open = Timestamp(rawValue: Timestamp(year: 2020, month: 1, day: 2).rawValue + (9 * 60 + 30) * 60_000_000_000)
        let close = Timestamp(rawValue: open.rawValue + 390 * 60_000_000_000)
        let ticks = ChartAxis.timeTicks(from: open, to: close, count: 10)
        #expect(ticks.map(\.label) == ["10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"])
        #expect(ticks.allSatisfy { $0.time >= open && $0.time <= close })
        let hour = ChartAxis.timeTicks(from: open, to: Timestamp(rawValue: open.rawValue + 60 * 60_000_000_000), count: 5)
        #expect(hour.map(\.label) == ["09:30", "09:45", "10:00", "10:15", "10:30"])
        let early = Timestamp(year: 1969, month: 12, day: 31)
        #expect(ChartAxis.timeTicks(from: early, to: Timestamp(rawValue: early.rawValue + 3_600_000_000_000 * 12), count: 4).map(\.label)
                == ["00:00", "03:00", "06:00", "09:00", "12:00"])
    }
}

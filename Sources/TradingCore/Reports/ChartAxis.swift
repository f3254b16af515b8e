/// Tick placement for the report's charts.
enum ChartAxis {
    /// "Nice" tick values (1, 2, 2.5 or 5 × 10ᵏ apart) covering `lower...upper` with about
    /// `count` ticks (Heckbert, "Nice Numbers for Graph Labels", Graphics Gems, 1990).
    /// Returns the padded range and the ticks inside it.
    static func niceTicks(lower: Double, upper: Double, count: Int) -> (lower: Double, upper: Double, ticks: [Double]) {
        var lower = lower, upper = upper
        if !(upper > lower) {
            let pad = lower == 0 ? 1 : abs(lower) * 0.05
            lower -= pad
            upper += pad
        }
        let rough = (upper - lower) / Double(Swift.max(1, count - 1))
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        let fraction = rough / magnitude
        let step = magnitude * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10)
        let first = (lower / step).rounded(.down) * step
        let last = (upper / step).rounded(.up) * step
        var ticks: [Double] = []
        var index = 0.0
        while first + index * step <= last + step * 1e-9 {
            ticks.append(first + index * step)
            index += 1
        }
        return (first, last, ticks)
    }

    /// Calendar ticks between two instants: 1 January of every 1st, 2nd, 5th, 10th… year for
    /// spans of three years or more, the first of every 1st, 2nd, 3rd, 6th or 12th month
    /// down to two months, and evenly spaced days below that; at most about `count` ticks.
    /// Labels are `2015`, `2015-04` or `04-17`.
    static func timeTicks(from start: Timestamp, to end: Timestamp, count: Int) -> [(time: Timestamp, label: String)] {
        let startDate = start.components, endDate = end.components
        let days = Double(end.rawValue - start.rawValue) / Double(Timestamp.nanosecondsPerDay)
        var result: [(Timestamp, String)] = []
        if days >= 3 * 365 {
            let years = endDate.year - startDate.year
            let step = [1, 2, 5, 10, 20, 50, 100].first { years / $0 <= count } ?? 100
            var year = startDate.year + 1
            while year % step != 0 { year += 1 }
            while year <= endDate.year {
                result.append((Timestamp(year: year, month: 1, day: 1), String(year)))
                year += step
            }
        } else if days >= 60 {
            let months = (endDate.year - startDate.year) * 12 + endDate.month - startDate.month
            let step = [1, 2, 3, 6, 12].first { months / $0 <= count } ?? 12
            var year = startDate.year, month = startDate.month + 1
            if month > 12 { year += 1; month = 1 }
            while (month - 1) % step != 0 { month += 1; if month > 12 { year += 1; month = 1 } }
            while true {
                let time = Timestamp(year: year, month: month, day: 1)
                if time > end { break }
                result.append((time, String(year) + "-" + (month < 10 ? "0" : "") + String(month)))
                month += step
                if month > 12 { year += 1; month -= 12 }
            }
        } else {
            let first = start.daysSinceEpoch, last = end.daysSinceEpoch
            let step = Swift.max(1, Int64((Double(last - first) / Double(count)).rounded(.up)))
            var day = first
            while day <= last {
                let time = Timestamp(rawValue: day * Timestamp.nanosecondsPerDay)
                if time >= start { result.append((time, String(time.dateString.dropFirst(5)))) }
                day += step
            }
        }
        return result
    }
}

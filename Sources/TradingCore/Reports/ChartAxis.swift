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

    /// Ticks for a logarithmic axis over `lower…upper` (both positive): the powers of ten
    /// and, while there is room for them, their 2× and 5× (else 3×) multiples — 1, 2, 5, 10,
    /// 20, 50 … — at most about `count` ticks; very wide ranges keep every 2nd, 3rd … decade.
    /// The axis runs from the tick at or below `lower` to the tick at or above `upper`.
    /// Built from exact decimal powers (no `log`/`pow`), so the report is identical on
    /// every platform.
    static func logTicks(lower: Double, upper: Double, count: Int) -> (lower: Double, upper: Double, ticks: [Double]) {
        precondition(lower > 0 && upper >= lower && upper.isFinite, "a logarithmic axis needs positive finite bounds")
        var power = 1.0
        while power > lower { power /= 10 }
        while power * 10 <= lower { power *= 10 }
        var decades = [power]
        while power < upper {
            power *= 10
            decades.append(power)
        }
        let limit = Swift.max(2, count)
        let plans: [(multiples: [Double], stride: Int)] = [([1, 2, 5], 1), ([1, 3], 1)]
            + (1...Swift.max(1, decades.count - 1)).map { ([1], $0) }
        for (multiples, stride) in plans {
            var candidates: [Double] = []
            for index in Swift.stride(from: 0, to: decades.count, by: stride) {
                for multiple in multiples { candidates.append(multiple * decades[index]) }
            }
            if (decades.count - 1) % stride != 0 { candidates.append(decades[decades.count - 1]) }
            let first = candidates.last { $0 <= lower } ?? candidates[0]
            let last = candidates.first { $0 >= upper } ?? candidates[candidates.count - 1]
            let ticks = candidates.filter { $0 >= first && $0 <= last }
            if ticks.count <= limit { return (first, last, ticks) }
        }
        return (decades[0], decades[decades.count - 1], [decades[0], decades[decades.count - 1]])
    }

    /// Calendar ticks between two instants: 1 January of every 1st, 2nd, 5th, 10th… year for
    /// spans of three years or more, the first of every 1st, 2nd, 3rd, 6th or 12th month
    /// down to two months, evenly spaced days down to two days, and below that times of day at
    /// a whole number of minutes (1, 2, 5, 10, 15 or 30) or hours (1, 2, 3, 4, 6 or 12); at
    /// most about `count` ticks. Labels are `2015`, `2015-04`, `04-17` or `14:30` (UTC).
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
        } else if days < 2 {
            let minute = Int64(60_000_000_000)
            let minutes = Double(end.rawValue - start.rawValue) / Double(minute)
            let step = minute * ([1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 720].first { minutes / Double($0) <= Double(count) } ?? 1_440)
            // The first multiple of the step (counted from midnight UTC) at or after the start.
            var time = start.rawValue - ((start.rawValue % step) + step) % step
            if time < start.rawValue { time += step }
            while time <= end.rawValue {
                let ofDay = ((time % Timestamp.nanosecondsPerDay) + Timestamp.nanosecondsPerDay) % Timestamp.nanosecondsPerDay / minute
                let (hour, minuteOfHour) = (ofDay / 60, ofDay % 60)
                result.append((Timestamp(rawValue: time), (hour < 10 ? "0" : "") + String(hour) + ":" + (minuteOfHour < 10 ? "0" : "") + String(minuteOfHour)))
                time += step
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

extension BarSeries {
    /// The time of day every bar is stamped at, in nanoseconds after UTC midnight, or `nil`
    /// when the bars are stamped at different times of day (intraday bars) or there are none.
    ///
    /// Daily bars carry one: midnight for files dated by day, the session's close (21:00 UTC,
    /// say) for files stamped at the close.
    ///
    /// - Complexity: O(n), stopping at the first bar with another time of day.
    public var sharedTimeOfDay: Int64? {
        guard let first = timestamps.first?.nanosecondOfDay else { return nil }
        for timestamp in timestamps where timestamp.nanosecondOfDay != first { return nil }
        return first
    }

    /// Why a run over `series` would not step once a day, or `nil` when it would or when the
    /// series are not all daily.
    ///
    /// Instruments whose daily bars are stamped at different times of day (one file dated by
    /// day, another stamped at the close) share no step: the run steps at both times each day,
    /// each step holds one instrument's bar, a decision at one instrument's bar sees the
    /// other's bar of the day before, and the inferred annualization counts twice the steps a
    /// year. Tools print this as a warning; the fix is to stamp the files alike.
    ///
    /// - Parameter series: the run's series, one per instrument.
    /// - Returns: a sentence naming the first two instruments stamped at different times.
    /// - Complexity: O(total bars).
    public static func timeOfDayMismatch(in series: [BarSeries]) -> String? {
        guard series.count > 1 else { return nil }
        var first: (symbol: String, time: Int64)?
        for candidate in series where !candidate.isEmpty {
            guard let time = candidate.sharedTimeOfDay else { return nil }
            guard let earlier = first else {
                first = (candidate.symbol, time)
                continue
            }
            if time != earlier.time {
                return "\(earlier.symbol)'s daily bars are stamped at \(Self.clockText(earlier.time)) UTC and "
                    + "\(candidate.symbol)'s at \(Self.clockText(time)) UTC: the run steps at both times each day, "
                    + "with one instrument's bar at each step; stamp the files alike"
            }
        }
        return nil
    }

    /// `HH:MM:SS` (with a fraction when there is one) for a time of day in nanoseconds.
    private static func clockText(_ nanoseconds: Int64) -> String {
        let text = Timestamp(rawValue: nanoseconds).description
        guard let separator = text.firstIndex(of: "T") else { return "00:00:00" }
        return String(text[text.index(after: separator)...].prefix { $0 != "Z" })
    }
}

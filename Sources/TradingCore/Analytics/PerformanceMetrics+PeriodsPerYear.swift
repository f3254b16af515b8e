extension PerformanceMetrics {
    /// Bars per year inferred from the median spacing of `timestamps`.
    ///
    /// The median (lower median for an even count) ignores weekend and holiday gaps, so a
    /// daily equity series has a 1-day median. The spacing maps to `P` as follows:
    ///
    /// | median spacing | bars | `P` |
    /// |---|---|---|
    /// | under 20 hours | intraday | `252 × max(1, 23 400 s / spacing)` — an equity session of 6.5 h: hourly → 1 638, 1-minute → 98 280 |
    /// | 20 hours to under 4 days | daily | 252 trading days |
    /// | 4 to under 20 days | weekly | 52 |
    /// | 20 to under 80 days | monthly | 12 |
    /// | 80 to under 200 days | quarterly | 4 |
    /// | 200 days or more | yearly | 1 |
    ///
    /// Markets that trade around the clock (crypto: 365 daily bars a year) should pass
    /// `periodsPerYear` explicitly. With fewer than two timestamps the daily value, 252, is returned.
    ///
    /// - Complexity: O(n) expected (quickselect on the spacings).
    public static func inferredPeriodsPerYear(timestamps: [Timestamp]) -> Double {
        guard timestamps.count > 1 else { return 252 }
        var spacings = (1..<timestamps.count).map { timestamps[$0].rawValue - timestamps[$0 - 1].rawValue }
        let median = Double(spacings.selectElement(rank: (spacings.count - 1) / 2)) / 1e9
        let day = 86_400.0
        switch median {
        case ..<(20 * 3_600): return 252 * Swift.max(1, 23_400 / median)
        case ..<(4 * day): return 252
        case ..<(20 * day): return 52
        case ..<(80 * day): return 12
        case ..<(200 * day): return 4
        default: return 1
        }
    }
}

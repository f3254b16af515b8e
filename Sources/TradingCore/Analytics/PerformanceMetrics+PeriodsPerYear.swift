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
    /// - Complexity: O(n) expected: one pass when the spacings take few distinct values (as
    ///   regular bars' do), otherwise quickselect on a copy of them.
    public static func inferredPeriodsPerYear(timestamps: [Timestamp]) -> Double {
        guard timestamps.count > 1 else { return 252 }
        let rank = (timestamps.count - 2) / 2
        let spacing = fewSpacingsElement(rank: rank, of: timestamps) ?? {
            var spacings = (1..<timestamps.count).map { timestamps[$0].rawValue - timestamps[$0 - 1].rawValue }
            return spacings.selectElement(rank: rank)
        }()
        let median = Double(spacing) / 1e9
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

    /// The spacing between consecutive `timestamps` that would be at `rank` if the spacings
    /// were sorted, found by counting them when they take at most ``distinctSpacingLimit``
    /// distinct values (no allocation, one comparison per spacing in a regular series);
    /// `nil` when they take more.
    ///
    /// - Precondition: `0 ≤ rank < timestamps.count − 1`.
    static func fewSpacingsElement(rank: Int, of timestamps: [Timestamp]) -> Int64? {
        precondition(rank >= 0 && rank < timestamps.count - 1, "rank out of range")
        return withUnsafeTemporaryAllocation(of: (value: Int64, count: Int).self, capacity: distinctSpacingLimit) { tally in
            var distinct = 0, latest = 0
            let complete = timestamps.withUnsafeBufferPointer { times -> Bool in
                for index in 1..<times.count {
                    let spacing = times[index].rawValue - times[index - 1].rawValue
                    // The spacing of the step before is the likeliest match.
                    if distinct > 0 && tally[latest].value == spacing {
                        tally[latest].count += 1
                        continue
                    }
                    if let slot = (0..<distinct).first(where: { tally[$0].value == spacing }) {
                        tally[slot].count += 1
                        latest = slot
                        continue
                    }
                    guard distinct < distinctSpacingLimit else { return false }
                    tally.initializeElement(at: distinct, to: (spacing, 1))
                    latest = distinct
                    distinct += 1
                }
                return true
            }
            guard complete else { return nil }
            let sorted = tally[..<distinct].sorted { $0.value < $1.value }
            var below = 0
            for entry in sorted {
                below += entry.count
                if rank < below { return entry.value }
            }
            preconditionFailure("the counts cover every rank")
        }
    }

    /// How many distinct spacings ``fewSpacingsElement(rank:of:)`` counts before giving up.
    static let distinctSpacingLimit = 16
}

extension PerformanceMetrics {
    /// The deepest drawdown and the longest drawdown episode of an equity series.
    struct DrawdownStatistics {
        /// `min(equityᵢ / peakᵢ − 1)` (≤ 0), with `peakᵢ` the running maximum; 0 while the peak is not positive.
        var maximum = 0.0
        /// The longest episode in bars.
        var longestBars = 0
        /// The longest episode in calendar days.
        var longestDays = 0.0
    }

    /// Scans the series once. An episode starts at the last point at the running peak and
    /// ends at the first later point back at or above it, or at the last point if equity
    /// never recovered; its length is measured in bars and, separately, in days between
    /// the two points' timestamps. This is backtesting.py's "drawdown duration" (peak to
    /// recovery), except that a drawdown beginning on the very last bar counts as one bar.
    ///
    /// - Complexity: O(n).
    static func drawdownStatistics(equity: [Double], timestamps: [Timestamp]) -> DrawdownStatistics {
        var result = DrawdownStatistics()
        guard !equity.isEmpty else { return result }
        var peak = equity[0], peakIndex = 0, isInDrawdown = false
        func closeEpisode(at index: Int) {
            result.longestBars = Swift.max(result.longestBars, index - peakIndex)
            let days = Double(timestamps[index].rawValue - timestamps[peakIndex].rawValue) / Double(Timestamp.nanosecondsPerDay)
            result.longestDays = Swift.max(result.longestDays, days)
        }
        for index in equity.indices {
            let value = equity[index]
            guard value.isFinite else { continue }
            if value >= peak || !peak.isFinite {
                if isInDrawdown { closeEpisode(at: index) }
                isInDrawdown = false
                peak = value
                peakIndex = index
            } else {
                isInDrawdown = true
                if peak > 0 { result.maximum = Swift.min(result.maximum, value / peak - 1) }
            }
        }
        if isInDrawdown { closeEpisode(at: equity.count - 1) }
        return result
    }
}

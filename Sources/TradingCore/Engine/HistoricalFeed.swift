/// Merges several bar series into one stream of timestamp slices (a k-way merge).
///
/// ``next()`` fills a reused ``BarSlice`` with the bars of every series at the earliest
/// timestamp not yet delivered, so stepping allocates nothing. ``Backtest`` drives it
/// directly; ``ReplayFeed`` wraps it as an `AsyncSequence` for the paper/live driver.
///
/// - Complexity: O(series) per step.
public struct HistoricalFeed: Sendable {
    /// The series, by instrument index.
    public let series: [BarSeries]
    /// The slice of the latest step.
    @inlinable
    public var slice: BarSlice { currentSlice }
    @usableFromInline var currentSlice: BarSlice
    private var cursors: [Int]
    /// The cursor of a one-series feed (kept out of `cursors` so its step writes no array).
    @usableFromInline var soleCursor = 0

    /// Creates a feed over `series`.
    public init(series: [BarSeries]) {
        self.series = series
        self.currentSlice = BarSlice(instrumentCount: series.count)
        self.cursors = Array(repeating: 0, count: series.count)
    }

    /// The largest number of bars in one series (an upper bound on the steps is their sum).
    public var longestSeriesCount: Int { series.reduce(0) { Swift.max($0, $1.count) } }

    /// The number of bars in all series together.
    public var totalBarCount: Int { series.reduce(0) { $0 + $1.count } }

    /// The number of bars delivered so far, over all series.
    ///
    /// - Complexity: O(series).
    public var deliveredBarCount: Int { series.count == 1 ? soleCursor : cursors.reduce(0, +) }

    /// Advances to the next timestamp; returns `false` when every series is exhausted.
    #if compiler(>=6.3)
    @inline(always)  // the optimizer otherwise keeps this a call on every bar
    #else
    @inline(__always)
    #endif
    @inlinable
    public mutating func next() -> Bool {
        guard series.count == 1 else { return nextMerged() }
        guard soleCursor < series[0].count else { return false }
        currentSlice.setSole(series[0][soleCursor])
        soleCursor += 1
        return true
    }

    /// ``next()`` over several series: the k-way merge step.
    @usableFromInline
    mutating func nextMerged() -> Bool {
        var earliest: Timestamp?
        for index in series.indices where cursors[index] < series[index].count {
            let time = series[index].timestamps[cursors[index]]
            if earliest.map({ time < $0 }) ?? true { earliest = time }
        }
        guard let time = earliest else { return false }
        currentSlice.reset(timestamp: time)
        for index in series.indices where cursors[index] < series[index].count && series[index].timestamps[cursors[index]] == time {
            currentSlice.set(series[index][cursors[index]], at: index)
            cursors[index] += 1
        }
        return true
    }
}

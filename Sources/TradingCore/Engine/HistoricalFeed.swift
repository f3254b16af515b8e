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
    ///
    /// - Precondition: each series' columns have one length (every `BarSeries` initializer
    ///   ensures it; checked here once because ``next()`` reads the columns of a one-series
    ///   feed after a single index check).
    public init(series: [BarSeries]) {
        for one in series {
            let count = one.timestamps.count
            precondition(one.open.count == count && one.high.count == count && one.low.count == count
                         && one.close.count == count && one.volume.count == count, "series columns differ in length")
        }
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
        let cursor = soleCursor
        // Compared unsigned (the cursor is never negative), the test is the one `bar(of:at:)`
        // repeats, so the optimizer keeps one.
        guard UInt(bitPattern: cursor) < UInt(bitPattern: series[0].count) else { return false }
        currentSlice.setSole(Self.bar(of: series[0], at: cursor))
        soleCursor = cursor + 1
        return true
    }

    /// The bar at `index` of `series`, read after one index check: `BarSeries`'s subscript
    /// checks the index against each of its six columns (≈ 15 instructions a bar in the run
    /// loop); the columns have one length (checked at `init`), so one check covers them all.
    ///
    /// - Precondition: `0 ≤ index < series.count`.
    @inlinable @inline(__always)
    static func bar(of series: BarSeries, at index: Int) -> Bar {
        precondition(UInt(bitPattern: index) < UInt(bitPattern: series.timestamps.count), "bar index out of range")
        func column<T>(_ values: [T]) -> T { values.withUnsafeBufferPointer { $0[index] } }
        return Bar(timestamp: column(series.timestamps), open: column(series.open), high: column(series.high),
                   low: column(series.low), close: column(series.close), volume: column(series.volume))
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

/// One instrument's price history, stored column by column (struct of arrays).
///
/// Columnar storage keeps each field contiguous, so indicators and the engine stream over
/// `close` or `high` without touching the other columns. A series is validated when it is
/// built: all columns have the same length and timestamps strictly increase. Price
/// plausibility (high ≥ low, positive prices, …) is the data validator's job, because it
/// needs file and line context to report well.
public struct BarSeries: Hashable, Sendable {
    /// The instrument's ticker.
    public var symbol: String
    /// Bar close instants, strictly increasing.
    public private(set) var timestamps: [Timestamp]
    /// Opening prices.
    public private(set) var open: [Double]
    /// High prices.
    public private(set) var high: [Double]
    /// Low prices.
    public private(set) var low: [Double]
    /// Closing prices.
    public private(set) var close: [Double]
    /// Volumes.
    public private(set) var volume: [Double]

    /// Creates a series from columns.
    ///
    /// - Throws: ``BarSeriesError`` when the columns differ in length or a timestamp does
    ///   not strictly follow its predecessor.
    public init(
        symbol: String, timestamps: [Timestamp],
        open: [Double], high: [Double], low: [Double], close: [Double], volume: [Double]
    ) throws(BarSeriesError) {
        let count = timestamps.count
        guard open.count == count, high.count == count, low.count == count, close.count == count, volume.count == count else {
            throw .columnLengthMismatch(symbol: symbol)
        }
        if count > 1 {
            for index in 1..<count where timestamps[index] <= timestamps[index - 1] {
                throw .nonIncreasingTimestamp(symbol: symbol, index: index, previous: timestamps[index - 1], current: timestamps[index])
            }
        }
        self.symbol = symbol
        self.timestamps = timestamps
        self.open = open
        self.high = high
        self.low = low
        self.close = close
        self.volume = volume
    }

    /// Creates a series from bars.
    ///
    /// - Throws: ``BarSeriesError/nonIncreasingTimestamp(symbol:index:previous:current:)``.
    public init(symbol: String, bars: some Sequence<Bar>) throws(BarSeriesError) {
        var timestamps: [Timestamp] = [], open: [Double] = [], high: [Double] = []
        var low: [Double] = [], close: [Double] = [], volume: [Double] = []
        for bar in bars {
            timestamps.append(bar.timestamp)
            open.append(bar.open)
            high.append(bar.high)
            low.append(bar.low)
            close.append(bar.close)
            volume.append(bar.volume)
        }
        try self.init(symbol: symbol, timestamps: timestamps, open: open, high: high, low: low, close: close, volume: volume)
    }

    /// An empty series for `symbol`.
    public init(symbol: String) {
        self.symbol = symbol
        timestamps = []
        open = []
        high = []
        low = []
        close = []
        volume = []
    }

    /// The number of bars.
    @inlinable
    public var count: Int { timestamps.count }

    /// Whether the series has no bars.
    @inlinable
    public var isEmpty: Bool { timestamps.isEmpty }

    /// The bar at `index`.
    @inlinable
    public subscript(index: Int) -> Bar {
        Bar(timestamp: timestamps[index], open: open[index], high: high[index], low: low[index], close: close[index], volume: volume[index])
    }

    /// The first bar's timestamp, or `nil` when empty.
    public var firstTimestamp: Timestamp? { timestamps.first }
    /// The last bar's timestamp, or `nil` when empty.
    public var lastTimestamp: Timestamp? { timestamps.last }

    /// Appends a bar.
    ///
    /// - Throws: ``BarSeriesError/nonIncreasingTimestamp(symbol:index:previous:current:)`` when
    ///   `bar` does not come strictly after the last bar; the series is left unchanged.
    public mutating func append(_ bar: Bar) throws(BarSeriesError) {
        if let last = timestamps.last, bar.timestamp <= last {
            throw .nonIncreasingTimestamp(symbol: symbol, index: count, previous: last, current: bar.timestamp)
        }
        timestamps.append(bar.timestamp)
        open.append(bar.open)
        high.append(bar.high)
        low.append(bar.low)
        close.append(bar.close)
        volume.append(bar.volume)
    }

    /// The bars whose timestamps lie in `range` (a view copy; O(n) in the slice length).
    public func bars(in range: ClosedRange<Timestamp>) -> BarSeries {
        let lower = firstIndex(atOrAfter: range.lowerBound)
        var upper = firstIndex(atOrAfter: range.upperBound)
        if upper < count && timestamps[upper] == range.upperBound { upper += 1 }
        return prefix(upper).suffix(from: lower)
    }

    /// The first `length` bars.
    public func prefix(_ length: Int) -> BarSeries {
        let n = Swift.max(0, Swift.min(length, count))
        return BarSeries(unchecked: symbol, timestamps[..<n], open[..<n], high[..<n], low[..<n], close[..<n], volume[..<n])
    }

    /// The bars from `start` to the end.
    public func suffix(from start: Int) -> BarSeries {
        let s = Swift.max(0, Swift.min(start, count))
        return BarSeries(unchecked: symbol, timestamps[s...], open[s...], high[s...], low[s...], close[s...], volume[s...])
    }

    /// The index of the first bar at or after `timestamp` (binary search), or `count`.
    ///
    /// - Complexity: O(log n).
    public func firstIndex(atOrAfter timestamp: Timestamp) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if timestamps[mid] < timestamp { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private init(
        unchecked symbol: String, _ t: ArraySlice<Timestamp>, _ o: ArraySlice<Double>, _ h: ArraySlice<Double>,
        _ l: ArraySlice<Double>, _ c: ArraySlice<Double>, _ v: ArraySlice<Double>
    ) {
        self.symbol = symbol
        timestamps = Array(t)
        open = Array(o)
        high = Array(h)
        low = Array(l)
        close = Array(c)
        volume = Array(v)
    }
}

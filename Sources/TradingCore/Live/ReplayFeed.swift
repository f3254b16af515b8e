/// Historical bars replayed as an asynchronous feed, for paper trading against history and
/// for proving that the async driver reproduces a backtest.
public struct ReplayFeed: AsyncSequence, Sendable {
    /// The slices, one per timestamp.
    public typealias Element = BarSlice

    private let series: [BarSeries]

    /// Creates a feed over `series` (one per instrument, in index order).
    public init(series: [BarSeries]) { self.series = series }

    /// Iterates the slices in time order.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var feed: HistoricalFeed

        /// The next slice, or `nil` at the end.
        public mutating func next() async -> BarSlice? {
            feed.next() ? feed.slice : nil
        }
    }

    /// A fresh iterator from the first bar.
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(feed: HistoricalFeed(series: series)) }
}

/// One period of market data for one instrument: open, high, low, close and volume.
///
/// `timestamp` is the instant the bar *closes*: a daily bar of 2024-03-01 carries the
/// close of that session, so the bar — and anything computed from it — is only knowable
/// at or after `timestamp`. This convention is what makes "no look-ahead" checkable.
public struct Bar: Hashable, Sendable, Codable {
    /// The instant the bar closes (UTC).
    public var timestamp: Timestamp
    /// The first traded price of the period.
    public var open: Double
    /// The highest traded price of the period.
    public var high: Double
    /// The lowest traded price of the period.
    public var low: Double
    /// The last traded price of the period.
    public var close: Double
    /// The traded quantity over the period.
    public var volume: Double

    /// Creates a bar; no validation is performed (see ``BarValidator`` for data checks).
    @inlinable
    public init(timestamp: Timestamp, open: Double, high: Double, low: Double, close: Double, volume: Double) {
        self.timestamp = timestamp
        self.open = open
        self.high = high
        self.low = low
        self.close = close
        self.volume = volume
    }

    /// The typical price, `(high + low + close) / 3`.
    @inlinable
    public var typicalPrice: Double { (high + low + close) / 3 }
}

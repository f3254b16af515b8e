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

    /// The prices data files may carry: from 1e-12 (a token quoted in another, far dearer
    /// one) to 1e15. Beyond them no market trades, and positions, equity and indicators
    /// would leave the range of a `Double` (a price jumping from 1e-300 to 1 multiplies a
    /// position's value by 1e300). Loading refuses other prices (``DataIssueKind/priceOutOfRange(_:)``).
    public static let supportedPrices: ClosedRange<Double> = 1e-12...1e15

    /// The largest volume data files may carry, 1e18 (the busiest tokens trade about 1e15
    /// units a day); loading refuses larger ones (``DataIssueKind/volumeOutOfRange(_:)``).
    public static let maximumVolume = 1e18

    /// Creates a bar; no validation is performed (loading a file checks its bars: see
    /// ``DataValidationReport``).
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

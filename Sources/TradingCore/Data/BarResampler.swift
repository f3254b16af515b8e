/// Streams bars into coarser bars of a ``Timeframe``, emitting each one only once it is complete.
///
/// Bars are stamped at their close, so a bar closing at `t` belongs to the bucket
/// `(end − timeframe, end]` with `end = origin + ⌈(t − origin) / timeframe⌉ · timeframe`:
/// a 1-hour bar closing at 12:00 falls in the 4-hour bucket ending 12:00, one closing at 13:00
/// in the bucket ending 16:00. Aggregation: first open, highest high, lowest low, last close,
/// summed volume; the output bar is stamped at the bucket's end.
///
/// A bucket is emitted as soon as it is known to be complete — when an input bar closes
/// exactly at the bucket's end, or when a bar from a later bucket arrives — so a coarse bar
/// is never visible before its last input bar has closed. ``flush(_:)`` emits a trailing
/// partial bucket when the stream ends.
public struct BarResampler: Sendable {
    /// The output bar length.
    public let timeframe: Timeframe
    /// An instant on a bucket boundary (the epoch by default, i.e. UTC midnights for days).
    public let origin: Timestamp

    private var pending: Bar?
    private var lastInput: Timestamp?

    /// Creates a resampler.
    ///
    /// - Parameters:
    ///   - timeframe: the output bar length.
    ///   - origin: an instant on a bucket boundary, e.g. a Monday midnight for weekly bars
    ///     or 20:00 UTC for daily bars ending at a US session close.
    public init(timeframe: Timeframe, origin: Timestamp = Timestamp(rawValue: 0)) {
        self.timeframe = timeframe
        self.origin = origin
    }

    /// The end (close instant) of the bucket that a bar closing at `timestamp` belongs to.
    @inlinable
    public func bucketEnd(containing timestamp: Timestamp) -> Timestamp {
        let offset = timestamp.rawValue - origin.rawValue
        let (quotient, remainder) = offset.quotientAndRemainder(dividingBy: timeframe.nanoseconds)
        let buckets = remainder > 0 ? quotient + 1 : quotient
        return Timestamp(rawValue: origin.rawValue + buckets * timeframe.nanoseconds)
    }

    /// Adds one bar and passes every bucket it completes to `emit` (zero, one or two bars).
    ///
    /// - Precondition: `bar` closes after the previous input bar.
    public mutating func update(_ bar: Bar, emit: (Bar) -> Void) {
        precondition(lastInput.map { $0 < bar.timestamp } ?? true, "resampler input must be in increasing time order")
        lastInput = bar.timestamp
        let end = bucketEnd(containing: bar.timestamp)
        if var current = pending, current.timestamp == end {
            current.high = Swift.max(current.high, bar.high)
            current.low = Swift.min(current.low, bar.low)
            current.close = bar.close
            current.volume += bar.volume
            pending = current
        } else {
            if let previous = pending { emit(previous) }
            pending = Bar(timestamp: end, open: bar.open, high: bar.high, low: bar.low, close: bar.close, volume: bar.volume)
        }
        if bar.timestamp == end, let complete = pending {
            emit(complete)
            pending = nil
        }
    }

    /// Emits the partial bucket still open, if any (call when the input ends).
    public mutating func flush(_ emit: (Bar) -> Void) {
        if let partial = pending { emit(partial) }
        pending = nil
    }
}

import TradingCore

/// The Donchian channel: the highest high and lowest low of the last `period` bars.
///
/// `upper = max(high)`, `lower = min(low)` over the last `period` bars **including the
/// current one**, `middle = (upper + lower) / 2` (Donchian's definition as used by the Turtle
/// rules; a breakout test against the previous bar's channel reads the output one bar late).
/// Updates are O(1) amortized on market-like data, O(period) in the worst case (a rolling
/// extreme rescans its window when the extreme leaves, as TA-Lib). Warm-up: `period` bars. A non-finite high or
/// low makes the outputs whose window contains it NaN.
public struct DonchianChannel: Indicator {
    /// The channel at one bar.
    public struct Output: Hashable, Sendable {
        /// The highest high.
        public var upper: Double
        /// `(upper + lower) / 2`.
        public var middle: Double
        /// The lowest low.
        public var lower: Double

        /// Creates an output from its values.
        @inlinable
        public init(upper: Double, middle: Double, lower: Double) {
            self.upper = upper
            self.middle = middle
            self.lower = lower
        }
    }

    /// The window length in bars.
    public let period: Int
    @usableFromInline var range: RollingRange

    /// Creates a Donchian channel.
    ///
    /// - Parameter period: bars in the window; default 20.
    /// - Precondition: `period > 0`.
    public init(period: Int = 20) {
        precondition(period > 0, "DonchianChannel period must be positive")
        self.period = period
        range = RollingRange(period: period)
    }

    /// `period` bars.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` bars have been seen.
    @inlinable public var isReady: Bool { range.isFull }

    /// Consumes one bar; returns the channel once warmed up.
    @inlinable @inline(__always)
    public mutating func update(_ bar: Bar) -> Output? {
        guard range.push(bar) else { return nil }
        guard !range.containsNonFinite else { return Output(upper: .nan, middle: .nan, lower: .nan) }
        let upper = range.high, lower = range.low
        return Output(upper: upper, middle: (upper + lower) / 2, lower: lower)
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        range.removeAll()
    }
}

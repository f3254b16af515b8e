/// How far the price stands above its simple moving average, as a fraction.
///
/// `PriceToMovingAverage(t) = x(t) / SMA(period)(t) − 1` — e.g. 0.05 when the close is 5 %
/// above its `period`-bar mean (the TrendBreakout "price vs moving average" feature). The SMA
/// includes the current value. A zero mean gives ±∞ or NaN by IEEE division.
///
/// Warm-up: `period` values. A non-finite input makes the outputs whose window contains it NaN.
public struct PriceToMovingAverage: Indicator {
    /// The moving-average period.
    public var period: Int { average.period }
    @usableFromInline var average: SimpleMovingAverage

    /// Creates the feature over a `period`-value SMA.
    ///
    /// - Precondition: `period > 0`.
    public init(period: Int) {
        average = SimpleMovingAverage(period: period)
    }

    /// `period` values.
    @inlinable public var warmUpPeriod: Int { average.warmUpPeriod }
    /// Whether `period` values have been seen.
    @inlinable public var isReady: Bool { average.isReady }

    /// Consumes one price; returns `price / SMA − 1` once warmed up.
    #if compiler(>=6.3)
    @inline(always)  // otherwise an out-of-line call per update; see RollingSum.push(_:)
    #else
    @inline(__always)
    #endif
    @inlinable
    public mutating func update(_ price: Double) -> Double? {
        guard let mean = average.update(price) else { return nil }
        return price / mean - 1
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() { average.reset() }
}

import TradingCore

/// The raw stochastic `%K` over `period` bars, TA-Lib's arithmetic: `(close − lowest) /
/// ((highest − lowest) / 100)`, and 0 when the range is exactly 0.
@usableFromInline
struct StochasticRange: Sendable {
    @usableFromInline let period: Int
    @usableFromInline var range: RollingRange

    @usableFromInline
    init(period: Int) {
        precondition(period > 0, "stochastic period must be positive")
        self.period = period
        range = RollingRange(period: period)
    }

    @inlinable @inline(__always)
    mutating func update(_ bar: Bar) -> Double? {
        guard range.push(bar) else { return nil }
        guard !range.containsNonFinite, bar.close.isFinite else { return .nan }
        let scaled = (range.high - range.low) / 100
        return scaled != 0 ? (bar.close - range.low) / scaled : 0
    }

    @inlinable
    mutating func reset() {
        range.removeAll()
    }
}

import TradingCore

/// The raw stochastic `%K` over `period` bars, TA-Lib 0.8's arithmetic: `100 · ((close −
/// lowest) / (highest − lowest))`, and 0 when the range is zero within TA-Lib 0.8's dead-zone,
/// `|highest − lowest| ≤ 1e-14 × (|highest| + |lowest|)` (a window of 0.3 and 0.1 + 0.2 is flat).
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
        let width = range.high - range.low
        guard !TALibThresholds.isZeroScaled(width, scale: abs(range.high) + abs(range.low)) else { return 0 }
        return 100 * ((bar.close - range.low) / width)
    }

    @inlinable
    mutating func reset() {
        range.removeAll()
    }
}

import TradingCore

/// The raw stochastic `%K` over `period` bars, TA-Lib's arithmetic: `(close − lowest) /
/// ((highest − lowest) / 100)`, and 0 when the range is exactly 0.
@usableFromInline
struct StochasticRange: Sendable {
    @usableFromInline let period: Int
    @usableFromInline var highest: RollingExtreme<Highest>
    @usableFromInline var lowest: RollingExtreme<Lowest>

    @usableFromInline
    init(period: Int) {
        precondition(period > 0, "stochastic period must be positive")
        self.period = period
        highest = RollingExtreme<Highest>(period: period)
        lowest = RollingExtreme<Lowest>(period: period)
    }

    @inlinable @inline(__always)
    mutating func update(_ bar: Bar) -> Double? {
        highest.push(bar.high)
        lowest.push(bar.low)
        guard highest.isFull else { return nil }
        guard !highest.containsNonFinite, !lowest.containsNonFinite, bar.close.isFinite else { return .nan }
        let range = (highest.extreme - lowest.extreme) / 100
        return range != 0 ? (bar.close - lowest.extreme) / range : 0
    }

    @inlinable
    mutating func reset() {
        highest.removeAll()
        lowest.removeAll()
    }
}

import TradingCore

/// The highest high and lowest low over the last `period` bars, including the current one:
/// the window shared by WILLR, STOCH/STOCHF's raw `%K` and the Donchian channel.
@usableFromInline
struct RollingRange: Sendable {
    @usableFromInline var highest: RollingExtreme<Highest>
    @usableFromInline var lowest: RollingExtreme<Lowest>

    @usableFromInline
    init(period: Int) {
        highest = RollingExtreme<Highest>(period: period)
        lowest = RollingExtreme<Lowest>(period: period)
    }

    /// Adds one bar's high and low; returns whether the window is full.
    @inlinable @inline(__always)
    mutating func push(_ bar: Bar) -> Bool {
        highest.push(bar.high)
        lowest.push(bar.low)
        return highest.isFull
    }

    /// Whether `period` bars have been pushed.
    @inlinable
    var isFull: Bool { highest.isFull }
    /// Whether a high or low in the window is NaN or infinite.
    @inlinable
    var containsNonFinite: Bool { highest.containsNonFinite || lowest.containsNonFinite }
    /// The highest high in the window.
    @inlinable
    var high: Double { highest.extreme }
    /// The lowest low in the window.
    @inlinable
    var low: Double { lowest.extreme }

    /// Empties the window.
    @inlinable
    mutating func removeAll() {
        highest.removeAll()
        lowest.removeAll()
    }
}

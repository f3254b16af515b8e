import TradingCore

/// Williams' %R (TA-Lib `WILLR`), −100…0.
///
/// `%R = −100 · (highest high − close) / (highest high − lowest low)` over `period` bars
/// including the current one, in TA-Lib's arithmetic (`(HH − C) / ((HH − LL) / −100)`), 0 when
/// the range is 0. Warm-up: `period` bars. A non-finite field makes the outputs whose window
/// contains it NaN.
public struct WilliamsPercentRange: Indicator {
    /// The window length.
    public let period: Int
    @usableFromInline var highest: RollingExtreme<Highest>
    @usableFromInline var lowest: RollingExtreme<Lowest>

    /// Creates a Williams %R.
    ///
    /// - Parameter period: TA-Lib accepts 2…100 000 (1 is accepted here); default 14.
    /// - Precondition: `period > 0`.
    public init(period: Int = 14) {
        precondition(period > 0, "WilliamsPercentRange period must be positive")
        self.period = period
        highest = RollingExtreme<Highest>(period: period)
        lowest = RollingExtreme<Lowest>(period: period)
    }

    /// `period` bars.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` bars have been seen.
    @inlinable public var isReady: Bool { highest.isFull }

    /// Consumes one bar; returns %R once warmed up.
    @inlinable
    public mutating func update(_ bar: Bar) -> Double? {
        highest.push(bar.high)
        lowest.push(bar.low)
        guard highest.isFull else { return nil }
        guard !highest.containsNonFinite, !lowest.containsNonFinite, bar.close.isFinite else { return .nan }
        let range = (highest.extreme - lowest.extreme) / -100
        return range != 0 ? (highest.extreme - bar.close) / range : 0
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        highest.removeAll()
        lowest.removeAll()
    }
}

/// TA-Lib's name for ``WilliamsPercentRange``.
public typealias WILLR = WilliamsPercentRange

/// The midpoint of the last `period` values: `(highest + lowest) / 2` (TA-Lib `MIDPOINT`).
///
/// Updates are O(1) amortized on market-like data, O(period) in the worst case (a rolling
/// extreme rescans its window when the extreme leaves, as TA-Lib). Warm-up: `period` values. A non-finite
/// input makes the outputs whose window contains it NaN.
public struct Midpoint: Indicator {
    /// The window length.
    public let period: Int
    @usableFromInline var highest: RollingExtreme<Highest>
    @usableFromInline var lowest: RollingExtreme<Lowest>

    /// Creates a rolling midpoint.
    ///
    /// - Parameter period: TA-Lib accepts 2…100 000 (1 is the identity here); default 14.
    /// - Precondition: `period > 0`.
    public init(period: Int = 14) {
        precondition(period > 0, "Midpoint period must be positive")
        self.period = period
        highest = RollingExtreme<Highest>(period: period)
        lowest = RollingExtreme<Lowest>(period: period)
    }

    /// `period` values.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` values have been seen.
    @inlinable public var isReady: Bool { highest.isFull }

    /// Consumes one value; returns the window's midpoint once warmed up.
    @inlinable @inline(__always)
    public mutating func update(_ value: Double) -> Double? {
        highest.push(value)
        lowest.push(value)
        guard highest.isFull else { return nil }
        return highest.containsNonFinite ? .nan : (highest.extreme + lowest.extreme) / 2
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() {
        highest.removeAll()
        lowest.removeAll()
    }
}

/// TA-Lib's name for ``Midpoint``.
public typealias MIDPOINT = Midpoint

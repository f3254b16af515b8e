/// The lowest of the last `period` values (TA-Lib `MIN`).
///
/// The window is kept with the index of its minimum, rescanned only when the minimum leaves
/// (TA-Lib's scheme): O(1) amortized on market-like data, O(period) per update in the worst
/// case (a strictly rising series); memory is O(period). Warm-up: `period` values (TA-Lib
/// lookback `period − 1`). A non-finite input makes the `period` outputs whose window
/// contains it NaN.
public struct RollingMinimum: Indicator {
    /// The window length.
    public let period: Int
    @usableFromInline var window: RollingExtreme<Lowest>

    /// Creates a rolling minimum.
    ///
    /// - Parameter period: the window length; TA-Lib accepts 2…100 000 (1 is the identity here).
    /// - Precondition: `period > 0`.
    public init(period: Int = 30) {
        precondition(period > 0, "RollingMinimum period must be positive")
        self.period = period
        window = RollingExtreme<Lowest>(period: period)
    }

    /// `period`: the values consumed up to and including the first output.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` values have been seen.
    @inlinable public var isReady: Bool { window.isFull }

    /// How many updates ago the current minimum arrived (0 = the latest value); ties resolve
    /// to the most recent occurrence. Meaningful once ready and while the window is finite.
    @inlinable public var minimumAge: Int { window.extremeAge }

    /// Consumes one value; returns the lowest of the last `period` values once warmed up.
    @inlinable @inline(__always)
    public mutating func update(_ value: Double) -> Double? {
        window.push(value)
        guard window.isFull else { return nil }
        return window.containsNonFinite ? .nan : window.extreme
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() { window.removeAll() }
}

/// The rate of change in percent over `period` values (TA-Lib `ROC`).
///
/// `ROC(t) = (x(t) / x(t−period) − 1) · 100`, and 0 when `x(t−period) == 0` (TA-Lib's guard).
/// The fraction used by momentum factors is `ROC / 100`.
///
/// Warm-up: `period + 1` values (TA-Lib lookback `period`). A non-finite input makes the two
/// outputs that use it NaN.
public struct RateOfChange: Indicator {
    /// How many values back the reference value lies.
    public let period: Int
    @usableFromInline var history: RingBuffer

    /// Creates a rate of change.
    ///
    /// - Parameter period: TA-Lib accepts 1…100 000; the default is TA-Lib's 10.
    /// - Precondition: `period > 0`.
    public init(period: Int = 10) {
        precondition(period > 0, "RateOfChange period must be positive")
        self.period = period
        history = RingBuffer(capacity: period + 1)
    }

    /// `period + 1` values.
    @inlinable public var warmUpPeriod: Int { period + 1 }
    /// Whether `period + 1` values have been seen.
    @inlinable public var isReady: Bool { history.isFull }

    /// Consumes one value; returns the percent change from `period` values ago.
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        history.push(value)
        guard history.isFull else { return nil }
        let reference = history.oldest
        guard value.isFinite, reference.isFinite else { return .nan }
        return reference != 0 ? (value / reference - 1) * 100 : 0
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() { history.removeAll() }
}

/// TA-Lib's name for ``RateOfChange``.
public typealias ROC = RateOfChange

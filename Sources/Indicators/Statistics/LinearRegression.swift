/// the value of the least-squares line at the current bar through the last `period` values (TA-Lib `LINEARREG`).
///
/// Fits `y = b + m·k` to the window with `k = 0` for the oldest value and `k = period − 1` for
/// the newest: `m = (n·Σk·y − Σk·Σy) / (n·Σk² − (Σk)²)`, `b = (Σy − m·Σk) / n`;
/// `LINEARREG = b + m · (period − 1)`, the fitted value at the newest point, as in
/// `ta_LINEARREG.c`. The sums update in O(1) with TA-Lib 0.8's arithmetic and
/// recomputations (see `RollingLinearRegression`), so the values are TA-Lib's to the bit.
/// Warm-up: `period` values. A non-finite input makes the outputs whose window contains it
/// NaN.
public struct LinearRegression: Indicator {
    /// The window length.
    public let period: Int
    @usableFromInline var regression: RollingLinearRegression

    /// Creates the indicator.
    ///
    /// - Parameter period: TA-Lib accepts 2…100 000; default 14.
    /// - Precondition: `period >= 2`.
    public init(period: Int = 14) {
        precondition(period >= 2, "LinearRegression period must be at least 2")
        self.period = period
        regression = RollingLinearRegression(capacity: period)
    }

    /// `period` values.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` values have been seen.
    @inlinable public var isReady: Bool { regression.isFull }

    /// Consumes one value; returns the regression output once warmed up.
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        regression.push(value)
        guard regression.isFull else { return nil }
        return regression.containsNonFinite ? .nan : regression.endpoint
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() { regression.removeAll() }
}

/// TA-Lib's name for ``LinearRegression``.
public typealias LINEARREG = LinearRegression

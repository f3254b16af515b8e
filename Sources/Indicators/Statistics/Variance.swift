/// The population variance of the last `period` values (TA-Lib `VAR`).
///
/// `VAR = mean(x²) − mean(x)²` over the window, divisor `period`, computed as TA-Lib 0.8 does
/// without the formula's cancellation (deviations from a shift near the data, re-anchored
/// when stale); a rounding residue below 10⁻¹² of the mean squared deviation reads 0, so a
/// constant window gives exactly 0 and no output is negative. TA-Lib's
/// `nbdev` parameter has no effect on `VAR` and is not taken. Warm-up: `period` values. A
/// non-finite input makes the outputs whose window contains it NaN.
public struct Variance: Indicator {
    /// The window length.
    public let period: Int
    @usableFromInline var moments: RollingMoments

    /// Creates a rolling variance.
    ///
    /// - Parameter period: TA-Lib accepts 1…100 000; default 5.
    /// - Precondition: `period > 0`.
    public init(period: Int = 5) {
        precondition(period > 0, "Variance period must be positive")
        self.period = period
        moments = RollingMoments(capacity: period)
    }

    /// `period` values.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` values have been seen.
    @inlinable public var isReady: Bool { moments.isFull }

    /// Consumes one value; returns the window's population variance once warmed up.
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        moments.push(value)
        guard moments.isFull else { return nil }
        return moments.containsNonFinite ? .nan : moments.populationVariance()
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() { moments.removeAll() }
}

/// TA-Lib's name for ``Variance``.
public typealias VAR = Variance

/// The population standard deviation of the last `period` values, times `deviations`
/// (TA-Lib `STDDEV`).
///
/// `STDDEV = √VAR · deviations`, and 0 when the variance is not positive (TA-Lib 0.8).
/// Warm-up: `period` values. A non-finite input makes the outputs whose
/// window contains it NaN.
public struct StandardDeviation: Indicator {
    /// The window length.
    public let period: Int
    /// The multiplier (TA-Lib `nbdev`).
    public let deviations: Double
    @usableFromInline var moments: RollingMoments

    /// Creates a rolling standard deviation.
    ///
    /// - Parameters:
    ///   - period: TA-Lib accepts 2…100 000 (1 is accepted here and yields 0); default 5.
    ///   - deviations: the multiplier; default 1.
    /// - Precondition: `period > 0`.
    public init(period: Int = 5, deviations: Double = 1) {
        precondition(period > 0, "StandardDeviation period must be positive")
        self.period = period
        self.deviations = deviations
        moments = RollingMoments(capacity: period)
    }

    /// `period` values.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` values have been seen.
    @inlinable public var isReady: Bool { moments.isFull }

    /// Consumes one value; returns the scaled standard deviation once warmed up.
    #if compiler(>=6.3)
    @inline(always)  // inside BBANDS too; see RollingSum.push(_:)
    #else
    @inline(__always)
    #endif
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        moments.push(value)
        guard moments.isFull else { return nil }
        guard !moments.containsNonFinite else { return .nan }
        let variance = moments.populationVariance()
        return TALibThresholds.isZeroOrNegative(variance) ? 0 : variance.squareRoot() * deviations
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() { moments.removeAll() }
}

/// TA-Lib's name for ``StandardDeviation``.
public typealias STDDEV = StandardDeviation

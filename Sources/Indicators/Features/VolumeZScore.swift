/// How unusual the current volume is: its z-score within the last `period` volumes.
///
/// `z(t) = (v(t) − mean) / σ`, where the mean and the **population** standard deviation
/// (divisor `period`, as TA-Lib's `STDDEV`) are taken over the last `period` volumes
/// including the current one. When σ is 0 (all volumes equal) the z-score is 0, since the
/// current volume equals the mean.
///
/// Warm-up: `period` values. A non-finite input makes the outputs whose window contains it NaN.
public struct VolumeZScore: Indicator {
    /// The window length.
    public let period: Int
    @usableFromInline var moments: RollingMoments

    /// Creates the feature over `period` volumes.
    ///
    /// - Precondition: `period > 0` (1 always yields 0).
    public init(period: Int) {
        precondition(period > 0, "VolumeZScore period must be positive")
        self.period = period
        moments = RollingMoments(capacity: period)
    }

    /// `period` values.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` values have been seen.
    @inlinable public var isReady: Bool { moments.isFull }

    /// Consumes one volume; returns its z-score within the window once warmed up.
    @inlinable
    public mutating func update(_ volume: Double) -> Double? {
        moments.push(volume)
        guard moments.isFull else { return nil }
        guard !moments.containsNonFinite else { return .nan }
        let variance = moments.populationVariance()
        guard variance > 0 else { return 0 }
        return (volume - moments.mean) / variance.squareRoot()
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() { moments.removeAll() }
}

import Indicators

/// The z-score of each input against the last `period` inputs (the input itself included).
///
/// Formula: `z_t = (x_t − μ_t) / σ_t`, where `μ_t` and `σ_t` are the mean and the
/// *population* standard deviation (divisor `period`, as TA-Lib's `STDDEV` and pandas'
/// `rolling(period).std(ddof=0)`) of `x_{t−period+1} … x_t`.
///
/// - A window whose standard deviation is at most `1e-12 × max(|μ_t|, |x_t|)` is treated
///   as constant and scores `0` (there is no dispersion to measure against).
/// - A non-finite input (NaN, ±∞) is ignored: the state is left unchanged and the update
///   returns `nil`.
///
/// Warm-up: `period` finite inputs; the first output is for the `period`-th one.
///
/// - Complexity: O(1) amortized per update. The running mean and sum of squared
///   deviations follow Welford's algorithm extended to a sliding window (add the new
///   value, remove the oldest); they are recomputed exactly from the window once every
///   `period` updates so rounding error cannot accumulate. Memory is `period` values,
///   allocated once at initialisation.
public struct RollingZScore: Indicator, Sendable {
    /// A finite `Double`.
    public typealias Input = Double
    /// The z-score of the input.
    public typealias Output = Double

    /// The number of inputs in the window.
    public let period: Int
    @usableFromInline var window: [Double]
    @usableFromInline var next: Int = 0
    @usableFromInline var count: Int = 0
    @usableFromInline var mean: Double = 0
    @usableFromInline var sumOfSquaredDeviations: Double = 0
    @usableFromInline var updatesSinceRefresh: Int = 0

    /// Creates a rolling z-score over `period` inputs.
    ///
    /// - Parameter period: the window length.
    /// - Precondition: `period >= 2`.
    public init(period: Int) {
        precondition(period >= 2, "RollingZScore period must be at least 2")
        self.period = period
        window = Array(repeating: 0, count: period)
    }

    /// `period`: the first output is for the `period`-th finite input.
    @inlinable
    public var warmUpPeriod: Int { period }

    /// Whether the window is full, so that updates produce z-scores.
    @inlinable
    public var isReady: Bool { count == period }

    /// Consumes one input and returns its z-score against the window, or `nil` while
    /// warming up or when `input` is not finite.
    @inlinable
    public mutating func update(_ input: Double) -> Double? {
        guard input.isFinite else { return nil }
        if count < period {
            window[next] = input
            count += 1
            let delta = input - mean
            mean += delta / Double(count)
            sumOfSquaredDeviations += delta * (input - mean)
        } else {
            let oldest = window[next]
            window[next] = input
            let oldMean = mean
            mean += (input - oldest) / Double(period)
            sumOfSquaredDeviations += (input - oldest) * (input - mean + oldest - oldMean)
            updatesSinceRefresh += 1
            if updatesSinceRefresh == period { refresh() }
        }
        next = next + 1 == period ? 0 : next + 1
        guard count == period else { return nil }
        let variance = max(sumOfSquaredDeviations, 0) / Double(period)
        let deviation = variance.squareRoot()
        guard deviation > 1e-12 * max(mean.magnitude, input.magnitude) else { return 0 }
        return (input - mean) / deviation
    }

    /// Returns to the freshly initialised state.
    @inlinable
    public mutating func reset() {
        next = 0
        count = 0
        mean = 0
        sumOfSquaredDeviations = 0
        updatesSinceRefresh = 0
    }

    /// Recomputes the mean and the sum of squared deviations from the full window (two-pass).
    @usableFromInline
    mutating func refresh() {
        var sum = 0.0
        for value in window { sum += value }
        let exactMean = sum / Double(period)
        var squares = 0.0
        for value in window { squares += (value - exactMean) * (value - exactMean) }
        mean = exactMean
        sumOfSquaredDeviations = squares
        updatesSinceRefresh = 0
    }
}

/// The mean of the last `period` values computed exactly as pandas'
/// `Series.rolling(period).mean()` computes it, bit for bit.
///
/// `mean(t) = (x(t) + … + x(t−period+1)) / period`, the same quantity as
/// ``SimpleMovingAverage``, but rounded the way pandas rounds it rather than the way TA-Lib
/// does: pandas keeps the window sum with Kahan-compensated additions and removals (one
/// compensation term for each), returns the last value itself when the whole window holds
/// one repeated value, and clamps a mean of the wrong sign to 0. TA-Lib's plain running sum
/// carries ~10⁻¹² of rounding that pandas does not, so where two means are exactly equal in
/// pandas (a 10- and a 30-bar average of tick-rounded prices, say) TA-Lib's can differ by an
/// ulp — and a crossover rule then trades where pandas-based tools do not. Use this average
/// to reproduce results of tools built on pandas (backtesting.py's `SMA` is
/// `pd.Series(values).rolling(n).mean()`); use ``SimpleMovingAverage`` for TA-Lib's `SMA`.
///
/// Warm-up: `period` values. A non-finite input is left out of the window sum, as pandas
/// leaves out NaN, so the `period` outputs whose window contains it are NaN (pandas would
/// instead carry an infinity into the sum).
///
/// - Complexity: O(1) per update; memory O(`period`).
public struct PandasRollingMean: Indicator {
    /// The number of values averaged.
    public let period: Int
    @usableFromInline var window: RingBuffer
    @usableFromInline let divisor: Double
    /// pandas' state: the finite values in the window, their compensated sum, the negative
    /// ones among them, the two compensation terms, and the run of equal values added last.
    @usableFromInline var finiteCount = 0
    @usableFromInline var sum = 0.0
    @usableFromInline var negativeCount = 0
    @usableFromInline var addCompensation = 0.0
    @usableFromInline var removeCompensation = 0.0
    @usableFromInline var repeatedCount = 0
    @usableFromInline var lastAdded = Double.nan

    /// Creates the mean over `period` values.
    ///
    /// - Precondition: `period > 0`.
    public init(period: Int) {
        precondition(period > 0, "PandasRollingMean period must be positive")
        self.period = period
        window = RingBuffer(capacity: period)
        divisor = Double(period)
    }

    /// `period`: the values consumed up to and including the first output.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` values have been seen.
    @inlinable public var isReady: Bool { window.isFull }

    /// Consumes one value; returns the mean of the last `period` values once warmed up (NaN
    /// while the window holds a non-finite value).
    #if compiler(>=6.3)
    @inline(always)  // see SimpleMovingAverage.update(_:)
    #else
    @inline(__always)
    #endif
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        // pandas removes the leaving value before it adds the new one.
        if window.isFull {
            let leaving = window.replaceOldest(with: value)
            if leaving.isFinite { remove(leaving) }
        } else {
            window.push(value)
        }
        if value.isFinite { add(value) }
        guard window.isFull else { return nil }
        guard finiteCount == period else { return .nan }
        if repeatedCount >= finiteCount { return lastAdded }
        let mean = sum / divisor
        if negativeCount == 0 && mean < 0 { return 0 }
        if negativeCount == finiteCount && mean > 0 { return 0 }
        return mean
    }

    /// pandas' `add_mean`: a Kahan-compensated addition.
    @inlinable @inline(__always)
    mutating func add(_ value: Double) {
        finiteCount &+= 1
        let y = value - addCompensation
        let t = sum + y
        addCompensation = t - sum - y
        sum = t
        negativeCount &+= value.sign == .minus ? 1 : 0
        repeatedCount = value == lastAdded ? repeatedCount &+ 1 : 1
        lastAdded = value
    }

    /// pandas' `remove_mean`: a Kahan-compensated subtraction with its own compensation.
    @inlinable @inline(__always)
    mutating func remove(_ value: Double) {
        finiteCount &-= 1
        let y = -value - removeCompensation
        let t = sum + y
        removeCompensation = t - sum - y
        sum = t
        negativeCount &-= value.sign == .minus ? 1 : 0
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() { self = PandasRollingMean(period: period) }
}

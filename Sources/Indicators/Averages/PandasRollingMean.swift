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
    /// The last `period` values, oldest first. It starts full of NaN placeholders, one for
    /// each update still to come before the first output, so an update always replaces the
    /// oldest value: the full window needs no "is it full yet" test (the warm-up, while a
    /// placeholder is in the window, takes ``updateOutOfLine(_:)``).
    @usableFromInline var window: RingBuffer
    @usableFromInline let divisor: Double
    /// pandas' state: the non-finite values in the window (placeholders included; pandas
    /// counts the finite ones, `period − nonFiniteCount` here), the compensated sum of the
    /// finite ones, the negative ones among them, the two compensation terms, and the run of
    /// equal values added last.
    @usableFromInline var nonFiniteCount: Int
    @usableFromInline var sum = 0.0
    @usableFromInline var negativeCount = 0
    @usableFromInline var addCompensation = 0.0
    @usableFromInline var removeCompensation = 0.0
    @usableFromInline var repeatedCount = 0
    @usableFromInline var lastAdded = Double.nan
    /// The placeholders still in the window: the updates left before the first output.
    @usableFromInline var warmUpRemaining: Int

    /// Creates the mean over `period` values.
    ///
    /// - Precondition: `period > 0`.
    public init(period: Int) {
        precondition(period > 0, "PandasRollingMean period must be positive")
        self.period = period
        window = RingBuffer(capacity: period)
        for _ in 0..<period { window.push(.nan) }
        divisor = Double(period)
        nonFiniteCount = period
        warmUpRemaining = period
    }

    /// `period`: the values consumed up to and including the first output.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` values have been seen.
    @inlinable public var isReady: Bool { warmUpRemaining == 0 }

    /// Whether an update with a finite value now runs entirely inline, without an
    /// out-of-line call: the warm-up is over, the window holds only finite values, and it is
    /// stored inline (2 ≤ `period` ≤ 64; see ``updateInline(_:)`` for the lower bound).
    ///
    /// Updates test this themselves; it is public for a caller that updates several averages
    /// at once. Testing it for all of them first (and the value's finiteness) gives the
    /// optimizer a path on which every update's own test is known to pass, and so a path
    /// with no call at all: in SmaCross, whose bar then needs no register saved, that is 25
    /// fewer instructions a bar (callgrind, engine benchmark).
    ///
    /// Stored, not computed: it changes only out of line, and one flag costs a caller fewer
    /// instructions to test than the count and the window's capacity (SmaCross: 9 a bar).
    public private(set) var updatesInline = false

    /// Consumes one value; returns the mean of the last `period` values once warmed up (NaN
    /// while the window holds a non-finite value).
    ///
    /// Written for the full window of finite values, stored inline (``updatesInline``), one
    /// straight path without a call; the warm-up, a non-finite value entering or in the
    /// window, and a window on the heap go out of line. The sign test for pandas' clamp is
    /// ordered for positive prices.
    #if compiler(>=6.3)
    @inline(always)  // see SimpleMovingAverage.update(_:)
    #else
    @inline(__always)
    #endif
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        guard updatesInline && value.isFinite else { return updateOutOfLine(value) }
        return updateInline(value)
    }

    /// ``update(_:)`` when ``updatesInline`` and `value` is finite (so the warm-up is over).
    @inlinable @inline(__always)
    mutating func updateInline(_ value: Double) -> Double {
        let leaving = window.replaceOldestInline(with: value)
        // pandas removes the leaving value before it adds the new one.
        remove(leaving)
        add(value)
        // pandas' repeated-value rule. `period` ≥ 2 here, so a run of 1 (a value unlike the
        // last, the common case) never covers the window: the first test, which the
        // optimizer decides from `add`'s branch, spares that case the second (3 instructions).
        if repeatedCount > 1 && repeatedCount >= period { return lastAdded }
        return clampedMean()
    }

    /// ``update(_:)`` in every other case: the warm-up (a placeholder leaves), a non-finite
    /// value entering or in the window (pandas leaves it out of the sum), a window on the
    /// heap (whose write checks the buffer's uniqueness, a call anyway). Out of line to keep
    /// the inlined update short.
    @usableFromInline @inline(never)
    mutating func updateOutOfLine(_ value: Double) -> Double? {
        let leaving = window.replaceOldest(with: value)
        if leaving.isFinite { remove(leaving) } else { nonFiniteCount &-= 1 }
        if value.isFinite { add(value) } else { nonFiniteCount &+= 1 }
        // Only finite values enter and leave on the inline path, so the count, and this
        // flag, change only here.
        updatesInline = nonFiniteCount == 0 && !window.storage.isOnHeap && period > 1
        if warmUpRemaining > 0 {
            warmUpRemaining &-= 1
            if warmUpRemaining > 0 { return nil }
        }
        guard nonFiniteCount == 0 else { return .nan }
        return mean()
    }

    /// The output of a full window of finite values: pandas' `calc_mean`.
    @inlinable @inline(__always)
    func mean() -> Double {
        if repeatedCount >= period { return lastAdded }
        return clampedMean()
    }

    /// ``mean()`` for a window that is not one repeated value: the sum's mean, clamped to 0
    /// when its sign contradicts the window's signs.
    @inlinable @inline(__always)
    func clampedMean() -> Double {
        let mean = sum / divisor
        // With no negative value in the window (prices) the clamp is a select, one `maxsd`
        // (0 > mean ? 0 : mean keeps a NaN and a −0), not two tests. `_fastPath` makes this
        // case the fall-through, without a jump (one instruction an update).
        if _fastPath(negativeCount == 0) { return mean < 0 ? 0 : mean }
        if negativeCount == period && mean > 0 { return 0 }
        return mean
    }

    /// pandas' `add_mean`: a Kahan-compensated addition (the finite count is implicit).
    @inlinable @inline(__always)
    mutating func add(_ value: Double) {
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

/// The triangular moving average (TA-Lib `TRIMA`): a weighted mean of the last `period`
/// values whose weights rise to the middle of the window and fall again.
///
/// Weights 1, 2, …, m, …, 2, 1 for odd `period` (m = (period+1)/2, factor 1/m²) and
/// 1, 2, …, m, m, …, 2, 1 for even `period` (m = period/2, factor 1/(m(m+1))) — the SMA of an
/// SMA, computed as TA-Lib's `ta_TRIMA.c` does so that the values are TA-Lib's to the bit:
/// a numerator and the sums of the window's older half (`numeratorSub`) and newer half
/// (`numeratorAdd`), seeded from the first window and adjusted by TA-Lib's four steps per
/// value, the output `numerator · factor`.
///
/// Drift check: every `period` updates the three running values are seeded afresh from the
/// window and replace the running ones only when one differs by more than
/// ``RollingSum/driftBound`` × its magnitude (the same values of `|x|`), so ordinary rounding
/// keeps TA-Lib's values while a huge value that has left the window leaves no error behind.
///
/// Warm-up: `period` values. A non-finite input makes the outputs whose window contains it
/// NaN; the sums are seeded afresh once it has left.
public struct TriangularMovingAverage: Indicator {
    /// The total window length.
    public let period: Int
    @usableFromInline var window: RingBuffer
    @usableFromInline var numerator = 0.0
    @usableFromInline var olderHalf = 0.0
    @usableFromInline var newerHalf = 0.0
    @usableFromInline var nonFiniteCount = 0
    /// Whether the running values must be seeded from the window before the next output.
    @usableFromInline var needsSeed = true
    @usableFromInline var updatesSinceCheck = 0
    /// `1 / Σweights`.
    @usableFromInline let factor: Double

    /// Creates a TRIMA.
    ///
    /// - Parameter period: TA-Lib accepts 1…100 000 (1 is the identity).
    /// - Precondition: `period > 0`.
    public init(period: Int = 30) {
        precondition(period > 0, "TriangularMovingAverage period must be positive")
        self.period = period
        window = RingBuffer(capacity: period)
        let half = period >> 1
        factor = 1 / Double(period % 2 == 1 ? (half + 1) * (half + 1) : half * (half + 1))
    }

    /// `period` values.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` values have been seen.
    @inlinable public var isReady: Bool { window.isFull }

    /// Consumes one value; returns the TRIMA of the last `period` values once warmed up.
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        if window.isFull {
            let leaving = window.oldest
            // The value that moves from the newer half to the older one (the new value
            // itself for period 1).
            let middle = period == 1 ? value : window.element(age: (period >> 1) - 1)
            window.push(value)
            if !leaving.isFinite { nonFiniteCount -= 1 }
            if !value.isFinite { nonFiniteCount += 1 }
            guard nonFiniteCount == 0 else {
                needsSeed = true
                return .nan
            }
            if needsSeed {
                seed()
            } else {
                // TA-Lib's steps (1)–(3), in its order.
                numerator -= olderHalf
                olderHalf -= leaving
                olderHalf += middle
                if period % 2 == 1 {
                    numerator += newerHalf
                    newerHalf -= middle
                } else {
                    newerHalf -= middle
                    numerator += newerHalf
                }
                newerHalf += value
                numerator += value
                updatesSinceCheck += 1
                if updatesSinceCheck == period { checkDrift() }
            }
        } else {
            window.push(value)
            if !value.isFinite { nonFiniteCount += 1 }
            guard window.isFull else { return nil }
            guard nonFiniteCount == 0 else { return .nan }
            seed()
        }
        return numerator * factor
    }

    /// TA-Lib's first-window sums of a full window whose value at `position` (0 = oldest) is
    /// `value(position)`: the older half summed from the middle back to the oldest value and
    /// the newer half from the middle on, the numerator adding each partial sum.
    @inlinable
    static func seed(period: Int, _ value: (Int) -> Double) -> (numerator: Double, olderHalf: Double, newerHalf: Double) {
        let middle = period % 2 == 1 ? period >> 1 : (period >> 1) - 1
        var numerator = 0.0, older = 0.0, newer = 0.0
        for position in stride(from: middle, through: 0, by: -1) {
            older += value(position)
            numerator += older
        }
        for position in (middle + 1)..<period {
            newer += value(position)
            numerator += newer
        }
        return (numerator, older, newer)
    }

    /// Seeds the running values from the window.
    @usableFromInline @inline(never)
    mutating func seed() {
        let period = period
        (numerator, olderHalf, newerHalf) = Self.seed(period: period) { window.element(age: period - 1 - $0) }
        needsSeed = false
        updatesSinceCheck = 0
    }

    /// The drift check (see the type's comment).
    @usableFromInline @inline(never)
    mutating func checkDrift() {
        updatesSinceCheck = 0
        let period = period
        let fresh = Self.seed(period: period) { window.element(age: period - 1 - $0) }
        var scale: (numerator: Double, olderHalf: Double, newerHalf: Double)?
        func magnitudes() -> (numerator: Double, olderHalf: Double, newerHalf: Double) {
            if let scale { return scale }
            let computed = Self.seed(period: period) { abs(window.element(age: period - 1 - $0)) }
            scale = computed
            return computed
        }
        if RollingSum.hasDrifted(numerator, from: fresh.numerator, magnitude: { magnitudes().numerator })
            || RollingSum.hasDrifted(olderHalf, from: fresh.olderHalf, magnitude: { magnitudes().olderHalf })
            || RollingSum.hasDrifted(newerHalf, from: fresh.newerHalf, magnitude: { magnitudes().newerHalf }) {
            (numerator, olderHalf, newerHalf) = fresh
        }
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() {
        window.removeAll()
        numerator = 0
        olderHalf = 0
        newerHalf = 0
        nonFiniteCount = 0
        needsSeed = true
        updatesSinceCheck = 0
    }
}

/// TA-Lib's name for ``TriangularMovingAverage``.
public typealias TRIMA = TriangularMovingAverage

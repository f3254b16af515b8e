/// The mean and population variance of the last `capacity` values in O(1) per update, with
/// TA-Lib 0.8's arithmetic (`TA_VAR`, read from its machine code), so the variance is TA-Lib's
/// to the bit.
///
/// The sums are kept of deviations from a shift `K` close to the data — the first value, then
/// the window mean at every re-anchoring — so `mean(d²) − mean(d)²` with `d = x − K` cancels
/// only the window's own spread, not the price level. As in TA-Lib, each update adds the new
/// value's deviation, reads `mean(d²) − mean(d)²` (means taken by multiplying with `1/n`), then
/// removes the oldest value's deviation, so between updates the sums hold the newest
/// `capacity − 1` values.
///
/// TA-Lib's own protections are reproduced with it: the shift is re-anchored on the window
/// mean (both sums recomputed from the window, oldest first) when the variance read falls
/// below 10⁻⁶ of `mean(d²)` (a stale shift: TA-Lib issue #118), when the leaving deviation's
/// square exceeds 10⁶ times what stays (a huge value left, which would otherwise leave its
/// rounding error behind), and every `32 · capacity` updates; after a re-anchoring a variance
/// below 10⁻¹² of `mean(d²)` is rounding residue and reads 0 (TA-Lib's dead-zone, issue
/// #243), so a constant window has variance exactly 0 and never a negative one.
/// Non-finite values are counted, not added (`containsNonFinite`), and the sums are
/// re-anchored once the last one has left.
@usableFromInline
struct RollingMoments: Sendable {
    @usableFromInline var window: RingBuffer
    @usableFromInline var shift = 0.0
    @usableFromInline var hasShift = false
    /// Σ(x − shift) over the finite values of the window but its oldest.
    @usableFromInline var sum = 0.0
    /// Σ(x − shift)² over the finite values of the window but its oldest.
    @usableFromInline var sumOfSquares = 0.0
    @usableFromInline var nonFiniteCount = 0
    /// Whether the shift must be re-anchored at the next finite update.
    @usableFromInline var needsReanchor = false
    /// Updates left until TA-Lib's next scheduled re-anchoring.
    @usableFromInline var updatesUntilReanchor: Int
    /// The population variance and the mean deviation `mean(d)` of the window, as of the
    /// last update of a full, finite window.
    @usableFromInline var variance = 0.0
    @usableFromInline var meanDeviation = 0.0
    /// `1 / capacity`.
    @usableFromInline let reciprocal: Double

    @usableFromInline
    init(capacity: Int) {
        window = RingBuffer(capacity: capacity)
        reciprocal = 1 / Double(capacity)
        updatesUntilReanchor = Self.reanchorInterval(capacity)
    }

    @inlinable var isFull: Bool { window.isFull }
    @inlinable var containsNonFinite: Bool { nonFiniteCount > 0 }

    /// TA-Lib's interval between scheduled re-anchorings: `32 · capacity` updates.
    @inlinable static func reanchorInterval(_ capacity: Int) -> Int { 32 * capacity }

    /// A variance below this fraction of `mean(d²)` after a re-anchoring reads 0.
    @inlinable static var deadZone: Double { 1e-12 }
    /// A variance below this fraction of `mean(d²)` re-anchors the shift.
    @inlinable static var staleShift: Double { 1e-6 }
    /// A leaving squared deviation above this multiple of the remaining `Σd²` re-anchors.
    @inlinable static var spike: Double { 1e6 }

    /// The mean of a full, finite window.
    @inlinable var mean: Double { shift + meanDeviation }

    /// The population variance (divisor `capacity`) of a full, finite window.
    @inlinable func populationVariance() -> Double { variance }

    /// Slides the window by one value and, once it is full and finite, computes its variance.
    @inlinable @inline(__always)
    mutating func push(_ value: Double) {
        let wasFull = window.isFull
        if wasFull, !window.oldest.isFinite { nonFiniteCount -= 1 }
        window.push(value)
        guard value.isFinite else {
            nonFiniteCount += 1
            needsReanchor = true
            return
        }
        guard window.isFull else {
            if !hasShift {
                shift = value
                hasShift = true
            }
            let deviation = value - shift
            sum += deviation
            sumOfSquares += deviation * deviation
            return
        }
        guard nonFiniteCount == 0 else {
            needsReanchor = true
            return
        }
        if needsReanchor { return reanchor() }
        let deviation = value - shift
        sum += deviation
        sumOfSquares += deviation * deviation
        let meanDeviation = reciprocal * sum
        let variance = reciprocal * sumOfSquares - meanDeviation * meanDeviation
        let leaving = window.oldest - shift
        let leavingSquare = leaving * leaving
        sumOfSquares -= leavingSquare
        updatesUntilReanchor -= 1
        if (reciprocal * sumOfSquares) * Self.staleShift > variance
            || leavingSquare > sumOfSquares * Self.spike
            || updatesUntilReanchor == 0 {
            return reanchor()
        }
        sum -= leaving
        self.variance = variance
        self.meanDeviation = meanDeviation
    }

    /// Re-centres on the window mean (`Σx · (1/n)`), recomputes both sums from the full
    /// window, reads the variance with the dead-zone, then removes the oldest value.
    @usableFromInline @inline(never)
    mutating func reanchor() {
        needsReanchor = false
        updatesUntilReanchor = Self.reanchorInterval(window.capacity)
        var total = 0.0
        window.forEachOldestFirst { total += $0 }
        shift = total * reciprocal
        hasShift = true
        var deviations = 0.0, squares = 0.0
        window.forEachOldestFirst {
            let deviation = $0 - shift
            deviations += deviation
            squares += deviation * deviation
        }
        meanDeviation = reciprocal * deviations
        let meanSquare = reciprocal * squares
        let spread = meanSquare - meanDeviation * meanDeviation
        variance = spread < meanSquare * Self.deadZone ? 0 : spread
        let leaving = window.oldest - shift
        sum = deviations - leaving
        sumOfSquares = squares - leaving * leaving
    }

    @inlinable
    mutating func removeAll() {
        window.removeAll()
        shift = 0
        hasShift = false
        sum = 0
        sumOfSquares = 0
        nonFiniteCount = 0
        needsReanchor = false
        updatesUntilReanchor = Self.reanchorInterval(window.capacity)
        variance = 0
        meanDeviation = 0
    }
}

/// The mean and population variance of the last `capacity` values in O(1) per update,
/// without the cancellation of the textbook `mean(x²) − mean(x)²`.
///
/// The sums are kept of deviations from a shift `K` close to the data — the first value, then
/// the window mean at every exact recompute — so `mean(d²) − mean(d)²` with `d = x − K`
/// cancels only the window's own spread, not the price level (a window of prices near 300
/// with σ = 0.005 keeps ~10 significant digits instead of ~4). Both sums are recomputed
/// exactly from the window (two passes) every `capacity` updates, so a long run does not
/// drift, and also whenever the shift has gone stale: when the variance read falls below
/// 10⁻⁶ of `mean(d²)` (TA-Lib 0.8's condition trigger, TA-Lib issue #118), as it does on a
/// flat stretch. A window of identical values is re-anchored on that value, so its sums are
/// exactly 0 and the trigger does not fire again while the stretch lasts. A variance below
/// 10⁻¹² of `mean(d²)` is rounding residue and reads 0 (TA-Lib's dead-zone, issue #243):
/// a constant window has variance exactly 0, as in TA-Lib, and never a negative one.
/// Non-finite values are counted, not added (`containsNonFinite`).
@usableFromInline
struct RollingMoments: Sendable {
    @usableFromInline var window: RingBuffer
    @usableFromInline var shift = 0.0
    @usableFromInline var hasShift = false
    /// Σ(x − shift) over the finite values of the window.
    @usableFromInline var sum = 0.0
    /// Σ(x − shift)² over the finite values of the window.
    @usableFromInline var sumOfSquares = 0.0
    @usableFromInline var nonFiniteCount = 0
    @usableFromInline var updatesSinceRecompute = 0

    @usableFromInline
    init(capacity: Int) { window = RingBuffer(capacity: capacity) }

    @inlinable var isFull: Bool { window.isFull }
    @inlinable var containsNonFinite: Bool { nonFiniteCount > 0 }

    /// The mean of a full, finite window.
    @inlinable var mean: Double { shift + sum / Double(window.capacity) }

    /// The population variance (divisor `capacity`) of a full, finite window: re-anchors the
    /// sums first when the shift has gone stale, and reads a residue in the dead-zone as 0.
    @inlinable
    mutating func populationVariance() -> Double {
        var (variance, meanSquare) = spread
        if variance < Self.staleShift * meanSquare {
            recompute()
            (variance, meanSquare) = spread
        }
        return variance < Self.deadZone * meanSquare ? 0 : variance
    }

    /// `mean(d²) − mean(d)²` and `mean(d²)` from the sums as they stand.
    @inlinable
    var spread: (variance: Double, meanSquare: Double) {
        let n = Double(window.capacity)
        let meanDeviation = sum / n, meanSquare = sumOfSquares / n
        return (meanSquare - meanDeviation * meanDeviation, meanSquare)
    }

    /// A variance below this fraction of `mean(d²)` reads 0 (TA-Lib's dead-zone).
    @inlinable static var deadZone: Double { 1e-12 }
    /// A variance below this fraction of `mean(d²)` re-anchors the shift (TA-Lib's trigger).
    @inlinable static var staleShift: Double { 1e-6 }

    /// Slides the window by one value.
    @inlinable @inline(__always)
    mutating func push(_ value: Double) {
        if window.isFull {
            let leaving = window.oldest
            if leaving.isFinite {
                let deviation = leaving - shift
                sum -= deviation
                sumOfSquares -= deviation * deviation
            } else {
                nonFiniteCount -= 1
            }
        }
        window.push(value)
        if value.isFinite {
            if !hasShift {
                shift = value
                hasShift = true
            }
            let deviation = value - shift
            sum += deviation
            sumOfSquares += deviation * deviation
        } else {
            nonFiniteCount += 1
        }
        updatesSinceRecompute += 1
        if updatesSinceRecompute == window.capacity { recompute() }
    }

    /// Re-centres on the window mean and recomputes both sums exactly.
    @usableFromInline @inline(never)
    mutating func recompute() {
        updatesSinceRecompute = 0
        var total = 0.0, finite = 0
        window.forEachOldestFirst {
            if $0.isFinite {
                total += $0
                finite += 1
            }
        }
        guard finite > 0 else { return }
        reanchor(on: total / Double(finite))
        // A window without spread whose mean rounds off its values leaves every deviation
        // the same residue, which would keep the shift stale on every update of a flat
        // stretch: re-anchored on its newest value instead, a flat window's sums are 0.
        if nonFiniteCount == 0, case let (variance, meanSquare) = spread, variance < Self.staleShift * meanSquare {
            reanchor(on: window.element(age: 0))
        }
    }

    /// Makes `value` the shift and recomputes both sums from the window.
    @usableFromInline
    mutating func reanchor(on value: Double) {
        shift = value
        var deviations = 0.0, squares = 0.0
        window.forEachOldestFirst {
            if $0.isFinite {
                let deviation = $0 - shift
                deviations += deviation
                squares += deviation * deviation
            }
        }
        sum = deviations
        sumOfSquares = squares
    }

    @inlinable
    mutating func removeAll() {
        window.removeAll()
        shift = 0
        hasShift = false
        sum = 0
        sumOfSquares = 0
        nonFiniteCount = 0
        updatesSinceRecompute = 0
    }
}

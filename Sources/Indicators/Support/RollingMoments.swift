/// The mean and population variance of the last `capacity` values in O(1) per update,
/// without the cancellation of the textbook `mean(x²) − mean(x)²`.
///
/// The sums are kept of deviations from a shift `K` close to the data — the first value, then
/// the window mean at every exact recompute — so `mean(d²) − mean(d)²` with `d = x − K`
/// cancels only the window's own spread, not the price level (a window of prices near 300
/// with σ = 0.005 keeps ~10 significant digits instead of ~4). Both sums are recomputed
/// exactly from the window every `capacity` updates (two passes), so a long run does not
/// drift. Non-finite values are counted, not added (`containsNonFinite`).
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

    /// The population variance (divisor `capacity`) of a full, finite window.
    @inlinable
    var populationVariance: Double {
        let n = Double(window.capacity)
        let meanDeviation = sum / n
        return sumOfSquares / n - meanDeviation * meanDeviation
    }

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
        shift = total / Double(finite)
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

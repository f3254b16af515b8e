/// The least-squares line through the last `capacity` values, updated in O(1) with TA-Lib
/// 0.8's arithmetic (`TA_LINEARREG`, `TA_LINEARREG_SLOPE`, read from its machine code), so
/// slope and endpoint are TA-Lib's to the bit.
///
/// As in TA-Lib, the positions are counted back from the newest value (`x = n − 1` for the
/// oldest, `0` for the newest), with `Σx = 0.5 · ((n − 1) · n)` and the divisor
/// `(Σx)² − ((2n − 1) · ((n − 1) · n)) / 6 · n`. The window keeps `Σy`, `Σ|y|` and `Σx·y`; a
/// slide adds `Σy` to `Σx·y` (every position ages by one), then removes the leaving value
/// (`Σy −= old`, `Σx·y −= n · old`) and adds the new one at position 0.
///
/// TA-Lib's own drift protection is reproduced with it: the three sums are recomputed from
/// the window, oldest first, every `32 · n` slides, and at once when the leaving value is
/// large against what stays (`|n · old| > 100 · Σ|y|` after the slide), so a huge value leaves
/// no error behind. Non-finite values are counted (`containsNonFinite`) and the sums are
/// recomputed once the last one has left.
@usableFromInline
struct RollingLinearRegression: Sendable {
    @usableFromInline var window: RingBuffer
    @usableFromInline var sum = 0.0
    @usableFromInline var absoluteSum = 0.0
    @usableFromInline var weightedSum = 0.0
    @usableFromInline var nonFiniteCount = 0
    /// Whether the sums must be recomputed from the window at the next finite slide.
    @usableFromInline var needsResync = true
    /// Slides left until TA-Lib's next scheduled recomputation.
    @usableFromInline var slidesUntilResync = 0
    /// `n`, `Σx` and `(Σx)² − n·Σx²`.
    @usableFromInline let count: Double
    @usableFromInline let sumOfPositions: Double
    @usableFromInline let divisor: Double

    @usableFromInline
    init(capacity: Int) {
        window = RingBuffer(capacity: capacity)
        count = Double(capacity)
        let product = Double(capacity - 1) * count
        sumOfPositions = 0.5 * product
        divisor = sumOfPositions * sumOfPositions - Double(2 * capacity - 1) * product / 6 * count
    }

    @inlinable var isFull: Bool { window.isFull }
    @inlinable var containsNonFinite: Bool { nonFiniteCount > 0 }

    /// TA-Lib's interval between scheduled recomputations: `32 · n` slides.
    @inlinable var resyncInterval: Int { 32 * window.capacity }

    /// The slope per step, `(n·Σx·y − Σx·Σy) / ((Σx)² − n·Σx²)`.
    @inlinable
    var slope: Double { (count * weightedSum - sumOfPositions * sum) / divisor }

    /// The fitted value at the newest position: `fma(m, n − 1, (Σy − Σx·m) / n)` with `m` the
    /// slope — fused as TA-Lib's FMA build computes it (the one it picks on x86-64 v3 CPUs).
    @inlinable
    var endpoint: Double {
        let m = slope
        let intercept = (sum - sumOfPositions * m) / count
        return intercept.addingProduct(m, count - 1)
    }

    @inlinable @inline(__always)
    mutating func push(_ value: Double) {
        guard window.isFull else {
            window.push(value)
            if !value.isFinite { nonFiniteCount += 1 }
            if window.isFull {
                slidesUntilResync = resyncInterval
                if nonFiniteCount == 0 { resync() }
            }
            return
        }
        let leaving = window.oldest
        window.push(value)
        if !leaving.isFinite { nonFiniteCount -= 1 }
        if !value.isFinite { nonFiniteCount += 1 }
        slidesUntilResync -= 1
        let due = slidesUntilResync == 0
        if due { slidesUntilResync = resyncInterval }
        guard nonFiniteCount == 0 else {
            needsResync = true
            return
        }
        if due || needsResync { return resync() }
        absoluteSum -= abs(leaving)
        absoluteSum += abs(value)
        let removed = count * leaving
        if abs(removed) > absoluteSum * 100 {
            slidesUntilResync = resyncInterval
            return resync()
        }
        weightedSum += sum
        sum -= leaving
        weightedSum -= removed
        sum += value
    }

    /// Recomputes the three sums from the window, oldest first (TA-Lib's order).
    @usableFromInline @inline(never)
    mutating func resync() {
        needsResync = false
        var plain = 0.0, absolute = 0.0, weighted = 0.0, position = count - 1
        window.forEachOldestFirst { value in
            plain += value
            absolute += abs(value)
            weighted += value * position
            position -= 1
        }
        sum = plain
        absoluteSum = absolute
        weightedSum = weighted
    }

    @inlinable
    mutating func removeAll() {
        window.removeAll()
        sum = 0
        absoluteSum = 0
        weightedSum = 0
        nonFiniteCount = 0
        needsResync = true
        slidesUntilResync = 0
    }
}

/// Windowed sums of values and of their squares: the mean and population variance of the
/// last `capacity` values in O(1) per update.
///
/// Follows ``RollingSum``'s rules: non-finite values are counted, not added, and both sums
/// are recomputed exactly from the window after every `capacity` updates so that a long
/// run does not drift. The variance is TA-Lib's `VAR` formula, `mean(x²) − mean(x)²`.
@usableFromInline
struct RollingMoments: Sendable {
    @usableFromInline var window: RingBuffer
    @usableFromInline var sum: Double = 0
    @usableFromInline var sumOfSquares: Double = 0
    @usableFromInline var nonFiniteCount = 0
    @usableFromInline var updatesSinceRecompute = 0

    @usableFromInline
    init(capacity: Int) { window = RingBuffer(capacity: capacity) }

    @inlinable var isFull: Bool { window.isFull }
    @inlinable var containsNonFinite: Bool { nonFiniteCount > 0 }
    @inlinable var mean: Double { sum / Double(window.capacity) }

    /// The population variance `mean(x²) − mean(x)²` of a full window (TA-Lib `VAR`).
    @inlinable
    var populationVariance: Double {
        let n = Double(window.capacity)
        let mean = sum / n
        return sumOfSquares / n - mean * mean
    }

    /// Slides the window by one value.
    @inlinable
    mutating func push(_ value: Double) {
        if window.isFull {
            let leaving = window.oldest
            if leaving.isFinite {
                sum -= leaving
                sumOfSquares -= leaving * leaving
            } else {
                nonFiniteCount -= 1
            }
        }
        window.push(value)
        if value.isFinite {
            sum += value
            sumOfSquares += value * value
        } else {
            nonFiniteCount += 1
        }
        updatesSinceRecompute += 1
        if updatesSinceRecompute == window.capacity { recompute() }
    }

    @inlinable
    mutating func recompute() {
        updatesSinceRecompute = 0
        var exactSum = 0.0, exactSquares = 0.0
        window.forEachOldestFirst {
            if $0.isFinite {
                exactSum += $0
                exactSquares += $0 * $0
            }
        }
        sum = exactSum
        sumOfSquares = exactSquares
    }

    @inlinable
    mutating func removeAll() {
        window.removeAll()
        sum = 0
        sumOfSquares = 0
        nonFiniteCount = 0
        updatesSinceRecompute = 0
    }
}

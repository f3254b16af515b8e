/// The least-squares line through the last `capacity` values against their positions
/// 0 (oldest) … capacity − 1 (newest), updated in O(1).
///
/// Keeps `Σy` and `Σk·y`; when the window slides every position drops by one, so
/// `Σk·y` loses `Σy` of the remaining values. Both sums are recomputed exactly every
/// `capacity` updates. Non-finite values are counted, not added (`containsNonFinite`).
@usableFromInline
struct RollingLinearRegression: Sendable {
    @usableFromInline var window: RingBuffer
    @usableFromInline var sum = 0.0
    @usableFromInline var weightedSum = 0.0
    @usableFromInline var nonFiniteCount = 0
    @usableFromInline var updatesSinceRecompute = 0
    /// Σk and n·Σk² − (Σk)² for k = 0 … n − 1.
    @usableFromInline let sumOfPositions: Double
    @usableFromInline let denominator: Double

    @usableFromInline
    init(capacity: Int) {
        window = RingBuffer(capacity: capacity)
        let n = Double(capacity)
        sumOfPositions = n * (n - 1) / 2
        denominator = n * (n * (n - 1) * (2 * n - 1) / 6) - sumOfPositions * sumOfPositions
    }

    @inlinable var isFull: Bool { window.isFull }
    @inlinable var containsNonFinite: Bool { nonFiniteCount > 0 }

    /// The slope per step, `(n·Σk·y − Σk·Σy) / (n·Σk² − (Σk)²)`.
    @inlinable
    var slope: Double { (Double(window.capacity) * weightedSum - sumOfPositions * sum) / denominator }

    /// The fitted value at the newest position, `(Σy − slope·Σk) / n + slope · (n − 1)`.
    @inlinable
    var endpoint: Double {
        let n = Double(window.capacity)
        let m = slope
        return (sum - m * sumOfPositions) / n + m * (n - 1)
    }

    @inlinable @inline(__always)
    mutating func push(_ value: Double) {
        if window.isFull {
            let leaving = window.oldest
            if leaving.isFinite { sum -= leaving } else { nonFiniteCount -= 1 }
            weightedSum -= sum
        }
        if value.isFinite {
            let position = window.isFull ? window.capacity - 1 : window.count
            weightedSum += Double(position) * value
            sum += value
        } else {
            nonFiniteCount += 1
        }
        window.push(value)
        updatesSinceRecompute += 1
        if updatesSinceRecompute == window.capacity { recompute() }
    }

    @usableFromInline @inline(never)
    mutating func recompute() {
        updatesSinceRecompute = 0
        var plain = 0.0, weighted = 0.0, position = 0.0
        window.forEachOldestFirst { value in
            if value.isFinite {
                plain += value
                weighted += position * value
            }
            position += 1
        }
        sum = plain
        weightedSum = weighted
    }

    @inlinable
    mutating func removeAll() {
        window.removeAll()
        sum = 0
        weightedSum = 0
        nonFiniteCount = 0
        updatesSinceRecompute = 0
    }
}

/// The linearly weighted moving average (TA-Lib `WMA`): weights 1, 2, …, `period` from the
/// oldest to the newest value.
///
/// `WMA(t) = Σ_{i=1}^{period} i · x(t−period+i) / (period · (period + 1) / 2)`
///
/// Both the plain and the weighted window sums update in O(1) and are recomputed exactly every
/// `period` updates. Warm-up: `period` values. A non-finite input makes the outputs whose
/// window contains it NaN.
public struct WeightedMovingAverage: Indicator {
    /// The window length.
    public let period: Int
    @usableFromInline var window: RingBuffer
    /// Σ x over the window.
    @usableFromInline var sum = 0.0
    /// Σ i·x over the window, i = 1 for the oldest value.
    @usableFromInline var weightedSum = 0.0
    @usableFromInline var nonFiniteCount = 0
    @usableFromInline var updatesSinceRecompute = 0
    @usableFromInline let divisor: Double

    /// Creates a WMA.
    ///
    /// - Parameter period: TA-Lib accepts 1…100 000 (1 is the identity).
    /// - Precondition: `period > 0`.
    public init(period: Int = 30) {
        precondition(period > 0, "WeightedMovingAverage period must be positive")
        self.period = period
        window = RingBuffer(capacity: period)
        divisor = Double(period) * Double(period + 1) / 2
    }

    /// `period` values.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` values have been seen.
    @inlinable public var isReady: Bool { window.isFull }

    /// Consumes one value; returns the weighted mean once warmed up.
    #if compiler(>=6.3)
    @inline(always)  // otherwise an out-of-line call per update; see RollingSum.push(_:)
    #else
    @inline(__always)
    #endif
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        if window.isFull {
            // Every weight drops by one: the leaving value had weight 1.
            weightedSum -= sum
            let leaving = window.oldest
            if leaving.isFinite { sum -= leaving } else { nonFiniteCount -= 1 }
        }
        window.push(value)
        if value.isFinite {
            sum += value
            weightedSum += Double(window.count) * value
        } else {
            nonFiniteCount += 1
        }
        updatesSinceRecompute += 1
        if updatesSinceRecompute == period { recompute() }
        guard window.isFull else { return nil }
        return nonFiniteCount > 0 ? .nan : weightedSum / divisor
    }

    @usableFromInline @inline(never)
    mutating func recompute() {
        updatesSinceRecompute = 0
        var plain = 0.0, weighted = 0.0, weight = 0.0
        window.forEachOldestFirst { value in
            weight += 1
            if value.isFinite {
                plain += value
                weighted += weight * value
            }
        }
        sum = plain
        weightedSum = weighted
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() {
        window.removeAll()
        sum = 0
        weightedSum = 0
        nonFiniteCount = 0
        updatesSinceRecompute = 0
    }
}

/// TA-Lib's name for ``WeightedMovingAverage``.
public typealias WMA = WeightedMovingAverage

/// The linearly weighted moving average (TA-Lib `WMA`): weights 1, 2, …, `period` from the
/// oldest to the newest value.
///
/// `WMA(t) = Σ_{i=1}^{period} i · x(t−period+i) / (period · (period + 1) / 2)`
///
/// Computed as TA-Lib 0.8's `TA_WMA` does, so the values are TA-Lib's to the bit: the plain
/// window sum and the weighted sum update in O(1) (`sum += new; sum −= leaving;
/// weighted += new · period; WMA = weighted / divisor; weighted −= sum`), and every
/// `8 · period` outputs both are recomputed from the window, oldest first — TA-Lib's own
/// resynchronisation (read from its machine code), which also keeps a long run from drifting.
/// Warm-up: `period` values. A non-finite input makes the outputs whose window contains it
/// NaN; the sums are recomputed once it has left.
public struct WeightedMovingAverage: Indicator {
    /// The window length.
    public let period: Int
    @usableFromInline var window: RingBuffer
    /// Σ x over the window.
    @usableFromInline var sum = 0.0
    /// Σ i·x over the window with i = 0 for the oldest value (TA-Lib's `periodSum` between
    /// outputs); during warm-up, i = 1 for the oldest.
    @usableFromInline var weightedSum = 0.0
    @usableFromInline var nonFiniteCount = 0
    /// Whether the sums must be recomputed from the window at the next finite output.
    @usableFromInline var needsResync = false
    /// Outputs left until TA-Lib's next resynchronisation.
    @usableFromInline var outputsUntilResync: Int
    @usableFromInline let divisor: Double
    @usableFromInline let weight: Double

    /// Creates a WMA.
    ///
    /// - Parameter period: TA-Lib accepts 1…100 000 (1 is the identity).
    /// - Precondition: `period > 0`.
    public init(period: Int = 30) {
        precondition(period > 0, "WeightedMovingAverage period must be positive")
        self.period = period
        window = RingBuffer(capacity: period)
        divisor = Double(period) * Double(period + 1) * 0.5
        weight = Double(period)
        outputsUntilResync = Self.resyncInterval(period)
    }

    /// TA-Lib's resynchronisation interval: `8 · period` outputs.
    @inlinable static func resyncInterval(_ period: Int) -> Int { 8 * period }

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
        if period == 1 {
            window.push(value)
            return value.isFinite ? value : .nan
        }
        let filled = window.count
        guard filled >= period - 1 else {
            window.push(value)
            if value.isFinite {
                sum += value
                weightedSum += value * Double(filled + 1)
            } else {
                nonFiniteCount += 1
            }
            return nil
        }
        let leaving = filled == period ? window.oldest : 0
        window.push(value)
        if !leaving.isFinite { nonFiniteCount -= 1 }
        if !value.isFinite { nonFiniteCount += 1 }
        outputsUntilResync -= 1
        let resync = outputsUntilResync == 0
        if resync { outputsUntilResync = Self.resyncInterval(period) }
        guard nonFiniteCount == 0 else {
            needsResync = true
            return .nan
        }
        if resync || needsResync { return resynchronize() }
        sum += value
        sum -= leaving
        weightedSum += value * weight
        let average = weightedSum / divisor
        weightedSum -= sum
        return average
    }

    /// Recomputes both sums from the window, oldest first, and returns the WMA (TA-Lib's
    /// resynchronisation).
    @usableFromInline @inline(never)
    mutating func resynchronize() -> Double {
        needsResync = false
        var plain = 0.0, weighted = 0.0, position = 0.0
        window.forEachOldestFirst { value in
            position += 1
            plain += value
            weighted += value * position
        }
        sum = plain
        weightedSum = weighted - plain
        return weighted / divisor
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() {
        window.removeAll()
        sum = 0
        weightedSum = 0
        nonFiniteCount = 0
        needsResync = false
        outputsUntilResync = Self.resyncInterval(period)
    }
}

/// TA-Lib's name for ``WeightedMovingAverage``.
public typealias WMA = WeightedMovingAverage

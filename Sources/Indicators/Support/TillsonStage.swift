/// One of the six exponential smoothings of ``TillsonMovingAverage``, in TA-Lib's `ta_T3.c`
/// arithmetic: seeded with the plain mean of its first `period` inputs, then
/// `e = k · x + (1 − k) · e` with `k = 2 / (period + 1)`, evaluated as TA-Lib 0.8's FMA build
/// does (`fma(1 − k, e, k · x)`), so the values are TA-Lib's to the bit.
@usableFromInline
struct TillsonStage: Sendable {
    @usableFromInline let period: Int
    /// `k` and `1 − k`.
    @usableFromInline let smoothing: Double
    @usableFromInline let retained: Double
    @usableFromInline var seed = SeedMean()
    @usableFromInline var value = 0.0

    @usableFromInline
    init(period: Int) {
        self.period = period
        smoothing = 2 / (Double(period) + 1)
        retained = 1 - smoothing
    }

    @inlinable var isReady: Bool { seed.isComplete(period) }

    /// Consumes one input; returns the smoothed value once seeded.
    @inlinable @inline(__always)
    mutating func update(_ input: Double) -> Double? {
        if seed.isComplete(period) {
            value = (smoothing * input).addingProduct(retained, value)
            return value
        }
        guard let mean = seed.add(input, period: period) else { return nil }
        value = mean
        return value
    }

    @inlinable
    mutating func reset() {
        seed.reset()
        value = 0
    }
}

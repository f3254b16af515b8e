/// The triangular moving average (TA-Lib `TRIMA`): a moving average of a moving average,
/// weighting the middle of the window most.
///
/// For odd `period` it is `SMA(SMA(x, (period+1)/2), (period+1)/2)`, weights 1, 2, …, m, …, 2, 1;
/// for even `period` it is `SMA(SMA(x, period/2 + 1), period/2)`, weights 1, 2, …, m, m, …, 2, 1 —
/// the two cases of TA-Lib's `ta_TRIMA.c`. Warm-up: `period` values. A non-finite input makes
/// the outputs whose window contains it NaN.
public struct TriangularMovingAverage: Indicator {
    /// The total window length.
    public let period: Int
    @usableFromInline var inner: SimpleMovingAverage
    @usableFromInline var outer: SimpleMovingAverage

    /// Creates a TRIMA.
    ///
    /// - Parameter period: TA-Lib accepts 1…100 000 (1 is the identity).
    /// - Precondition: `period > 0`.
    public init(period: Int = 30) {
        precondition(period > 0, "TriangularMovingAverage period must be positive")
        self.period = period
        if period % 2 == 1 {
            inner = SimpleMovingAverage(period: (period + 1) / 2)
            outer = SimpleMovingAverage(period: (period + 1) / 2)
        } else {
            inner = SimpleMovingAverage(period: period / 2 + 1)
            outer = SimpleMovingAverage(period: period / 2)
        }
    }

    /// `period` values.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` values have been seen.
    @inlinable public var isReady: Bool { outer.isReady }

    /// Consumes one value; returns the triangular mean once warmed up.
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        guard let first = inner.update(value) else { return nil }
        return outer.update(first)
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() {
        inner.reset()
        outer.reset()
    }
}

/// TA-Lib's name for ``TriangularMovingAverage``.
public typealias TRIMA = TriangularMovingAverage

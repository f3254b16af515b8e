/// A moving average of a type chosen at run time (TA-Lib `MA` with a `TA_MAType`), dispatched
/// with a `switch` rather than through an existential.
///
/// Used by the indicators whose smoothing is a parameter (Bollinger bands, PPO, the
/// stochastics). Warm-up and values are those of the selected type.
public enum MovingAverage: Indicator {
    /// ``SimpleMovingAverage``.
    case simple(SimpleMovingAverage)
    /// ``ExponentialMovingAverage``.
    case exponential(ExponentialMovingAverage)
    /// ``WeightedMovingAverage``.
    case weighted(WeightedMovingAverage)
    /// ``DoubleExponentialMovingAverage``.
    case doubleExponential(DoubleExponentialMovingAverage)
    /// ``TripleExponentialMovingAverage``.
    case tripleExponential(TripleExponentialMovingAverage)
    /// ``TriangularMovingAverage``.
    case triangular(TriangularMovingAverage)
    /// ``KaufmanAdaptiveMovingAverage``.
    case kaufmanAdaptive(KaufmanAdaptiveMovingAverage)
    /// ``TillsonMovingAverage``.
    case tillson(TillsonMovingAverage)

    /// Creates the moving average `type` over `period` values (T3 uses volume factor 0.7, as
    /// TA-Lib's `TA_MA` does).
    ///
    /// - Precondition: `period > 0`.
    public init(_ type: MovingAverageType, period: Int) {
        switch type {
        case .simple: self = .simple(SimpleMovingAverage(period: period))
        case .exponential: self = .exponential(ExponentialMovingAverage(period: period))
        case .weighted: self = .weighted(WeightedMovingAverage(period: period))
        case .doubleExponential: self = .doubleExponential(DoubleExponentialMovingAverage(period: period))
        case .tripleExponential: self = .tripleExponential(TripleExponentialMovingAverage(period: period))
        case .triangular: self = .triangular(TriangularMovingAverage(period: period))
        case .kaufmanAdaptive: self = .kaufmanAdaptive(KaufmanAdaptiveMovingAverage(period: period))
        case .tillson: self = .tillson(TillsonMovingAverage(period: period, volumeFactor: 0.7))
        }
    }

    /// The selected type's warm-up period.
    @inlinable
    public var warmUpPeriod: Int {
        switch self {
        case let .simple(average): average.warmUpPeriod
        case let .exponential(average): average.warmUpPeriod
        case let .weighted(average): average.warmUpPeriod
        case let .doubleExponential(average): average.warmUpPeriod
        case let .tripleExponential(average): average.warmUpPeriod
        case let .triangular(average): average.warmUpPeriod
        case let .kaufmanAdaptive(average): average.warmUpPeriod
        case let .tillson(average): average.warmUpPeriod
        }
    }

    /// Whether the selected average is warmed up.
    @inlinable
    public var isReady: Bool {
        switch self {
        case let .simple(average): average.isReady
        case let .exponential(average): average.isReady
        case let .weighted(average): average.isReady
        case let .doubleExponential(average): average.isReady
        case let .tripleExponential(average): average.isReady
        case let .triangular(average): average.isReady
        case let .kaufmanAdaptive(average): average.isReady
        case let .tillson(average): average.isReady
        }
    }

    /// Consumes one value; returns the average once warmed up.
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        // Cases whose payload owns a buffer move it out and leave an allocation-free
        // placeholder behind, so the buffer stays uniquely referenced and is written in place.
        switch self {
        case var .simple(average):
            self = .vacated
            defer { self = .simple(average) }
            return average.update(value)
        case var .exponential(average):
            defer { self = .exponential(average) }
            return average.update(value)
        case var .weighted(average):
            self = .vacated
            defer { self = .weighted(average) }
            return average.update(value)
        case var .doubleExponential(average):
            defer { self = .doubleExponential(average) }
            return average.update(value)
        case var .tripleExponential(average):
            defer { self = .tripleExponential(average) }
            return average.update(value)
        case var .triangular(average):
            self = .vacated
            defer { self = .triangular(average) }
            return average.update(value)
        case var .kaufmanAdaptive(average):
            self = .vacated
            defer { self = .kaufmanAdaptive(average) }
            return average.update(value)
        case var .tillson(average):
            defer { self = .tillson(average) }
            return average.update(value)
        }
    }

    /// A stand-in holding no heap storage, assigned while a payload is being updated.
    @usableFromInline
    static var vacated: MovingAverage { .exponential(ExponentialMovingAverage(period: 1, smoothing: 1)) }

    /// Resets the selected average.
    @inlinable
    public mutating func reset() {
        switch self {
        case var .simple(average): average.reset(); self = .simple(average)
        case var .exponential(average): average.reset(); self = .exponential(average)
        case var .weighted(average): average.reset(); self = .weighted(average)
        case var .doubleExponential(average): average.reset(); self = .doubleExponential(average)
        case var .tripleExponential(average): average.reset(); self = .tripleExponential(average)
        case var .triangular(average): average.reset(); self = .triangular(average)
        case var .kaufmanAdaptive(average): average.reset(); self = .kaufmanAdaptive(average)
        case var .tillson(average): average.reset(); self = .tillson(average)
        }
    }
}

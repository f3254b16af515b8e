/// A moving average of a type chosen at run time (TA-Lib `MA` with a `TA_MAType`),
/// dispatched with a `switch` on the type rather than through an existential.
///
/// Used by the indicators whose smoothing is a parameter (Bollinger bands, PPO, the
/// stochastics). Only the selected average is stored; it is updated in place. Warm-up and
/// values are those of the selected type.
public struct MovingAverage: Indicator {
    /// The selected average type.
    public let type: MovingAverageType
    @usableFromInline var simple: SimpleMovingAverage?
    @usableFromInline var exponential: ExponentialMovingAverage?
    @usableFromInline var weighted: WeightedMovingAverage?
    @usableFromInline var doubleExponential: DoubleExponentialMovingAverage?
    @usableFromInline var tripleExponential: TripleExponentialMovingAverage?
    @usableFromInline var triangular: TriangularMovingAverage?
    @usableFromInline var kaufmanAdaptive: KaufmanAdaptiveMovingAverage?
    @usableFromInline var tillson: TillsonMovingAverage?

    /// Creates the moving average `type` over `period` values (T3 uses volume factor 0.7, as
    /// TA-Lib's `TA_MA` does).
    ///
    /// - Precondition: `period > 0`.
    public init(_ type: MovingAverageType, period: Int) {
        self.type = type
        switch type {
        case .simple: simple = SimpleMovingAverage(period: period)
        case .exponential: exponential = ExponentialMovingAverage(period: period)
        case .weighted: weighted = WeightedMovingAverage(period: period)
        case .doubleExponential: doubleExponential = DoubleExponentialMovingAverage(period: period)
        case .tripleExponential: tripleExponential = TripleExponentialMovingAverage(period: period)
        case .triangular: triangular = TriangularMovingAverage(period: period)
        case .kaufmanAdaptive: kaufmanAdaptive = KaufmanAdaptiveMovingAverage(period: period)
        case .tillson: tillson = TillsonMovingAverage(period: period, volumeFactor: 0.7)
        }
    }

    /// The selected type's warm-up period.
    @inlinable
    public var warmUpPeriod: Int {
        switch type {
        case .simple: simple!.warmUpPeriod
        case .exponential: exponential!.warmUpPeriod
        case .weighted: weighted!.warmUpPeriod
        case .doubleExponential: doubleExponential!.warmUpPeriod
        case .tripleExponential: tripleExponential!.warmUpPeriod
        case .triangular: triangular!.warmUpPeriod
        case .kaufmanAdaptive: kaufmanAdaptive!.warmUpPeriod
        case .tillson: tillson!.warmUpPeriod
        }
    }

    /// Whether the selected average is warmed up.
    @inlinable
    public var isReady: Bool {
        switch type {
        case .simple: simple!.isReady
        case .exponential: exponential!.isReady
        case .weighted: weighted!.isReady
        case .doubleExponential: doubleExponential!.isReady
        case .tripleExponential: tripleExponential!.isReady
        case .triangular: triangular!.isReady
        case .kaufmanAdaptive: kaufmanAdaptive!.isReady
        case .tillson: tillson!.isReady
        }
    }

    /// Consumes one value; returns the average once warmed up.
    @inlinable @inline(__always)
    public mutating func update(_ value: Double) -> Double? {
        switch type {
        case .simple: simple!.update(value)
        case .exponential: exponential!.update(value)
        case .weighted: weighted!.update(value)
        case .doubleExponential: doubleExponential!.update(value)
        case .tripleExponential: tripleExponential!.update(value)
        case .triangular: triangular!.update(value)
        case .kaufmanAdaptive: kaufmanAdaptive!.update(value)
        case .tillson: tillson!.update(value)
        }
    }

    /// Resets the selected average.
    @inlinable
    public mutating func reset() {
        switch type {
        case .simple: simple!.reset()
        case .exponential: exponential!.reset()
        case .weighted: weighted!.reset()
        case .doubleExponential: doubleExponential!.reset()
        case .tripleExponential: tripleExponential!.reset()
        case .triangular: triangular!.reset()
        case .kaufmanAdaptive: kaufmanAdaptive!.reset()
        case .tillson: tillson!.reset()
        }
    }
}

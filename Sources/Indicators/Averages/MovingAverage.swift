/// A moving average of a type chosen at run time (TA-Lib `MA` with a `TA_MAType`),
/// dispatched with a `switch` on the type rather than through an existential.
///
/// Used by the indicators whose smoothing is a parameter (Bollinger bands, PPO, the
/// stochastics). Only the selected average is updated, in place; the other types are not
/// stored, except idle one-value SMA and EMA instances (see `simple`). Warm-up and values are
/// those of the selected type.
public struct MovingAverage: Indicator {
    /// The selected average type.
    public let type: MovingAverageType
    /// The SMA when `type` is `.simple`; otherwise an idle SMA(1) that is never updated.
    /// SMA and EMA, the common types, are stored unwrapped so that their update tests no
    /// optional's case (for an optional of a type with an inline window that test is an
    /// out-of-line call).
    @usableFromInline var simple: SimpleMovingAverage
    /// The EMA when `type` is `.exponential`; otherwise an idle EMA(1) that is never updated.
    @usableFromInline var exponential: ExponentialMovingAverage
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
        simple = SimpleMovingAverage(period: type == .simple ? period : 1)
        exponential = ExponentialMovingAverage(period: type == .exponential ? period : 1)
        switch type {
        case .simple, .exponential: break
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
        case .simple: simple.warmUpPeriod
        case .exponential: exponential.warmUpPeriod
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
        case .simple: simple.isReady
        case .exponential: exponential.isReady
        case .weighted: weighted!.isReady
        case .doubleExponential: doubleExponential!.isReady
        case .tripleExponential: tripleExponential!.isReady
        case .triangular: triangular!.isReady
        case .kaufmanAdaptive: kaufmanAdaptive!.isReady
        case .tillson: tillson!.isReady
        }
    }

    /// Consumes one value; returns the average once warmed up.
    ///
    /// SMA and EMA, the defaults of every indicator with a selectable average, are updated
    /// inline; the other types through one out-of-line call, which keeps this small enough
    /// to inline into the callers' loops.
    #if compiler(>=6.3)
    @inline(always)  // see RollingSum.push(_:)
    #else
    @inline(__always)
    #endif
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        switch type {
        case .simple: simple.update(value)
        case .exponential: exponential.update(value)
        default: updateOther(value)
        }
    }

    /// ``update(_:)`` for the types other than SMA and EMA.
    @inlinable @inline(never)
    mutating func updateOther(_ value: Double) -> Double? {
        switch type {
        case .simple: simple.update(value)
        case .exponential: exponential.update(value)
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
        case .simple: simple.reset()
        case .exponential: exponential.reset()
        case .weighted: weighted!.reset()
        case .doubleExponential: doubleExponential!.reset()
        case .tripleExponential: tripleExponential!.reset()
        case .triangular: triangular!.reset()
        case .kaufmanAdaptive: kaufmanAdaptive!.reset()
        case .tillson: tillson!.reset()
        }
    }
}

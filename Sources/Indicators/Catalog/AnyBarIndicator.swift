import TradingCore

/// A type-erased indicator fed with bars that reports its outputs as an array of `Double`:
/// the uniform shape the catalog, the command line and the golden tests work with.
///
/// Each update goes through an existential and allocates its output array, so this wrapper
/// is for tools and tests; trading code uses the concrete indicator types.
public struct AnyBarIndicator: Indicator {
    var base: any Indicator<Bar, [Double]>

    /// Wraps `indicator`, feeding it `input(bar)` and flattening its output with `outputs`.
    ///
    /// - Parameters:
    ///   - indicator: the concrete indicator.
    ///   - input: picks the indicator's input from a bar (e.g. `{ $0.close }`).
    ///   - outputs: lists the output values in catalog order.
    public init<Base: Indicator>(
        _ indicator: Base,
        input: @escaping @Sendable (Bar) -> Base.Input,
        outputs: @escaping @Sendable (Base.Output) -> [Double]
    ) {
        base = BarAdapter(base: indicator, input: input, flatten: outputs)
    }

    /// The wrapped indicator's warm-up period.
    public var warmUpPeriod: Int { base.warmUpPeriod }
    /// Whether the wrapped indicator is ready.
    public var isReady: Bool { base.isReady }

    /// Feeds one bar; returns the outputs in catalog order, or `nil` while warming up.
    public mutating func update(_ bar: Bar) -> [Double]? { base.update(bar) }

    /// Resets the wrapped indicator.
    public mutating func reset() { base.reset() }
}

/// Adapts an indicator of any input and output to bars in and `[Double]` out.
struct BarAdapter<Base: Indicator>: Indicator {
    var base: Base
    let input: @Sendable (Bar) -> Base.Input
    let flatten: @Sendable (Base.Output) -> [Double]

    var warmUpPeriod: Int { base.warmUpPeriod }
    var isReady: Bool { base.isReady }
    mutating func update(_ bar: Bar) -> [Double]? { base.update(input(bar)).map(flatten) }
    mutating func reset() { base.reset() }
}

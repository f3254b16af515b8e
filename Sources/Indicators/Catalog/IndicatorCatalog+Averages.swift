extension IndicatorCatalog {
    /// Moving averages (TA-Lib's overlap studies that smooth one series), fed with closes.
    static let averages: [IndicatorSpecification] = [
        IndicatorSpecification(name: "SMA", summary: "simple moving average (SimpleMovingAverage)", parameters: [timePeriod(default: 30, minimum: 1)]) {
            closes(SimpleMovingAverage(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "EMA", summary: "exponential moving average (ExponentialMovingAverage)", parameters: [timePeriod(default: 30, minimum: 1)]) {
            closes(ExponentialMovingAverage(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "WMA", summary: "linearly weighted moving average (WeightedMovingAverage)", parameters: [timePeriod(default: 30, minimum: 1)]) {
            closes(WeightedMovingAverage(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "DEMA", summary: "double exponential moving average (DoubleExponentialMovingAverage)", parameters: [timePeriod(default: 30, minimum: 1)]) {
            closes(DoubleExponentialMovingAverage(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "TEMA", summary: "triple exponential moving average (TripleExponentialMovingAverage)", parameters: [timePeriod(default: 30, minimum: 1)]) {
            closes(TripleExponentialMovingAverage(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "TRIMA", summary: "triangular moving average (TriangularMovingAverage)", parameters: [timePeriod(default: 30, minimum: 1)]) {
            closes(TriangularMovingAverage(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "KAMA", summary: "Kaufman adaptive moving average (KaufmanAdaptiveMovingAverage)", parameters: [timePeriod(default: 30, minimum: 1)]) {
            closes(KaufmanAdaptiveMovingAverage(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(
            name: "T3", summary: "Tillson T3 moving average (TillsonMovingAverage)",
            parameters: [timePeriod(default: 5, minimum: 1), .real("vfactor", default: 0.7, range: 0...1)]
        ) {
            closes(TillsonMovingAverage(period: $0.integer("timeperiod"), volumeFactor: $0.real("vfactor")))
        },
    ]
}

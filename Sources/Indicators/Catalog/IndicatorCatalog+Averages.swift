extension IndicatorCatalog {
    /// Moving averages (TA-Lib's overlap studies that smooth one series).
    static let averages: [IndicatorSpecification] = [
        IndicatorSpecification(name: "SMA", summary: "simple moving average (SimpleMovingAverage)", parameters: [timePeriod(default: 30, minimum: 1)]) {
            closes(SimpleMovingAverage(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "EMA", summary: "exponential moving average (ExponentialMovingAverage)", parameters: [timePeriod(default: 30, minimum: 1)]) {
            closes(ExponentialMovingAverage(period: $0.integer("timeperiod")))
        },
    ]
}

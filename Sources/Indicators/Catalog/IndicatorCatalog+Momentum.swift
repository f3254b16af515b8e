extension IndicatorCatalog {
    /// Momentum oscillators.
    static let momentum: [IndicatorSpecification] = [
        IndicatorSpecification(name: "ROC", summary: "rate of change in percent (RateOfChange)", parameters: [timePeriod(default: 10, minimum: 1)]) {
            closes(RateOfChange(period: $0.integer("timeperiod")))
        },
    ]
}

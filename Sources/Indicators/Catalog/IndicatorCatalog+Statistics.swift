extension IndicatorCatalog {
    /// Rolling statistics.
    static let statistics: [IndicatorSpecification] = [
        IndicatorSpecification(name: "MAX", summary: "highest value over a window (RollingMaximum)", parameters: [timePeriod(default: 30)]) {
            closes(RollingMaximum(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "MIN", summary: "lowest value over a window (RollingMinimum)", parameters: [timePeriod(default: 30)]) {
            closes(RollingMinimum(period: $0.integer("timeperiod")))
        },
    ]
}

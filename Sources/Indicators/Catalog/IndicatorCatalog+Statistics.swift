extension IndicatorCatalog {
    /// Rolling statistics, fed with closes.
    static let statistics: [IndicatorSpecification] = [
        IndicatorSpecification(
            name: "STDDEV", summary: "population standard deviation × nbdev (StandardDeviation)",
            parameters: [timePeriod(default: 5), .real("nbdev", default: 1, range: -3e37...3e37)]
        ) {
            closes(StandardDeviation(period: $0.integer("timeperiod"), deviations: $0.real("nbdev")))
        },
        IndicatorSpecification(
            name: "VAR", summary: "population variance (Variance); nbdev is accepted and, as in TA-Lib, ignored",
            parameters: [timePeriod(default: 5, minimum: 1), .real("nbdev", default: 1, range: -3e37...3e37)]
        ) {
            closes(Variance(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "MAX", summary: "highest value over a window (RollingMaximum)", parameters: [timePeriod(default: 30)]) {
            closes(RollingMaximum(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "MIN", summary: "lowest value over a window (RollingMinimum)", parameters: [timePeriod(default: 30)]) {
            closes(RollingMinimum(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "MIDPOINT", summary: "(highest + lowest) / 2 over a window (Midpoint)", parameters: [timePeriod(default: 14)]) {
            closes(Midpoint(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "LINEARREG", summary: "least-squares line's value at the current bar (LinearRegression)", parameters: [timePeriod(default: 14)]) {
            closes(LinearRegression(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "LINEARREG_SLOPE", summary: "least-squares line's slope per bar (LinearRegressionSlope)", parameters: [timePeriod(default: 14)]) {
            closes(LinearRegressionSlope(period: $0.integer("timeperiod")))
        },
    ]
}

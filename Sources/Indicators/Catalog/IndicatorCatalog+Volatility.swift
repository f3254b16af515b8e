extension IndicatorCatalog {
    /// Volatility measures.
    static let volatility: [IndicatorSpecification] = [
        IndicatorSpecification(name: "TRANGE", summary: "true range (TrueRange)", parameters: []) { _ in
            bars(TrueRange())
        },
        IndicatorSpecification(name: "ATR", summary: "average true range (AverageTrueRange)", parameters: [timePeriod(default: 14, minimum: 1)]) {
            bars(AverageTrueRange(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "NATR", summary: "ATR in percent of the close (NormalizedAverageTrueRange)", parameters: [timePeriod(default: 14, minimum: 1)]) {
            bars(NormalizedAverageTrueRange(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(
            name: "BBANDS", summary: "Bollinger bands (BollingerBands)",
            parameters: [
                timePeriod(default: 20), .real("nbdevup", default: 2, range: -3e37...3e37), .real("nbdevdn", default: 2, range: -3e37...3e37),
                movingAverageType("matype", default: 0),
            ],
            outputNames: ["upperband", "middleband", "lowerband"]
        ) {
            AnyBarIndicator(
                BollingerBands(period: $0.integer("timeperiod"), deviationsUp: $0.real("nbdevup"), deviationsDown: $0.real("nbdevdn"), averageType: $0.averageType("matype")),
                input: { $0.close }, outputs: { [$0.upper, $0.middle, $0.lower] })
        },
    ]
}

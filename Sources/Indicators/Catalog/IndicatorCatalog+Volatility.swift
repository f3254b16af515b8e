extension IndicatorCatalog {
    /// Volatility measures.
    static let volatility: [IndicatorSpecification] = [
        IndicatorSpecification(name: "TRANGE", summary: "true range (TrueRange)", parameters: []) { _ in
            bars(TrueRange())
        },
        IndicatorSpecification(name: "ATR", summary: "average true range (AverageTrueRange)", parameters: [timePeriod(default: 14, minimum: 1)]) {
            bars(AverageTrueRange(period: $0.integer("timeperiod")))
        },
    ]
}

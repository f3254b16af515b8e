extension IndicatorCatalog {
    /// The TrendBreakout features, under lower-case names (upper case in the table).
    static let features: [IndicatorSpecification] = [
        IndicatorSpecification(name: "PRICE_VS_MA", summary: "close / SMA(timeperiod) − 1 (PriceToMovingAverage)", parameters: [timePeriod(default: 50, minimum: 1)]) {
            closes(PriceToMovingAverage(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "PRICE_VS_HIGH", summary: "close / highest high of timeperiod bars incl. the current − 1 (PriceToHigh)", parameters: [timePeriod(default: 252, minimum: 1)]) {
            bars(PriceToHigh(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "VOLUME_ZSCORE", summary: "z-score of volume, population σ over timeperiod bars (VolumeZScore)", parameters: [timePeriod(default: 20, minimum: 1)]) {
            AnyBarIndicator(VolumeZScore(period: $0.integer("timeperiod")), input: { $0.volume }, outputs: { [$0] })
        },
        IndicatorSpecification(
            name: "VOLATILITY", summary: "annualized sample σ of timeperiod log returns of close (RealizedVolatility)",
            parameters: [timePeriod(default: 20), .real("periodsperyear", default: 252, range: 1...1_000_000)]
        ) {
            closes(RealizedVolatility(period: $0.integer("timeperiod"), periodsPerYear: $0.real("periodsperyear")))
        },
    ]
}

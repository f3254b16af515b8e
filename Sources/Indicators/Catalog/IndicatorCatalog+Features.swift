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
        IndicatorSpecification(
            name: "DONCHIAN", summary: "highest high / midpoint / lowest low of timeperiod bars incl. the current (DonchianChannel)",
            parameters: [timePeriod(default: 20, minimum: 1)], outputNames: ["upper", "middle", "lower"]
        ) {
            AnyBarIndicator(DonchianChannel(period: $0.integer("timeperiod")), input: { $0 }, outputs: { [$0.upper, $0.middle, $0.lower] })
        },
        IndicatorSpecification(
            name: "KELTNER", summary: "EMA(timeperiod) of close ± multiplier × ATR(atrperiod) (KeltnerChannel)",
            parameters: [timePeriod(default: 20, minimum: 1), .integer("atrperiod", default: 10, range: 1...100_000), .real("multiplier", default: 2, range: 0...1_000)],
            outputNames: ["upper", "middle", "lower"]
        ) {
            AnyBarIndicator(
                KeltnerChannel(period: $0.integer("timeperiod"), atrPeriod: $0.integer("atrperiod"), multiplier: $0.real("multiplier")),
                input: { $0 }, outputs: { [$0.upper, $0.middle, $0.lower] })
        },
        IndicatorSpecification(name: "VWAP", summary: "rolling Σ(typical price × volume) / Σ volume over timeperiod bars (VolumeWeightedAveragePrice)", parameters: [timePeriod(default: 20, minimum: 1)]) {
            bars(VolumeWeightedAveragePrice(period: $0.integer("timeperiod")))
        },
    ]
}

extension IndicatorCatalog {
    /// Momentum oscillators.
    static let momentum: [IndicatorSpecification] = [
        IndicatorSpecification(name: "RSI", summary: "relative strength index (RelativeStrengthIndex)", parameters: [timePeriod(default: 14)]) {
            closes(RelativeStrengthIndex(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "CMO", summary: "Chande momentum oscillator (ChandeMomentumOscillator)", parameters: [timePeriod(default: 14)]) {
            closes(ChandeMomentumOscillator(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(
            name: "MACD", summary: "moving-average convergence/divergence (MovingAverageConvergenceDivergence)",
            parameters: [
                .integer("fastperiod", default: 12, range: 2...100_000), .integer("slowperiod", default: 26, range: 2...100_000),
                .integer("signalperiod", default: 9, range: 1...100_000),
            ],
            outputNames: ["macd", "macdsignal", "macdhist"]
        ) {
            AnyBarIndicator(
                MovingAverageConvergenceDivergence(fastPeriod: $0.integer("fastperiod"), slowPeriod: $0.integer("slowperiod"), signalPeriod: $0.integer("signalperiod")),
                input: { $0.close }, outputs: { [$0.macd, $0.signal, $0.histogram] })
        },
        IndicatorSpecification(
            name: "PPO", summary: "percentage price oscillator (PercentagePriceOscillator)",
            parameters: [.integer("fastperiod", default: 12, range: 2...100_000), .integer("slowperiod", default: 26, range: 2...100_000), movingAverageType("matype", default: 1)]
        ) {
            closes(PercentagePriceOscillator(fastPeriod: $0.integer("fastperiod"), slowPeriod: $0.integer("slowperiod"), averageType: $0.averageType("matype")))
        },
        IndicatorSpecification(
            name: "STOCH", summary: "slow stochastic (Stochastic)",
            parameters: [
                .integer("fastk_period", default: 5, range: 1...100_000), .integer("slowk_period", default: 3, range: 1...100_000), movingAverageType("slowk_matype", default: 0),
                .integer("slowd_period", default: 3, range: 1...100_000), movingAverageType("slowd_matype", default: 0),
            ],
            outputNames: ["slowk", "slowd"]
        ) {
            AnyBarIndicator(
                Stochastic(
                    fastKPeriod: $0.integer("fastk_period"), slowKPeriod: $0.integer("slowk_period"), slowKType: $0.averageType("slowk_matype"),
                    slowDPeriod: $0.integer("slowd_period"), slowDType: $0.averageType("slowd_matype")),
                input: { $0 }, outputs: { [$0.slowK, $0.slowD] })
        },
        IndicatorSpecification(
            name: "STOCHF", summary: "fast stochastic (FastStochastic)",
            parameters: [.integer("fastk_period", default: 5, range: 1...100_000), .integer("fastd_period", default: 3, range: 1...100_000), movingAverageType("fastd_matype", default: 0)],
            outputNames: ["fastk", "fastd"]
        ) {
            AnyBarIndicator(
                FastStochastic(fastKPeriod: $0.integer("fastk_period"), fastDPeriod: $0.integer("fastd_period"), fastDType: $0.averageType("fastd_matype")),
                input: { $0 }, outputs: { [$0.fastK, $0.fastD] })
        },
        IndicatorSpecification(name: "WILLR", summary: "Williams' %R (WilliamsPercentRange)", parameters: [timePeriod(default: 14)]) {
            bars(WilliamsPercentRange(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "CCI", summary: "commodity channel index (CommodityChannelIndex)", parameters: [timePeriod(default: 14)]) {
            bars(CommodityChannelIndex(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "ROC", summary: "rate of change in percent (RateOfChange)", parameters: [timePeriod(default: 10, minimum: 1)]) {
            closes(RateOfChange(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "MOM", summary: "momentum, x − x[period] (Momentum)", parameters: [timePeriod(default: 10, minimum: 1)]) {
            closes(Momentum(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(
            name: "ULTOSC", summary: "ultimate oscillator (UltimateOscillator)",
            parameters: [
                .integer("timeperiod1", default: 7, range: 1...100_000), .integer("timeperiod2", default: 14, range: 1...100_000),
                .integer("timeperiod3", default: 28, range: 1...100_000),
            ]
        ) {
            bars(UltimateOscillator(period1: $0.integer("timeperiod1"), period2: $0.integer("timeperiod2"), period3: $0.integer("timeperiod3")))
        },
    ]
}

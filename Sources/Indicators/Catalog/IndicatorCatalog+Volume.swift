extension IndicatorCatalog {
    /// Volume-based indicators.
    static let volume: [IndicatorSpecification] = [
        IndicatorSpecification(name: "OBV", summary: "on-balance volume (OnBalanceVolume)", parameters: []) { _ in
            bars(OnBalanceVolume())
        },
        IndicatorSpecification(name: "AD", summary: "Chaikin accumulation/distribution line (AccumulationDistribution)", parameters: []) { _ in
            bars(AccumulationDistribution())
        },
        IndicatorSpecification(
            name: "ADOSC", summary: "Chaikin A/D oscillator (ChaikinOscillator)",
            parameters: [.integer("fastperiod", default: 3, range: 2...100_000), .integer("slowperiod", default: 10, range: 2...100_000)]
        ) {
            bars(ChaikinOscillator(fastPeriod: $0.integer("fastperiod"), slowPeriod: $0.integer("slowperiod")))
        },
        IndicatorSpecification(name: "MFI", summary: "money flow index (MoneyFlowIndex)", parameters: [timePeriod(default: 14)]) {
            bars(MoneyFlowIndex(period: $0.integer("timeperiod")))
        },
    ]
}

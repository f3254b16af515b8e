extension IndicatorCatalog {
    /// Trend and directional-movement indicators.
    static let trend: [IndicatorSpecification] = [
        IndicatorSpecification(name: "ADX", summary: "average directional index (AverageDirectionalIndex)", parameters: [timePeriod(default: 14)]) {
            bars(AverageDirectionalIndex(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "PLUS_DI", summary: "plus directional indicator (PlusDirectionalIndicator)", parameters: [timePeriod(default: 14, minimum: 1)]) {
            bars(PlusDirectionalIndicator(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "MINUS_DI", summary: "minus directional indicator (MinusDirectionalIndicator)", parameters: [timePeriod(default: 14, minimum: 1)]) {
            bars(MinusDirectionalIndicator(period: $0.integer("timeperiod")))
        },
        IndicatorSpecification(name: "AROON", summary: "Aroon down and up (Aroon)", parameters: [timePeriod(default: 14)], outputNames: ["aroondown", "aroonup"]) {
            AnyBarIndicator(Aroon(period: $0.integer("timeperiod")), input: { $0 }, outputs: { [$0.down, $0.up] })
        },
        IndicatorSpecification(
            name: "SAR", summary: "parabolic stop and reverse (ParabolicStopAndReverse)",
            parameters: [.real("acceleration", default: 0.02, range: 0...3e37), .real("maximum", default: 0.2, range: 0...3e37)]
        ) {
            bars(ParabolicStopAndReverse(acceleration: $0.real("acceleration"), maximum: $0.real("maximum")))
        },
    ]
}

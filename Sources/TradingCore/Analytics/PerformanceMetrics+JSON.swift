extension PerformanceMetrics {
    /// The metrics as a JSON object whose keys are the property names, in declaration
    /// order; `nil` metrics are `null` and timestamps ISO 8601 strings.
    ///
    /// This is the `metrics` object of `summary.json`. (The synthesized `Codable`
    /// conformance, for round-tripping through `JSONEncoder`, omits `nil` members and
    /// encodes timestamps as nanosecond counts instead.)
    public var jsonValue: JSONValue {
        [
            "start": .timestamp(start),
            "end": .timestamp(end),
            "barCount": .integer(barCount),
            "periodsPerYear": .number(periodsPerYear),
            "equityInitial": .number(equityInitial),
            "equityFinal": .number(equityFinal),
            "equityPeak": .number(equityPeak),
            "totalReturnPct": .number(totalReturnPct),
            "cagrPct": .number(cagrPct),
            "volatilityAnnualizedPct": .number(volatilityAnnualizedPct),
            "sharpeRatio": .number(sharpeRatio),
            "sortinoRatio": .number(sortinoRatio),
            "calmarRatio": .number(calmarRatio),
            "maxDrawdownPct": .number(maxDrawdownPct),
            "maxDrawdownDurationBars": .integer(maxDrawdownDurationBars),
            "maxDrawdownDurationDays": .number(maxDrawdownDurationDays),
            "tradeCount": .integer(tradeCount),
            "winRatePct": .number(winRatePct),
            "profitFactor": .number(profitFactor),
            "expectancy": .number(expectancy),
            "averageWin": .number(averageWin),
            "averageLoss": .number(averageLoss),
            "bestTradePct": .number(bestTradePct),
            "worstTradePct": .number(worstTradePct),
            "sqn": .number(sqn),
            "exposurePct": .number(exposurePct),
            "turnover": .number(turnover),
        ]
    }
}

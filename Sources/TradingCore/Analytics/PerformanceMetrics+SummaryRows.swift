extension PerformanceMetrics {
    /// The metrics as human-readable `(label, value)` rows, for console summaries and the
    /// HTML report's metrics table. Money has two decimals and thousands separators,
    /// percentages and ratios two decimals; `nil` metrics show as `—`.
    public var summaryRows: [(label: String, value: String)] {
        func money(_ value: Double?) -> String { value.map { NumberText.fixed($0, decimals: 2, grouping: true) } ?? "—" }
        func percent(_ value: Double?) -> String { value.map { NumberText.fixed($0, decimals: 2) + " %" } ?? "—" }
        func ratio(_ value: Double?) -> String { value.map { NumberText.fixed($0, decimals: 2) } ?? "—" }
        return [
            ("Start", start?.description ?? "—"),
            ("End", end?.description ?? "—"),
            ("Bars", String(barCount)),
            ("Initial equity", money(equityInitial)),
            ("Final equity", money(equityFinal)),
            ("Peak equity", money(equityPeak)),
            ("Total return", percent(totalReturnPct)),
            ("CAGR", percent(cagrPct)),
            ("Volatility (annualized)", percent(volatilityAnnualizedPct)),
            ("Sharpe ratio", ratio(sharpeRatio)),
            ("Sortino ratio", ratio(sortinoRatio)),
            ("Calmar ratio", ratio(calmarRatio)),
            ("Max drawdown", percent(maxDrawdownPct)),
            ("Max drawdown duration", String(maxDrawdownDurationBars) + " bars (" + NumberText.fixed(maxDrawdownDurationDays, decimals: 0) + " days)"),
            ("Trades", String(tradeCount)),
            ("Win rate", percent(winRatePct)),
            ("Profit factor", ratio(profitFactor)),
            ("Expectancy per trade", money(expectancy)),
            ("Average win", money(averageWin)),
            ("Average loss", money(averageLoss)),
            ("Best trade", percent(bestTradePct)),
            ("Worst trade", percent(worstTradePct)),
            ("SQN", ratio(sqn)),
            ("Exposure", percent(exposurePct)),
            ("Turnover", turnover.map { NumberText.fixed($0, decimals: 2) + "×" } ?? "—"),
            ("Bars per year", NumberText.fixed(periodsPerYear, decimals: 0)),
        ]
    }
}

import ExampleStrategies
import TradingCore

/// The regression setting of TrendBreakout: the built-in synthetic MU, GLD and GOOG bars
/// (2015-01-01 … 2024-12-31, seed 42), 100 000 cash, 0.05 % commission and 5 bps slippage
/// per fill, and the `trend-breakout` executable's risk limits — the same run as the
/// executable's default.
enum TrendBreakoutSampleRun {
    static let symbols = SampleData.symbols
    static let start = Timestamp(year: 2015, month: 1, day: 1)
    static let end = Timestamp(year: 2024, month: 12, day: 31)
    static let riskLimits = RiskLimits(maximumPositionFraction: 0.4, maximumGrossLeverage: 1, maximumDrawdown: 0.35)

    static let series: [BarSeries] = symbols.map { SampleData.series(symbol: $0, start: start, end: end, seed: 42) }

    static func backtest(
        series: [BarSeries] = series, riskLimits: RiskLimits = riskLimits, endOfRun: EndOfRunPolicy = .closeAtLastClose
    ) -> Backtest {
        Backtest(
            instruments: series.map { SampleData.instrument(for: $0.symbol) }, series: series, cash: 100_000,
            execution: ExecutionConfiguration(slippage: FixedBasisPointsSlippage(basisPoints: 5), commission: PercentOfNotionalCommission(rate: 0.0005)),
            riskLimits: riskLimits, endOfRun: endOfRun
        )
    }

    static func run(_ parameters: TrendBreakoutParameters = TrendBreakoutParameters(), backtest: Backtest = backtest()) -> BacktestResult {
        backtest.run(TrendBreakoutStrategy(parameters: parameters), name: TrendBreakoutStrategy.name)
    }
}

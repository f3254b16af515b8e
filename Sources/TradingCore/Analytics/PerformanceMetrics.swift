/// The summary statistics of a backtest: returns, risk, drawdown and trade statistics.
///
/// Computed from the engine's ``EquityCurve`` (one point per bar) and its round-trip
/// ``Trade``s. Each property's documentation gives its exact definition; the conventions
/// common to all of them are:
///
/// * **Returns** are per-bar simple returns of equity, `rᵢ = equityᵢ / equityᵢ₋₁ − 1`,
///   skipping any step whose previous equity is not positive (a return is undefined there).
/// * **Annualization** multiplies per-bar figures by `P` (``periodsPerYear``) or `√P`; `P`
///   is inferred from the median bar spacing (see
///   ``inferredPeriodsPerYear(timestamps:)``: 252 for daily bars) unless given.
/// * The **risk-free rate** is 0.
/// * **Undefined is `nil`**: a statistic that would divide by zero or needs data that is not
///   there (no trades, no losing trade, constant equity, fewer than two returns) is `nil`,
///   never NaN or ±∞, so every value is safe to write as JSON.
/// * Percentages (`…Pct`) are in percent (`12.5` means 12.5 %).
///
/// The definitions follow the issue that specified them, not backtesting.py's. On the same
/// equity curve and trades (SmaCross(10, 30) on GOOG 2004–2013), trade count, equity
/// final/peak, total return, CAGR, maximum drawdown and its duration in days, win rate,
/// best/worst trade (net of commission, like its `Trade.pl_pct`) and SQN equal
/// backtesting.py 0.6.6's to about 1e-15 relative, and Sharpe, Sortino and volatility equal
/// empyrical's; SmaCross on MU, GLD, GOOG and SPY 2000–2025 daily data agrees with a real
/// backtesting.py run likewise, with and without commission. They differ on purpose from
/// backtesting.py where it defines things differently:
///
/// * Sharpe, Sortino, volatility, Calmar: backtesting.py resamples equity to calendar days
///   and annualizes *compounded* geometric returns (its Sharpe is
///   `((1 + ḡ)^P − 1) / σ_compound`, its Calmar uses that annual return instead of CAGR);
///   here they are arithmetic per-bar figures × √P (0.80 vs its 0.58 Sharpe in that run).
/// * Profit factor and expectancy: backtesting.py uses trade returns in percent; here they
///   use PnL in account currency, as the issue defines them.
/// * Exposure: backtesting.py counts the bars from entry through exit inclusive; here a bar
///   counts when the position is held at its close, one bar fewer per round trip.
public struct PerformanceMetrics: Hashable, Sendable, Codable {
    /// The first point's timestamp; `nil` for an empty curve.
    public var start: Timestamp?
    /// The last point's timestamp; `nil` for an empty curve.
    public var end: Timestamp?
    /// The number of equity points (bars).
    public var barCount: Int
    /// `P`, the number of bars per year used to annualize.
    public var periodsPerYear: Double
    /// Equity at the first point; 0 for an empty curve.
    public var equityInitial: Double
    /// Equity at the last point; 0 for an empty curve.
    public var equityFinal: Double
    /// The highest equity of any point; 0 for an empty curve.
    public var equityPeak: Double
    /// `(equityFinal / equityInitial − 1) × 100`; `nil` for an empty curve or a
    /// non-positive initial equity.
    public var totalReturnPct: Double?
    /// Compound annual growth rate over calendar time,
    /// `((equityFinal / equityInitial)^(1 / years) − 1) × 100` with
    /// `years = (end − start) in seconds / (365.25 × 86 400)`; −100 when final equity is
    /// not positive; `nil` when no time elapsed or initial equity is not positive.
    public var cagrPct: Double?
    /// Annualized volatility, `σ × √P × 100`, with `σ` the sample standard deviation
    /// (n − 1) of per-bar returns; `nil` with fewer than two returns.
    public var volatilityAnnualizedPct: Double?
    /// Sharpe ratio, `mean(r) / σ × √P` (risk-free rate 0, `σ` with n − 1); `nil` with
    /// fewer than two returns or when `σ = 0` (constant returns, e.g. no trading).
    public var sharpeRatio: Double?
    /// Sortino ratio, `mean(r) / √(mean(min(r, 0)²)) × √P`, the downside deviation taken
    /// over all returns (target 0); `nil` without returns or when no return is negative.
    public var sortinoRatio: Double?
    /// Calmar ratio, `cagrPct / |maxDrawdownPct|`; `nil` when CAGR is undefined or there
    /// was no drawdown.
    public var calmarRatio: Double?
    /// The deepest drawdown, `min(equity / running peak − 1) × 100` (≤ 0, e.g. `-33.1`).
    public var maxDrawdownPct: Double
    /// The longest drawdown in bars: from the last point at a peak to the first point
    /// back at or above it (or to the last point when equity never recovered).
    public var maxDrawdownDurationBars: Int
    /// The longest drawdown in calendar days, measured like
    /// ``maxDrawdownDurationBars`` but between the points' timestamps.
    public var maxDrawdownDurationDays: Double
    /// The number of round-trip trades.
    public var tradeCount: Int
    /// Share of trades with positive PnL, in percent; `nil` without trades.
    public var winRatePct: Double?
    /// Gross profit ÷ gross loss, `Σ pnl⁺ / |Σ pnl⁻|` over trade PnL (net of commission);
    /// `nil` when no trade lost (the ratio would be ∞ or 0/0).
    public var profitFactor: Double?
    /// Mean PnL per trade in account currency, `Σ pnl / n`; `nil` without trades.
    public var expectancy: Double?
    /// Mean PnL of winning trades; `nil` without winners.
    public var averageWin: Double?
    /// Mean PnL of losing trades (negative); `nil` without losers.
    public var averageLoss: Double?
    /// The highest trade ``Trade/returnPct`` (net of commission, as backtesting.py's "Best Trade [%]"); `nil` without trades.
    public var bestTradePct: Double?
    /// The lowest trade ``Trade/returnPct`` (net of commission); `nil` without trades.
    public var worstTradePct: Double?
    /// Van Tharp's System Quality Number, `√n × mean(pnl) / σ(pnl)` with `σ` over n − 1;
    /// `nil` with fewer than two trades or identical PnL.
    public var sqn: Double?
    /// Share of bars with non-zero gross exposure, in percent; 0 for an empty curve. A bar
    /// counts when a position is open at its close. backtesting.py's "Exposure Time" also
    /// counts the bar a position is closed on (at its open), so it reads a little higher
    /// (86.0 % against 85.7 % for a strategy that trades every few weeks).
    public var exposurePct: Double
    /// Traded notional ÷ average equity: `Σ |fill quantity × fill price|` over all fills
    /// (entries and exits, as passed to the initializer) divided by the mean equity of all
    /// points. A strategy that buys and later sells its whole equity once has turnover 2.
    /// `nil` for an empty curve or a non-positive average equity.
    public var turnover: Double?

    /// Computes every metric.
    ///
    /// - Parameters:
    ///   - equityCurve: the per-bar equity record.
    ///   - trades: the round-trip trades.
    ///   - tradedNotional: `Σ |quantity × price|` over every fill, for ``turnover``.
    ///   - periodsPerYear: bars per year for annualization; `nil` infers it from the bar
    ///     spacing with ``inferredPeriodsPerYear(timestamps:)``.
    /// - Precondition: `tradedNotional ≥ 0`; `periodsPerYear`, when given, is finite and positive.
    /// - Complexity: O(n + t) for n points and t trades.
    public init(equityCurve: EquityCurve, trades: [Trade], tradedNotional: Double, periodsPerYear: Double? = nil) {
        precondition(tradedNotional >= 0, "traded notional must be non-negative")
        precondition(periodsPerYear.map { $0.isFinite && $0 > 0 } ?? true, "periods per year must be finite and positive")
        let equity = equityCurve.equity
        let timestamps = equityCurve.timestamps
        let periods = periodsPerYear ?? PerformanceMetrics.inferredPeriodsPerYear(timestamps: timestamps)

        start = timestamps.first
        end = timestamps.last
        barCount = equity.count
        self.periodsPerYear = periods
        equityInitial = equity.first ?? 0
        equityFinal = equity.last ?? 0
        equityPeak = equity.max() ?? 0

        if let first = equity.first, let last = equity.last, first > 0 {
            totalReturnPct = (last / first - 1) * 100
        } else {
            totalReturnPct = nil
        }
        if let start, let end {
            let years = Double(end.rawValue - start.rawValue) / 1e9 / (365.25 * 86_400)
            cagrPct = PerformanceMetrics.compoundAnnualGrowthPct(initial: equityInitial, final: equityFinal, years: years)
        } else {
            cagrPct = nil
        }

        let returns = PerformanceMetrics.simpleReturns(of: equity)
        let moments = Moments(returns)
        volatilityAnnualizedPct = PerformanceMetrics.annualizedVolatility(moments, periodsPerYear: periods).map { $0 * 100 }
        sharpeRatio = PerformanceMetrics.sharpeRatio(moments, periodsPerYear: periods)
        sortinoRatio = PerformanceMetrics.sortinoRatio(returns: returns, periodsPerYear: periods)

        let drawdown = PerformanceMetrics.drawdownStatistics(equity: equity, timestamps: timestamps)
        maxDrawdownPct = drawdown.maximum * 100
        maxDrawdownDurationBars = drawdown.longestBars
        maxDrawdownDurationDays = drawdown.longestDays
        if let cagrPct, maxDrawdownPct < 0 {
            calmarRatio = PerformanceMetrics.finite(cagrPct / -maxDrawdownPct)
        } else {
            calmarRatio = nil
        }

        let tradeStatistics = PerformanceMetrics.TradeStatistics(trades)
        tradeCount = trades.count
        winRatePct = tradeStatistics.winRatePct
        profitFactor = tradeStatistics.profitFactor
        expectancy = tradeStatistics.expectancy
        averageWin = tradeStatistics.averageWin
        averageLoss = tradeStatistics.averageLoss
        bestTradePct = tradeStatistics.bestReturnPct
        worstTradePct = tradeStatistics.worstReturnPct
        sqn = tradeStatistics.sqn

        let exposedBars = equityCurve.grossExposure.reduce(0) { $1 != 0 ? $0 + 1 : $0 }
        exposurePct = equity.isEmpty ? 0 : Double(exposedBars) / Double(equity.count) * 100
        let averageEquity = equity.isEmpty ? 0 : equity.reduce(0, +) / Double(equity.count)
        turnover = averageEquity > 0 ? PerformanceMetrics.finite(tradedNotional / averageEquity) : nil
    }

    /// `value` when finite, otherwise `nil`.
    static func finite(_ value: Double) -> Double? {
        value.isFinite ? value : nil
    }
}

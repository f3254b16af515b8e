extension PerformanceMetrics {
    /// Statistics over round-trip trade PnL (net of commission) and returns.
    ///
    /// A trade wins when its PnL is positive and loses when it is negative; a trade with
    /// zero PnL counts toward the trade count and the win-rate denominator only.
    struct TradeStatistics {
        var winRatePct: Double?
        var profitFactor: Double?
        var expectancy: Double?
        var averageWin: Double?
        var averageLoss: Double?
        var bestReturnPct: Double?
        var worstReturnPct: Double?
        var sqn: Double?

        /// - Complexity: O(t).
        init(_ trades: [Trade]) {
            guard !trades.isEmpty else { return }
            var wins = 0, losses = 0, grossProfit = 0.0, grossLoss = 0.0
            var pnls: [Double] = []
            pnls.reserveCapacity(trades.count)
            for trade in trades {
                let pnl = trade.pnl
                guard pnl.isFinite else { continue }
                pnls.append(pnl)
                if pnl > 0 {
                    wins += 1
                    grossProfit += pnl
                } else if pnl < 0 {
                    losses += 1
                    grossLoss += pnl
                }
                let returnPct = trade.returnPct
                if returnPct.isFinite {
                    bestReturnPct = Swift.max(bestReturnPct ?? returnPct, returnPct)
                    worstReturnPct = Swift.min(worstReturnPct ?? returnPct, returnPct)
                }
            }
            guard !pnls.isEmpty else { return }
            let count = Double(pnls.count)
            winRatePct = Double(wins) / count * 100
            profitFactor = losses > 0 ? finite(grossProfit / -grossLoss) : nil
            expectancy = (grossProfit + grossLoss) / count
            averageWin = wins > 0 ? grossProfit / Double(wins) : nil
            averageLoss = losses > 0 ? grossLoss / Double(losses) : nil
            if let moments = Moments(pnls), moments.standardDeviation > 0 {
                sqn = finite(count.squareRoot() * moments.mean / moments.standardDeviation)
            }
        }
    }
}

import Attribution
import TradingCore

extension TrendBreakoutReport {
    /// The console summary: settings, a metrics table against buy-and-hold, PnL by symbol and
    /// by factor, and the first and last trades.
    var summaryText: String {
        let options = run.options
        let metrics = run.result.metrics
        let benchmark = run.benchmark.metrics
        var text = "TrendBreakout on \(options.symbols.joined(separator: ", ")) — \(run.dataLabel)\n"
        let first = run.result.equityCurve.timestamps.first?.dateString ?? "—"
        let last = run.result.equityCurve.timestamps.last?.dateString ?? "—"
        text += "\(first) to \(last), cash \(Self.fixed(options.cash, 0)), \(options.parameters.sizing.rawValue) sizing, "
        text += "costs \(options.commissionPct) % + \(options.slippageBps) bps per fill\n\n"

        let rows: [(String, String, String)] = [
            ("Final equity", Self.fixed(metrics.equityFinal, 2), Self.fixed(benchmark.equityFinal, 2)),
            ("Total return %", Self.fixed(metrics.totalReturnPct, 2), Self.fixed(benchmark.totalReturnPct, 2)),
            ("CAGR %", Self.fixed(metrics.cagrPct, 2), Self.fixed(benchmark.cagrPct, 2)),
            ("Volatility (ann.) %", Self.fixed(metrics.volatilityAnnualizedPct, 2), Self.fixed(benchmark.volatilityAnnualizedPct, 2)),
            ("Sharpe ratio", Self.fixed(metrics.sharpeRatio, 2), Self.fixed(benchmark.sharpeRatio, 2)),
            ("Sortino ratio", Self.fixed(metrics.sortinoRatio, 2), Self.fixed(benchmark.sortinoRatio, 2)),
            ("Max drawdown %", Self.fixed(metrics.maxDrawdownPct, 2), Self.fixed(benchmark.maxDrawdownPct, 2)),
            ("Exposure %", Self.fixed(metrics.exposurePct, 1), Self.fixed(benchmark.exposurePct, 1)),
            ("Trades", String(metrics.tradeCount), String(benchmark.tradeCount)),
            ("Win rate %", Self.fixed(metrics.winRatePct, 1), Self.fixed(benchmark.winRatePct, 1)),
            ("Profit factor", Self.fixed(metrics.profitFactor, 2), Self.fixed(benchmark.profitFactor, 2)),
        ]
        text += Self.table(header: ["", "TrendBreakout", "Buy & hold"], rows: rows.map { [$0.0, $0.1, $0.2] }) + "\n"

        for dimension in [AttributionDimension.symbol, .factor] {
            text += "PnL by \(dimension.rawValue):\n"
            let parts = run.attribution.rows(for: dimension)
            text += Self.table(header: [], rows: parts.map { ["  " + $0.key, Self.fixed($0.pnl, 2)] })
            if parts.isEmpty { text += "  (no trades)\n" }
        }
        text += "\n"

        let trades = run.result.trades
        let shown = 5
        if trades.isEmpty {
            text += "No trades (TrendBreakout needs \(options.parameters.warmUpPeriod) bars per symbol before its first signal).\n"
        } else {
            let header = ["symbol", "side", "quantity", "entry", "price", "exit", "price", "pnl"]
            func row(_ trade: Trade) -> [String] {
                [trade.symbol, trade.side.rawValue, Self.fixed(trade.quantity, 0), trade.entryTime.dateString,
                 Self.fixed(trade.entryPrice, 2), trade.exitTime.dateString, Self.fixed(trade.exitPrice, 2), Self.fixed(trade.pnl, 2)]
            }
            if trades.count <= 2 * shown {
                text += "Trades:\n" + Self.table(header: header, rows: trades.map(row))
            } else {
                text += "First \(shown) trades:\n" + Self.table(header: header, rows: trades.prefix(shown).map(row))
                text += "Last \(shown) trades (of \(trades.count)):\n" + Self.table(header: header, rows: trades.suffix(shown).map(row))
            }
        }
        text += "\nReport: \(options.outDirectory)/ (summary.json, equity.csv, trades.csv, attribution.csv, report.html)\n"
        return text
    }

    /// `value` with `decimals` decimals and thousands separators; `n/a` when absent or not finite.
    static func fixed(_ value: Double?, _ decimals: Int) -> String {
        guard let value, value.isFinite else { return "n/a" }
        return NumberText.fixed(value, decimals: decimals, grouping: true)
    }

    /// Rows laid out in columns: the first left-aligned, the others right-aligned.
    static func table(header: [String], rows: [[String]]) -> String {
        let all = header.isEmpty ? rows : [header] + rows
        guard let columns = all.map(\.count).max() else { return "" }
        var widths = Array(repeating: 0, count: columns)
        for row in all { for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) } }
        var text = ""
        for row in all {
            var line = ""
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                line += column == 0 ? cell + padding : "  " + padding + cell
            }
            text += line + "\n"
        }
        return text
    }
}

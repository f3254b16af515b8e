extension HTMLReport {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Year × month table of monthly returns with a compounded yearly column; cells are
    /// tinted green (gain) or red (loss) in proportion to the return, relative to the
    /// largest absolute monthly return (at least 1 %).
    func monthlyReturnsSection() -> String {
        var html = "<section>\n<h2>Monthly returns</h2>\n"
        let months = equityCurve.monthlyReturns
        guard let firstYear = months.first?.year, let lastYear = months.last?.year else {
            return html + "<p class=\"note\">No equity data.</p>\n</section>\n"
        }
        let scale = Swift.max(0.01, months.map { abs($0.value) }.max() ?? 0)
        html += "<div class=\"scroll\"><table class=\"heatmap\">\n<thead><tr><th>Year</th>"
        for name in HTMLReport.monthNames { html += "<th>" + name + "</th>" }
        html += "<th>Year</th></tr></thead>\n<tbody>\n"
        var byYear: [Int: [Int: Double]] = [:]
        for entry in months { byYear[entry.year, default: [:]][entry.month] = entry.value }
        for year in firstYear...lastYear {
            guard let row = byYear[year] else { continue }
            html += "<tr><th>" + String(year) + "</th>"
            var compounded = 1.0
            for month in 1...12 {
                if let value = row[month] {
                    compounded *= 1 + value
                    html += HTMLReport.heatCell(value, scale: scale)
                } else {
                    html += "<td class=\"empty\"></td>"
                }
            }
            html += HTMLReport.heatCell(compounded - 1, scale: scale, isTotal: true) + "</tr>\n"
        }
        return html + "</tbody>\n</table></div>\n<p class=\"note\">Percent; each month from the previous month's last equity; the year column compounds the months.</p>\n</section>\n"
    }

    private static func heatCell(_ value: Double, scale: Double, isTotal: Bool = false) -> String {
        let strength = Swift.min(1, abs(value) / scale)
        let lightness = Int((96 - strength * 46).rounded())
        let hue = value >= 0 ? 145 : 4
        let saturation = value >= 0 ? 50 : 70
        let ink = lightness < 62 ? " dark" : ""
        let style = "background:hsl(\(hue),\(saturation)%,\(lightness)%)"
        return "<td class=\"cell\(ink)\(isTotal ? " total" : "")\" style=\"\(style)\">" + NumberText.fixed(value * 100, decimals: 1) + "</td>"
    }

    /// The metrics as a two-column table.
    func metricsSection() -> String {
        guard !metricRows.isEmpty else { return "" }
        var html = "<section>\n<h2>Metrics</h2>\n<table class=\"metrics\">\n<tbody>\n"
        for (label, value) in metricRows {
            html += "<tr><th>" + HTMLText.escape(label) + "</th><td>" + HTMLText.escape(value) + "</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    /// The trades, numbered; when there are more than ``maximumTradeRows``, the first and
    /// last halves with a row saying how many are omitted.
    func tradesSection() -> String {
        var html = "<section class=\"trades-section\">\n<h2>Trades</h2>\n"
        guard !trades.isEmpty else { return html + "<p class=\"note\">No trades.</p>\n</section>\n" }
        let isCapped = trades.count > maximumTradeRows
        let head = isCapped ? maximumTradeRows / 2 : trades.count
        let tail = isCapped ? maximumTradeRows - head : 0
        if isCapped {
            html += "<p class=\"note\">Showing the first \(head) and last \(tail) of \(trades.count) trades; trades.csv lists them all.</p>\n"
        }
        html += "<div class=\"scroll\"><table class=\"trades\">\n<thead><tr><th>#</th><th>Symbol</th><th>Side</th><th>Qty</th>"
        html += "<th>Entry</th><th>Entry price</th><th>Exit</th><th>Exit price</th><th>PnL</th><th>Return</th><th>Bars</th></tr></thead>\n<tbody>\n"
        for index in 0..<head { html += tradeRow(index) }
        if isCapped {
            html += "<tr class=\"gap\"><td colspan=\"11\">… \(trades.count - head - tail) trades omitted …</td></tr>\n"
            for index in (trades.count - tail)..<trades.count { html += tradeRow(index) }
        }
        return html + "</tbody>\n</table></div>\n</section>\n"
    }

    private func tradeRow(_ index: Int) -> String {
        let trade = trades[index]
        let pnl = trade.pnl
        let tone = pnl > 0 ? "gain" : pnl < 0 ? "loss" : ""
        let quantity = NumberText.fixed(trade.quantity, decimals: trade.quantity.rounded() == trade.quantity ? 0 : 4, grouping: true)
        var row = "<tr><td>" + String(index + 1) + "</td><td>" + HTMLText.escape(trade.symbol) + "</td><td>" + trade.side.rawValue
        row += "</td><td>" + quantity + "</td><td>" + trade.entryTime.dateString + "</td><td>" + NumberText.fixed(trade.entryPrice, decimals: 2, grouping: true)
        row += "</td><td>" + trade.exitTime.dateString + "</td><td>" + NumberText.fixed(trade.exitPrice, decimals: 2, grouping: true)
        row += "</td><td class=\"" + tone + "\">" + NumberText.fixed(pnl, decimals: 2, grouping: true)
        row += "</td><td class=\"" + tone + "\">" + NumberText.fixed(trade.returnPct, decimals: 2) + "%</td><td>" + String(trade.barsHeld) + "</td></tr>\n"
        return row
    }
}

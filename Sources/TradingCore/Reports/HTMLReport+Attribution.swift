extension HTMLReport {
    /// The most parts drawn per attribution group; larger groups show the parts with the
    /// largest absolute PnL, in their original order, with a note.
    static let maximumAttributionBars = 60

    /// One horizontal, zero-centred bar chart per attribution group, bars scaled to the
    /// group's largest absolute PnL. Small groups size the key column to their longest key;
    /// groups of more than 12 parts span the full width in several columns.
    func attributionSection() -> String {
        guard !attribution.isEmpty else { return "" }
        var html = "<section>\n<h2>PnL attribution</h2>\n<div class=\"attribution\">\n"
        for group in attribution {
            var shown = Array(group.parts.indices)
            var note = ""
            if shown.count > HTMLReport.maximumAttributionBars {
                let largest = shown.sorted { (abs(group.parts[$0].pnl), $1) > (abs(group.parts[$1].pnl), $0) }
                shown = largest.prefix(HTMLReport.maximumAttributionBars).sorted()
                note = "<p class=\"note\">The \(shown.count) largest of \(group.parts.count) parts by absolute PnL.</p>\n"
            }
            html += "<div class=\"group" + (shown.count > 12 ? " wide" : "") + "\">\n<h3>By " + HTMLText.escape(group.dimension) + "</h3>\n" + note + "<div class=\"bars\">\n"
            let scale = shown.map { abs(group.parts[$0].pnl) }.filter(\.isFinite).max() ?? 0
            for index in shown {
                let part = group.parts[index]
                let share = scale > 0 && part.pnl.isFinite ? abs(part.pnl) / scale * 50 : 0
                let side = part.pnl < 0 ? "loss" : "gain"
                let offset = part.pnl < 0 ? 50 - share : 50
                let key = HTMLText.escape(part.key)
                html += "<div class=\"bar-row\"><span class=\"bar-key\" title=\"" + key + "\">" + key + "</span>"
                html += "<span class=\"bar-track\"><span class=\"bar " + side + "\" style=\"left:" + NumberText.fixed(offset, decimals: 2)
                html += "%;width:" + NumberText.fixed(share, decimals: 2) + "%\"></span></span>"
                html += "<span class=\"bar-value " + side + "\">" + NumberText.fixed(part.pnl, decimals: 2, grouping: true) + "</span></div>\n"
            }
            html += "</div>\n<div class=\"bar-total\"><span>Total</span><span>" + NumberText.fixed(group.totalPnL, decimals: 2, grouping: true) + "</span></div>\n</div>\n"
        }
        return html + "</div>\n</section>\n"
    }
}

extension HTMLReport {
    /// The ratio of the highest to the lowest equity value (strategy and benchmark) from
    /// which the equity chart uses a logarithmic axis.
    static let logarithmicEquityRange = 10.0

    /// The equity curve against the benchmark, with a legend; on a logarithmic axis when the
    /// values span ``logarithmicEquityRange`` or more.
    func equitySection() -> String {
        var html = "<section>\n<h2>Equity</h2>\n"
        guard let start = equityCurve.timestamps.first, let end = equityCurve.timestamps.last else {
            return html + "<p class=\"note\">No equity data.</p>\n</section>\n"
        }
        var values = equityCurve.equity.filter(\.isFinite)
        if let benchmark {
            for index in benchmark.timestamps.indices where benchmark.timestamps[index] >= start && benchmark.timestamps[index] <= end {
                if benchmark.equity[index].isFinite { values.append(benchmark.equity[index]) }
            }
        }
        let minimum = values.min() ?? 0, maximum = values.max() ?? 1
        // A wide range (a tenfold move, a benchmark that compounds for decades) would flatten
        // everything below its top on a linear axis; equal ratios read as equal heights on a
        // logarithmic one.
        let logarithmic = minimum > 0 && maximum >= Self.logarithmicEquityRange * minimum
        html += "<div class=\"legend\"><span class=\"key strategy\"></span>Strategy"
        if benchmark != nil { html += "<span class=\"key benchmark\"></span>" + HTMLText.escape(benchmarkLabel) }
        if logarithmic { html += "<span class=\"scale\">logarithmic scale</span>" }
        html += "</div>\n"
        let label = "Equity curve" + (benchmark == nil ? "" : " against " + benchmarkLabel) + (logarithmic ? ", logarithmic scale" : "")
        for layout in [SVGChart.Layout.desktop(height: 340), .phone(height: 280)] {
            let chart = SVGChart(layout: layout, start: start, end: end, minimum: minimum, maximum: maximum, logarithmic: logarithmic)
            html += chart.open(label: label) + chart.axes(format: HTMLText.compact)
            if let benchmark {
                let points = chart.decimated(times: benchmark.timestamps, values: benchmark.equity)
                html += "<path class=\"line benchmark\" d=\"" + SVGChart.path(points) + "\"/>\n"
            }
            let points = chart.decimated(times: equityCurve.timestamps, values: equityCurve.equity)
            html += "<path class=\"line strategy\" d=\"" + SVGChart.path(points) + "\"/>\n</svg>\n"
        }
        return html + "</section>\n"
    }

    /// The drawdown from the running peak, in percent, as a filled area.
    func drawdownSection() -> String {
        var html = "<section>\n<h2>Drawdown</h2>\n"
        guard let start = equityCurve.timestamps.first, let end = equityCurve.timestamps.last else {
            return html + "<p class=\"note\">No equity data.</p>\n</section>\n"
        }
        let drawdown = equityCurve.drawdown.map { $0 * 100 }
        let deepest = drawdown.filter(\.isFinite).min() ?? 0
        for layout in [SVGChart.Layout.desktop(height: 200, valueTicks: 4), .phone(height: 180, valueTicks: 4)] {
            let chart = SVGChart(layout: layout, start: start, end: end, minimum: Swift.min(deepest, -1), maximum: 0)
            html += chart.open(label: "Drawdown from the running equity peak, percent")
            html += chart.axes { NumberText.fixed($0, decimals: $0.rounded() == $0 ? 0 : 1) + "%" }
            let points = chart.decimated(times: equityCurve.timestamps, values: drawdown)
            if let first = points.first, let last = points.last {
                let zero = HTMLText.coordinate(chart.y(0))
                let area = SVGChart.path(points) + " L" + HTMLText.coordinate(last.x) + " " + zero + " L" + HTMLText.coordinate(first.x) + " " + zero + " Z"
                html += "<path class=\"area drawdown\" d=\"" + area + "\"/>\n"
                html += "<path class=\"line drawdown\" d=\"" + SVGChart.path(points) + "\"/>\n"
            }
            html += "</svg>\n"
        }
        return html + "</section>\n"
    }
}

import Testing
import TradingCore

@Suite("HTMLReport")
struct ReportHTMLTests {
    /// A two-year daily curve with a dip, a benchmark, and `tradeCount` trades.
    static func sampleReport(title: String = "Demo", tradeCount: Int = 5, maximumTradeRows: Int = 200) -> HTMLReport {
        var equity: [Double] = [], benchmark: [Double] = []
        var random = SplitMix64(seed: 11)
        var value = 10_000.0, reference = 10_000.0
        for _ in 0..<730 {
            value *= 1 + Double.random(in: -0.02...0.022, using: &random)
            reference *= 1 + Double.random(in: -0.02...0.021, using: &random)
            equity.append(value)
            benchmark.append(reference)
        }
        let curve = dailyCurve(equity)
        let trades = (0..<tradeCount).map { makeTrade(entry: 100, exit: 100 + Double($0 % 7) - 3, quantity: 10) }
        let groups = [
            AttributionGroup(dimension: "factor", parts: [.init(key: "momentum", pnl: 120), .init(key: "breakout", pnl: -20)]),
            AttributionGroup(dimension: "symbol", parts: [.init(key: "<b>MU</b>", pnl: 100)]),
        ]
        return HTMLReport(
            title: title, subtitle: "synthetic sample data", equityCurve: curve, benchmark: dailyCurve(benchmark),
            trades: trades, metrics: PerformanceMetrics(equityCurve: curve, trades: trades, tradedNotional: 0),
            attribution: groups, maximumTradeRows: maximumTradeRows
        )
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.split(separator: needle, omittingEmptySubsequences: false).count - 1
    }

    @Test("one self-contained document with every section")
    func structure() {
        let html = Self.sampleReport().render()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</html>\n"))
        for heading in ["Equity", "Drawdown", "Monthly returns", "Metrics", "PnL attribution", "Trades"] {
            #expect(html.contains("<h2>" + heading + "</h2>"), "missing section \(heading)")
        }
        #expect(html.contains("<meta name=\"viewport\""))
        #expect(html.contains("@media print"))
        #expect(html.contains("@media (max-width:640px)"))
        #expect(Self.occurrences(of: "<svg class=\"chart desktop\" viewBox=\"0 0 800 ", in: html) == 2)
        #expect(Self.occurrences(of: "<svg class=\"chart phone\" viewBox=\"0 0 400 ", in: html) == 2)
        #expect(html.contains("class=\"line benchmark\"") && html.contains("class=\"line strategy\""))
        #expect(html.contains("class=\"area drawdown\""))
        for external in ["<script", "http://", "https://", "@import", "url(", "<link", "<img"] {
            #expect(!html.contains(external), "external or scripted content: \(external)")
        }
    }

    @Test("tags are balanced")
    func balancedTags() {
        let html = Self.sampleReport(tradeCount: 30, maximumTradeRows: 10).render()
        for tag in ["section", "table", "svg", "div", "tr", "thead", "tbody", "header", "main", "g", "span", "p", "h2", "h3"] {
            let opened = Self.occurrences(of: "<" + tag + ">", in: html) + Self.occurrences(of: "<" + tag + " ", in: html)
            #expect(opened == Self.occurrences(of: "</" + tag + ">", in: html), "unbalanced <\(tag)>")
        }
    }

    @Test("all text is escaped")
    func escaping() {
        var report = Self.sampleReport(title: "A & B <script>alert(\"x\")</script>")
        report.subtitle = "it's <i>"
        report.trades[0].symbol = "<img src=x>"
        let html = report.render()
        #expect(html.contains("<title>A &amp; B &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</title>"))
        #expect(html.contains("it&#39;s &lt;i&gt;"))
        #expect(html.contains("&lt;b&gt;MU&lt;/b&gt;"))
        #expect(html.contains("&lt;img src=x&gt;"))
        #expect(!html.contains("<script") && !html.contains("<i>") && !html.contains("<b>") && !html.contains("<img"))
    }

    @Test("the same inputs render the same bytes")
    func determinism() {
        #expect(Self.sampleReport().render() == Self.sampleReport().render())
    }

    @Test("long trade lists are capped with a note", arguments: [(500, 20), (21, 20), (20, 20), (3, 2)])
    func tradeCap(tradeCount: Int, maximumRows: Int) {
        let html = Self.sampleReport(tradeCount: tradeCount, maximumTradeRows: maximumRows).render()
        let tradesTable = String(html.split(separator: "<table class=\"trades\">")[1].split(separator: "</table>")[0])
        let rows = Self.occurrences(of: "<tr><td>", in: tradesTable)
        #expect(rows == min(tradeCount, maximumRows))
        if tradeCount > maximumRows {
            #expect(html.contains("Showing the first \(maximumRows / 2) and last \(maximumRows - maximumRows / 2) of \(tradeCount) trades"))
            #expect(tradesTable.contains("\(tradeCount - maximumRows) trades omitted"))
            #expect(tradesTable.contains("<tr><td>\(tradeCount)</td>"))
        } else {
            #expect(!html.contains("Showing the first"))
        }
    }

    @Test("metrics rows, highlights and attribution totals appear")
    func content() {
        let html = Self.sampleReport().render()
        #expect(html.contains("<th>Sharpe ratio</th>"))
        #expect(html.contains("<div class=\"card-label\">Max drawdown</div>"))
        #expect(html.contains("<h3>By factor</h3>"))
        #expect(html.contains("<span>Total</span><span>100.00</span>"))
        #expect(html.contains("synthetic sample data"))
        #expect(html.contains("2020-01-01 – 2021-12-30 · 730 bars · 5 trades"))
        #expect(html.contains("<tr><th>2020</th>") && html.contains("<tr><th>2021</th>"))
    }

    @Test("an empty report renders placeholders, not charts")
    func empty() {
        let html = HTMLReport(title: "Nothing", equityCurve: EquityCurve()).render()
        #expect(html.contains("No equity data."))
        #expect(html.contains("No trades."))
        #expect(!html.contains("<svg"))
        #expect(!html.contains("<h2>Metrics</h2>") && !html.contains("PnL attribution"))
    }

    @Test("long curves are decimated to at most four points per pixel column")
    func decimation() {
        var equity: [Double] = []
        var random = SplitMix64(seed: 5)
        var value = 100.0
        for _ in 0..<100_000 {
            value *= 1 + Double.random(in: -0.01...0.0101, using: &random)
            equity.append(value)
        }
        let html = HTMLReport(title: "Long", equityCurve: dailyCurve(equity, spacingSeconds: 60)).render()
        let path = String(html.split(separator: "class=\"line strategy\" d=\"")[1].split(separator: "\"")[0])
        let points = Self.occurrences(of: "L", in: path) + 1
        // The desktop variant's plot is 730 units wide.
        #expect(points <= 4 * 730)
        #expect(points > 730)
        #expect(html.utf8.count < 400_000)
    }

    @Test("monthly returns: month-end to month-end, compounding to the total return")
    func monthlyReturns() {
        var curve = EquityCurve()
        let points: [(Int, Int, Int, Double)] = [
            (2023, 12, 15, 100), (2023, 12, 29, 110), (2024, 1, 10, 99), (2024, 1, 31, 121), (2024, 3, 1, 133.1),
        ]
        for (year, month, day, equity) in points {
            curve.append(timestamp: Timestamp(year: year, month: month, day: day), equity: equity, cash: equity, grossExposure: 0, netExposure: 0)
        }
        let months = curve.monthlyReturns
        #expect(months.map(\.year) == [2023, 2024, 2024])
        #expect(months.map(\.month) == [12, 1, 3])
        #expect(isClose(months[0].value, 0.1) && isClose(months[1].value, 0.1) && isClose(months[2].value, 0.1))
        #expect(isClose(months.reduce(1) { $0 * (1 + $1.value) } - 1, 0.331))
        #expect(EquityCurve().monthlyReturns.isEmpty)
    }

    @Test("non-finite values never reach the page as nan or inf")
    func nonFinite() {
        let curve = dailyCurve([100, .nan, 120, .infinity, 90, 95])
        var trade = makeTrade(entry: 0, exit: 10)
        trade.commission = .nan
        let html = HTMLReport(
            title: "Bad data", equityCurve: curve, trades: [trade],
            metrics: PerformanceMetrics(equityCurve: curve, trades: [trade], tradedNotional: 0),
            attribution: [AttributionGroup(dimension: "symbol", parts: [.init(key: "X", pnl: .nan)])]
        ).render()
        let lowered = html.lowercased()
        for prefix in [">", " ", "\"", "-", ","] {
            #expect(!lowered.contains(prefix + "nan") && !lowered.contains(prefix + "inf"), "non-finite text after '\(prefix)'")
        }
        #expect(html.contains("<h2>Equity</h2>"))
    }

    @Test("date ticks: years for long spans, months for a year, days for a month", arguments: [
        (9_000, ">2000</text>", ">2020</text>"), (365, ">2020-03</text>", ">2020-11</text>"), (30, ">01-04</text>", ">01-28</text>"),
    ])
    func dateTicks(days: Int, first: String, last: String) {
        var curve = EquityCurve()
        let start = days > 1_000 ? Timestamp(year: 1996, month: 5, day: 1) : Timestamp(year: 2020, month: 1, day: 1)
        for day in 0..<days {
            let value = 100 + Double(day % 17)
            curve.append(timestamp: Timestamp(rawValue: start.rawValue + Int64(day) * Timestamp.nanosecondsPerDay), equity: value, cash: value, grossExposure: 0, netExposure: 0)
        }
        let desktop = String(HTMLReport(title: "Ticks", equityCurve: curve).render().split(separator: "<svg class=\"chart desktop\"")[1].split(separator: "</svg>")[0])
        #expect(desktop.contains(first) && desktop.contains(last))
    }
}

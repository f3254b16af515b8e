// trend-breakout: TradingKit's main job. Until the engine and TrendBreakout strategy steps
// land, it summarises the built-in synthetic sample data the backtest will run on.
import TradingCore

let start = Timestamp(year: 2015, month: 1, day: 1)
let end = Timestamp(year: 2024, month: 12, day: 31)

/// Annualized volatility of daily close-to-close simple returns: sample standard deviation × √252.
func annualizedVolatility(_ close: [Double]) -> Double {
    guard close.count > 2 else { return 0 }
    let returns = (1..<close.count).map { close[$0] / close[$0 - 1] - 1 }
    let mean = returns.reduce(0, +) / Double(returns.count)
    let variance = returns.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(returns.count - 1)
    return (variance * 252).squareRoot()
}

func percent(_ value: Double) -> String {
    let scaled = (value * 1_000).rounded() / 10
    return String(scaled) + "%"
}

func padded(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}

var report = "trend-breakout — built-in sample data (synthetic daily bars, seed 42)\n\n"
report += "symbol" + padded("bars", 7) + padded("from", 12) + padded("to", 12) + padded("total return", 14) + padded("ann. vol", 10) + "\n"
for symbol in SampleData.symbols {
    let series = SampleData.series(symbol: symbol, start: start, end: end)
    guard let first = series.firstTimestamp, let last = series.lastTimestamp else { continue }
    let totalReturn = series.close[series.count - 1] / series.open[0] - 1
    report += symbol.padding(6) + padded(String(series.count), 7) + padded(first.dateString, 12) + padded(last.dateString, 12)
    report += padded(percent(totalReturn), 14) + padded(percent(annualizedVolatility(series.close)), 10) + "\n"
}
report += "\nTotal return is first open to last close. The TrendBreakout backtest on this data arrives with\n"
report += "the engine and TrendBreakout steps; this run only summarised the sample data.\n"
print(report, terminator: "")

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

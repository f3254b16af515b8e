import Testing
import TradingCore

@Suite("Synthetic market generator and sample data")
struct SyntheticMarketTests {

    @Test("pinned bars: the generator is bit-identical across runs and platforms")
    func pinned() throws {
        let mu = SampleData.series(symbol: "MU", start: Timestamp(year: 2024, month: 1, day: 1), end: Timestamp(year: 2024, month: 1, day: 3))
        #expect(mu.count == 3)
        #expect(mu[0] == Bar(timestamp: Timestamp(year: 2024, month: 1, day: 1), open: 29.88, high: 31.05, low: 29.85, close: 30.76, volume: 23_683_215))
        #expect(mu[2] == Bar(timestamp: Timestamp(year: 2024, month: 1, day: 3), open: 30.48, high: 31.03, low: 29.86, close: 30.99, volume: 12_542_205))
        let goog = SampleData.series(symbol: "GOOG", start: Timestamp(year: 2024, month: 1, day: 1), end: Timestamp(year: 2024, month: 1, day: 1), seed: 7)
        #expect(goog[0] == Bar(timestamp: Timestamp(year: 2024, month: 1, day: 1), open: 519.72, high: 525.14, low: 518.71, close: 524.73, volume: 1_659_768))
    }

    @Test("same seed → identical series; another seed or symbol → another path")
    func determinism() {
        let start = Timestamp(year: 2015, month: 1, day: 1), end = Timestamp(year: 2024, month: 12, day: 31)
        let first = SampleData.series(symbol: "GLD", start: start, end: end)
        #expect(first == SampleData.series(symbol: "GLD", start: start, end: end))
        #expect(first.close != SampleData.series(symbol: "GLD", start: start, end: end, seed: 43).close)
        #expect(SampleData.series(symbol: "MU", start: start, end: end).close != SampleData.series(symbol: "XYZ", start: start, end: end).close)
    }

    @Test("sample data: weekdays only, midnight stamps, inclusive range, known instruments")
    func calendar() {
        #expect(SampleData.symbols == ["MU", "GLD", "GOOG"])
        let series = SampleData.series(symbol: "MU", start: Timestamp(year: 2024, month: 3, day: 1), end: Timestamp(year: 2024, month: 3, day: 11, hour: 12))
        // March 2024: Fri 1, Mon 4 … Fri 8, Mon 11.
        #expect(series.timestamps.map(\.dateString) == ["2024-03-01", "2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08", "2024-03-11"])
        #expect(series.timestamps.allSatisfy { $0 == $0.startOfDay })
        #expect(SampleData.series(symbol: "MU", start: Timestamp(year: 2024, month: 3, day: 2), end: Timestamp(year: 2024, month: 3, day: 1)).isEmpty)
        #expect(SampleData.instrument(for: "GLD").assetClass == .etf)
        #expect(SampleData.instrument(for: "MU").assetClass == .equity && SampleData.instrument(for: "GOOG").symbol == "GOOG")
    }

    @Test("sample → CSV → load gives identical bars", arguments: SampleData.symbols)
    func roundTrip(symbol: String) throws {
        let series = SampleData.series(symbol: symbol, start: Timestamp(year: 2015, month: 1, day: 1), end: Timestamp(year: 2024, month: 12, day: 31))
        let reloaded = try BarSeries(csvText: series.csvText(includingSymbol: true), symbol: "ignored")
        #expect(reloaded == series)
        let report = DataValidationReport(validatingCSVBytes: Array(series.csvText().utf8), source: symbol)
        #expect(!report.hasErrors)
    }

    @Test("bars are consistent and the returns have fat tails, volatility clustering and volume that follows the move")
    func stylizedFacts() {
        var generator = SyntheticMarketGenerator(parameters: SyntheticMarketParameters(), seed: 1)
        let timestamps = (1...20_000).map { Timestamp(rawValue: Int64($0) * Timestamp.nanosecondsPerDay) }
        let series = generator.series(symbol: "S", timestamps: timestamps)
        for index in 0..<series.count {
            let bar = series[index]
            #expect(bar.low > 0 && bar.low <= min(bar.open, bar.close) && bar.high >= max(bar.open, bar.close) && bar.volume >= 0)
        }
        let returns = (1..<series.count).map { series.close[$0] / series.close[$0 - 1] - 1 }
        let n = Double(returns.count)
        let mean = returns.reduce(0, +) / n
        let variance = returns.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
        let kurtosis = returns.reduce(0) { $0 + ($1 - mean) * ($1 - mean) * ($1 - mean) * ($1 - mean) } / n / (variance * variance)
        #expect(kurtosis > 4, "excess kurtosis \(kurtosis - 3)")
        let annualVolatility = (variance * 252).squareRoot()
        #expect(annualVolatility > 0.2 && annualVolatility < 0.4, "\(annualVolatility)")

        func correlation(_ x: [Double], _ y: [Double]) -> Double {
            let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
            var sxy = 0.0, sxx = 0.0, syy = 0.0
            for i in x.indices {
                sxy += (x[i] - mx) * (y[i] - my)
                sxx += (x[i] - mx) * (x[i] - mx)
                syy += (y[i] - my) * (y[i] - my)
            }
            return sxy / (sxx * syy).squareRoot()
        }
        let absolute = returns.map(abs)
        let clustering = correlation(Array(absolute.dropLast()), Array(absolute.dropFirst()))
        #expect(clustering > 0.1, "lag-1 autocorrelation of |r| \(clustering)")
        let rawAutocorrelation = correlation(Array(returns.dropLast()), Array(returns.dropFirst()))
        #expect(abs(rawAutocorrelation) < 0.05, "returns themselves are nearly uncorrelated: \(rawAutocorrelation)")
        let volumeLink = correlation(absolute, Array(series.volume.dropFirst()))
        #expect(volumeLink > 0.2, "corr(volume, |r|) \(volumeLink)")
    }
}

import Foundation
import TradingCore

/// Straightforward O(N·period) definitions the streaming indicators are checked against.
/// Window functions return NaN when any value in the window is non-finite, the documented
/// NaN policy; recursive ones are written in closed form, so NaN spreads to every later value.
enum Naive {
    /// Applies `body` to every full window of `period` values ending at each index.
    static func rolling(_ values: [Double], _ period: Int, _ body: (ArraySlice<Double>) -> Double) -> [Double?] {
        values.indices.map { end in
            guard end >= period - 1 else { return nil }
            let window = values[(end - period + 1)...end]
            return window.allSatisfy(\.isFinite) ? body(window) : .nan
        }
    }

    static func mean(_ window: ArraySlice<Double>) -> Double { window.reduce(0, +) / Double(window.count) }

    static func populationVariance(_ window: ArraySlice<Double>) -> Double {
        let m = mean(window)
        return window.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(window.count)
    }

    static func sma(_ values: [Double], _ period: Int) -> [Double?] { rolling(values, period, mean) }

    /// The seeded exponential average in closed form:
    /// `EMA(t) = (1−k)^(t−p+1)·seed + Σ_{j=p}^{t} k(1−k)^(t−j)·x(j)`, seed = mean of the first p.
    static func seededExponential(_ values: [Double?], _ period: Int, _ k: Double) -> [Double?] {
        let firstIndex = values.firstIndex { $0 != nil } ?? values.count
        let xs = values[firstIndex...].map { $0! }
        var result = [Double?](repeating: nil, count: firstIndex)
        for t in xs.indices {
            guard t >= period - 1 else { result.append(nil); continue }
            let seed = mean(xs[0..<period])
            var total = seed * pow(1 - k, Double(t - period + 1))
            if t >= period {
                for j in period...t { total += k * pow(1 - k, Double(t - j)) * xs[j] }
            }
            result.append(total)
        }
        return result
    }

    static func ema(_ values: [Double], _ period: Int) -> [Double?] {
        seededExponential(values, period, 2 / Double(period + 1))
    }

    static func trueRange(_ bars: [Bar]) -> [Double?] {
        bars.indices.map { t in
            guard t > 0 else { return nil }
            let fields = [bars[t].high, bars[t].low, bars[t - 1].close]
            guard fields.allSatisfy(\.isFinite) else { return .nan }
            return max(bars[t].high - bars[t].low, abs(bars[t].high - bars[t - 1].close), abs(bars[t].low - bars[t - 1].close))
        }
    }

    static func atr(_ bars: [Bar], _ period: Int) -> [Double?] {
        seededExponential(trueRange(bars), period, 1 / Double(period))
    }

    static func roc(_ values: [Double], _ period: Int) -> [Double?] {
        values.indices.map { t in
            guard t >= period else { return nil }
            let (reference, value) = (values[t - period], values[t])
            guard reference.isFinite, value.isFinite else { return .nan }
            return reference == 0 ? 0 : (value / reference - 1) * 100
        }
    }

    static func maximum(_ values: [Double], _ period: Int) -> [Double?] { rolling(values, period) { $0.max()! } }
    static func minimum(_ values: [Double], _ period: Int) -> [Double?] { rolling(values, period) { $0.min()! } }

    static func priceToMovingAverage(_ values: [Double], _ period: Int) -> [Double?] {
        rolling(values, period) { $0.last! / mean($0) - 1 }
    }

    static func priceToHigh(_ bars: [Bar], _ period: Int) -> [Double?] {
        let highs = maximum(bars.map(\.high), period)
        return bars.indices.map { t in highs[t].map { bars[t].close / $0 - 1 } }
    }

    static func volumeZScore(_ volumes: [Double], _ period: Int) -> [Double?] {
        rolling(volumes, period) { window in
            let sigma = populationVariance(window).squareRoot()
            return sigma > 1e-12 * abs(mean(window)) ? (window.last! - mean(window)) / sigma : 0
        }
    }

    static func realizedVolatility(_ prices: [Double], _ period: Int, _ periodsPerYear: Double) -> [Double?] {
        let returns: [Double] = prices.indices.dropFirst().map { t in
            let ratio = prices[t] / prices[t - 1]
            return ratio > 0 ? log(ratio) : .nan
        }
        let sigmas = rolling(returns, period) { window in
            (populationVariance(window) * Double(period) / Double(period - 1)).squareRoot() * periodsPerYear.squareRoot()
        }
        return [nil] + sigmas
    }
}

import Foundation
import TradingCore

/// Naive definitions of the remaining indicators, each computed from scratch per bar
/// (O(N·period)) or in closed form, for clean input.
extension Naive {
    /// `values` with `nil` where `mask` is `nil`, for chaining averages over a column.
    static func compact(_ values: [Double?]) -> (offset: Int, values: [Double]) {
        let offset = values.firstIndex { $0 != nil } ?? values.count
        return (offset, values[offset...].map { $0! })
    }

    /// Applies a function to the non-nil tail of a column and re-aligns the result.
    static func chained(_ column: [Double?], _ body: ([Double]) -> [Double?]) -> [Double?] {
        let (offset, values) = compact(column)
        return Array(repeating: nil, count: offset) + body(values)
    }

    static func wma(_ values: [Double], _ period: Int) -> [Double?] {
        rolling(values, period) { window in
            zip(window, 1...).reduce(0) { $0 + $1.0 * Double($1.1) } / (Double(period * (period + 1)) / 2)
        }
    }

    /// Triangular weights `min(i + 1, period − i)`: 1, 2, …, 2, 1 (TA-Lib's TRIMA).
    static func trima(_ values: [Double], _ period: Int) -> [Double?] {
        let weights = (0..<period).map { Double(min($0 + 1, period - $0)) }
        let total = weights.reduce(0, +)
        return rolling(values, period) { window in zip(window, weights).reduce(0) { $0 + $1.0 * $1.1 } / total }
    }

    static func dema(_ values: [Double], _ period: Int) -> [Double?] {
        let e1 = ema(values, period)
        let e2 = chained(e1) { ema($0, period) }
        return zip(e1, e2).map { a, b in b.map { 2 * a! - $0 } }
    }

    static func tema(_ values: [Double], _ period: Int) -> [Double?] {
        let e1 = ema(values, period)
        let e2 = chained(e1) { ema($0, period) }
        let e3 = chained(e2) { ema($0, period) }
        return values.indices.map { t in e3[t].map { 3 * e1[t]! - 3 * e2[t]! + $0 } }
    }

    static func t3(_ values: [Double], _ period: Int, _ a: Double) -> [Double?] {
        var chain = [ema(values, period)]
        for _ in 1..<6 { chain.append(chained(chain.last!) { ema($0, period) }) }
        let c1 = -a * a * a, c2 = 3 * a * a + 3 * a * a * a
        let c3 = -6 * a * a - 3 * a - 3 * a * a * a, c4 = 1 + 3 * a + a * a * a + 3 * a * a
        return values.indices.map { t in chain[5][t].map { c1 * $0 + c2 * chain[4][t]! + c3 * chain[3][t]! + c4 * chain[2][t]! } }
    }

    /// KAMA from its definition, rescanning the path length each bar.
    static func kama(_ values: [Double], _ period: Int) -> [Double?] {
        var result = [Double?](repeating: nil, count: values.count)
        var average = 0.0
        for t in values.indices where t >= period {
            if t == period { average = values[t - 1] }
            let change = values[t] - values[t - period]
            let path = ((t - period + 1)...t).reduce(0) { $0 + abs(values[$1] - values[$1 - 1]) }
            let efficiency = path <= change || path == 0 ? 1 : abs(change / path)
            let smoothing = pow(efficiency * (2.0 / 3 - 2.0 / 31) + 2.0 / 31, 2)
            average += (values[t] - average) * smoothing
            result[t] = average
        }
        return result
    }

    /// Wilder averages of gains and losses in closed form (seeded by plain means).
    static func gainsAndLosses(_ values: [Double], _ period: Int) -> ([Double?], [Double?]) {
        let changes: [Double?] = [nil] + values.indices.dropFirst().map { values[$0] - values[$0 - 1] }
        let gains = changes.map { $0.map { max($0, 0) } }
        let losses = changes.map { $0.map { max(-$0, 0) } }
        return (seededExponential(gains, period, 1 / Double(period)), seededExponential(losses, period, 1 / Double(period)))
    }

    static func rsi(_ values: [Double], _ period: Int) -> [Double?] {
        let (gains, losses) = gainsAndLosses(values, period)
        return zip(gains, losses).map { g, l in g.map { $0 + l! == 0 ? 0 : 100 * $0 / ($0 + l!) } }
    }

    static func cmo(_ values: [Double], _ period: Int) -> [Double?] {
        let (gains, losses) = gainsAndLosses(values, period)
        return zip(gains, losses).map { g, l in g.map { $0 + l! == 0 ? 0 : 100 * ($0 - l!) / ($0 + l!) } }
    }

    /// MACD with TA-Lib's aligned fast EMA (it starts `slow − fast` values late).
    static func macd(_ values: [Double], fast: Int, slow: Int, signal: Int) -> [[Double]?] {
        let lateFast = Array(repeating: nil, count: slow - fast) + seededExponential(values.dropFirst(slow - fast).map { $0 }, fast, 2 / Double(fast + 1))
        let slowLine = ema(values, slow)
        let line: [Double?] = values.indices.map { t in slowLine[t].map { lateFast[t]! - $0 } }
        let signalLine = chained(line) { ema($0, signal) }
        return values.indices.map { t in signalLine[t].map { [line[t]!, $0, line[t]! - $0] } }
    }

    static func ppo(_ values: [Double], fast: Int, slow: Int) -> [Double?] {
        let f = ema(values, fast), s = ema(values, slow)
        return values.indices.map { t in s[t].map { $0 == 0 ? 0 : (f[t]! - $0) / $0 * 100 } }
    }

    static func fastK(_ bars: [Bar], _ period: Int) -> [Double?] {
        bars.indices.map { t in
            guard t >= period - 1 else { return nil }
            let window = bars[(t - period + 1)...t]
            let high = window.map(\.high).max()!, low = window.map(\.low).min()!
            return high == low ? 0 : 100 * (bars[t].close - low) / (high - low)
        }
    }

    static func willr(_ bars: [Bar], _ period: Int) -> [Double?] {
        fastK(bars, period).map { $0.map { $0 - 100 } }
    }

    static func cci(_ bars: [Bar], _ period: Int) -> [Double?] {
        rolling(bars.map { ($0.high + $0.low + $0.close) / 3 }, period) { window in
            let m = mean(window)
            let deviation = window.reduce(0) { $0 + abs($1 - m) } / Double(period)
            return window.last! == m || deviation == 0 ? 0 : (window.last! - m) / (0.015 * deviation)
        }
    }

    static func momentum(_ values: [Double], _ period: Int) -> [Double?] {
        values.indices.map { $0 >= period ? values[$0] - values[$0 - period] : nil }
    }

    static func midpoint(_ values: [Double], _ period: Int) -> [Double?] {
        rolling(values, period) { ($0.max()! + $0.min()!) / 2 }
    }

    /// Least squares over positions 0…n−1: (slope, value at the newest position).
    static func regression(_ values: [Double], _ period: Int) -> [(slope: Double, end: Double)?] {
        values.indices.map { t in
            guard t >= period - 1 else { return nil }
            let ys = Array(values[(t - period + 1)...t]), xs = (0..<period).map(Double.init)
            let mx = xs.reduce(0, +) / Double(period), my = ys.reduce(0, +) / Double(period)
            let sxy = zip(xs, ys).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
            let sxx = xs.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
            let slope = sxy / sxx
            return (slope, my + slope * (Double(period - 1) - mx))
        }
    }

    static func variance(_ values: [Double], _ period: Int) -> [Double?] { rolling(values, period, populationVariance) }

    static func mfi(_ bars: [Bar], _ period: Int) -> [Double?] {
        let typical = bars.map { ($0.high + $0.low + $0.close) / 3 }
        return bars.indices.map { t in
            guard t >= period else { return nil }
            var positive = 0.0, negative = 0.0
            for j in (t - period + 1)...t {
                let flow = typical[j] * bars[j].volume
                // TA-Lib 0.8: a change within 1e-14 of the two typical prices' magnitude is none.
                guard abs(typical[j] - typical[j - 1]) > 1e-14 * (abs(typical[j]) + abs(typical[j - 1])) else { continue }
                if typical[j] > typical[j - 1] { positive += flow } else { negative += flow }
            }
            return positive + negative == 0 ? 0 : 100 * positive / (positive + negative)
        }
    }

    /// Aroon (down, up): bars since the latest extreme over `period + 1` bars.
    static func aroon(_ bars: [Bar], _ period: Int) -> [[Double]?] {
        bars.indices.map { t in
            guard t >= period else { return nil }
            let range = (t - period)...t
            let high = range.last { bars[$0].high == range.map { bars[$0].high }.max()! }!
            let low = range.last { bars[$0].low == range.map { bars[$0].low }.min()! }!
            return [100 / Double(period) * Double(period - (t - low)), 100 / Double(period) * Double(period - (t - high))]
        }
    }

    static func ultosc(_ bars: [Bar], _ periods: [Int]) -> [Double?] {
        let sorted = periods.sorted()
        return bars.indices.map { t in
            guard t >= sorted[2] else { return nil }
            var total = 0.0
            for (period, weight) in zip(sorted, [4.0, 2.0, 1.0]) {
                var pressure = 0.0, range = 0.0
                for j in (t - period + 1)...t {
                    let low = min(bars[j].low, bars[j - 1].close), high = max(bars[j].high, bars[j - 1].close)
                    pressure += bars[j].close - low
                    range += high - low
                }
                if range != 0 { total += weight * pressure / range }
            }
            return 100 * total / 7
        }
    }

    static func obv(_ bars: [Bar]) -> [Double?] {
        bars.indices.map { t in
            (1...max(t, 1)).reduce(bars[0].volume) { total, j in
                guard t > 0 else { return total }
                return bars[j].close > bars[j - 1].close ? total + bars[j].volume : bars[j].close < bars[j - 1].close ? total - bars[j].volume : total
            }
        }
    }

    static func adFlows(_ bars: [Bar]) -> [Double] {
        bars.map { $0.high > $0.low ? ((($0.close - $0.low) - ($0.high - $0.close)) / ($0.high - $0.low)) * $0.volume : 0 }
    }

    static func ad(_ bars: [Bar]) -> [Double?] {
        let flows = adFlows(bars)
        return bars.indices.map { t in flows[0...t].reduce(0, +) }
    }

    /// ADOSC: EMAs of the A/D line seeded by its first value, in closed form.
    static func adosc(_ bars: [Bar], fast: Int, slow: Int) -> [Double?] {
        let line = ad(bars).map { $0! }
        func firstValueEMA(_ t: Int, _ period: Int) -> Double {
            let k = 2 / Double(period + 1)
            var total = pow(1 - k, Double(t)) * line[0]
            if t > 0 { for j in 1...t { total += k * pow(1 - k, Double(t - j)) * line[j] } }
            return total
        }
        return bars.indices.map { t in t >= max(fast, slow) - 1 ? firstValueEMA(t, fast) - firstValueEMA(t, slow) : nil }
    }

    /// Wilder sums as TA-Lib seeds them: bars 1…period−1 summed, then `s − s/p + new`.
    static func wilderSums(_ raw: [Double?], _ period: Int) -> [Double?] {
        raw.indices.map { t in
            guard t >= period else { return nil }
            let decay = 1 - 1 / Double(period)
            var total = pow(decay, Double(t - period + 1)) * (1..<period).reduce(0) { $0 + raw[$1]! }
            for j in period...t { total += pow(decay, Double(t - j)) * raw[j]! }
            return total
        }
    }

    static func directional(_ bars: [Bar], _ period: Int) -> (plus: [Double?], minus: [Double?]) {
        var plus: [Double?] = [nil], minus: [Double?] = [nil]
        for t in bars.indices.dropFirst() {
            let up = bars[t].high - bars[t - 1].high, down = bars[t - 1].low - bars[t].low
            plus.append(up > 0 && up > down ? up : 0)
            minus.append(down > 0 && down > up ? down : 0)
        }
        let range = wilderSums(trueRange(bars), period)
        let plusSums = wilderSums(plus, period), minusSums = wilderSums(minus, period)
        return (bars.indices.map { t in range[t].map { 100 * plusSums[t]! / $0 } }, bars.indices.map { t in range[t].map { 100 * minusSums[t]! / $0 } })
    }

    static func adx(_ bars: [Bar], _ period: Int) -> [Double?] {
        let (plus, minus) = directional(bars, period)
        let dx: [Double?] = bars.indices.map { t in plus[t].map { 100 * abs($0 - minus[t]!) / ($0 + minus[t]!) } }
        return seededExponential(dx, period, 1 / Double(period))
    }

    static func donchian(_ bars: [Bar], _ period: Int) -> [[Double]?] {
        let highs = maximum(bars.map(\.high), period), lows = minimum(bars.map(\.low), period)
        return bars.indices.map { t in highs[t].map { [$0, ($0 + lows[t]!) / 2, lows[t]!] } }
    }

    static func vwap(_ bars: [Bar], _ period: Int) -> [Double?] {
        bars.indices.map { t in
            guard t >= period - 1 else { return nil }
            let window = bars[(t - period + 1)...t]
            return window.reduce(0) { $0 + ($1.high + $1.low + $1.close) / 3 * $1.volume } / window.reduce(0) { $0 + $1.volume }
        }
    }
}

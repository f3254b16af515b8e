import Indicators
import Testing

/// The running sums follow TA-Lib's recurrences bit for bit (the golden tests check whole
/// indicators on GOOG; these check the recurrences themselves on seeded random walks, against
/// TA-Lib's C loops transcribed below), and the drift check leaves TA-Lib's value alone where
/// TA-Lib's own sum carries only rounding.
@Suite("TA-Lib's recurrences, bit for bit")
struct TALibArithmeticTests {
    /// `ta_SMA.c`: the first `period − 1` values summed oldest first, then per output
    /// `total += new; out = total / period; total −= trailing`.
    static func talibSMA(_ values: [Double], _ period: Int) -> [Double?] {
        var output = [Double?](repeating: nil, count: values.count)
        guard values.count >= period else { return output }
        var total = 0.0
        for index in 0..<(period - 1) { total += values[index] }
        for index in (period - 1)..<values.count {
            total += values[index]
            output[index] = total / Double(period)
            total -= values[index + 1 - period]
        }
        return output
    }

    /// TA-Lib 0.8's `TA_WMA`: `periodSub` and `periodSum` updated per output, both recomputed
    /// from the window every `8 · period` outputs.
    static func talibWMA(_ values: [Double], _ period: Int) -> [Double?] {
        var output = [Double?](repeating: nil, count: values.count)
        guard values.count >= period, period > 1 else { return period == 1 ? values.map { $0 } : output }
        let divider = Double(period) * Double(period + 1) * 0.5
        var periodSub = 0.0, periodSum = 0.0, trailing = 0.0, countdown = 8 * period
        for index in 0..<(period - 1) {
            periodSub += values[index]
            periodSum += values[index] * Double(index + 1)
        }
        for index in (period - 1)..<values.count {
            countdown -= 1
            if countdown == 0 {
                countdown = 8 * period
                var sub = 0.0, sum = 0.0
                for offset in 0..<period {
                    let value = values[index + 1 - period + offset]
                    sub += value
                    sum += value * Double(offset + 1)
                }
                periodSub = sub
                output[index] = sum / divider
                periodSum = sum - sub
            } else {
                periodSub += values[index]
                periodSub -= trailing
                periodSum += values[index] * Double(period)
                output[index] = periodSum / divider
                periodSum -= periodSub
            }
            trailing = values[index + 1 - period]
        }
        return output
    }

    static func identical(_ actual: [Double?], _ expected: [Double?]) -> Bool {
        actual.count == expected.count && zip(actual, expected).allSatisfy { a, e in
            switch (a, e) {
            case (nil, nil): true
            case let (a?, e?): a.bitPattern == e.bitPattern
            default: false
            }
        }
    }

    @Test("SMA, streaming and array kernel, is TA-Lib's running sum", arguments: [2, 7, 30, 100])
    func simpleMovingAverage(period: Int) {
        let closes = RandomBars.closes(count: 5_000, seed: 31)
        let expected = Self.talibSMA(closes, period)
        #expect(Self.identical(SimpleMovingAverage(period: period).outputs(over: closes), expected))
        let kernel = SimpleMovingAverage(period: period).values(over: closes).map { $0.isNaN ? nil : $0 }
        #expect(Self.identical(kernel, expected))
    }

    @Test("WMA is TA-Lib's recurrence with its 8 · period resynchronisation", arguments: [2, 5, 20])
    func weightedMovingAverage(period: Int) {
        let closes = RandomBars.closes(count: 5_000, seed: 32)
        #expect(Self.identical(WeightedMovingAverage(period: period).outputs(over: closes), Self.talibWMA(closes, period)))
    }

    @Test("a window of zeros keeps the residue TA-Lib's sum carries; the next window with data drops it")
    func zeroWindowKeepsResidue() throws {
        let values = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7] + Array(repeating: 0.0, count: 9)
        let expected = Self.talibSMA(values, 3)
        let residue = try #require(expected.last ?? nil)
        #expect(residue != 0, "0.1 … 0.7 leave a rounding residue in TA-Lib's sum")
        #expect(Self.identical(SimpleMovingAverage(period: 3).outputs(over: values), expected))
        // Once a checked window holds data again the residue goes: TA-Lib's sum still carries
        // it against three values of 1e-18, the drift check replaces it by the window's sum.
        let tail = Array(repeating: 1e-18, count: 9)
        let talib = try #require(Self.talibSMA(values + tail, 3).last ?? nil)
        let last = try #require(SimpleMovingAverage(period: 3).outputs(over: values + tail).last ?? nil)
        #expect(abs(talib - 1e-18) > 1e-17)
        #expect(abs(last - 1e-18) <= 1e-30)
    }
}

import Indicators
import Testing

/// `PandasRollingMean` against pandas 3.1's `Series.rolling(n).mean()` (values printed by
/// pandas with `repr`, which round-trips): tick-rounded prices, a flat stretch, negative
/// values, a NaN, and a run of 0.1-steps whose binary sums carry rounding.
@Suite("pandas rolling mean")
struct PandasRollingMeanTests {
    static let values: [Double] = [79.1, 78.97, 79.0, 78.97, 78.94, 78.93, 78.83, 78.82, 78.78, 78.94, 78.95, 78.94, 78.92, 78.89, 78.84, 78.82, 78.84, 78.83, 78.88, 78.87, 78.87, 78.95, 78.97, 78.95, 78.94, 78.97, 79.06, 79.05, 79.04, 79.09, 79.04, 79.03, 79.07, 79.1, 79.11, 79.14, 79.0, 79.05, 79.0, 78.92, 79.17, 79.17, 79.17, 79.17, 79.17, 79.17, 79.17, 79.17, 79.17, 79.17, 79.17, 79.17, -0.245, -0.105, -0.194, -0.409, -0.404, -0.414, -0.133, 0.016, 0.055, 0.278, 0.236, 0.051, 0.168, 0.285, 0.242, 0.085, 0.131, -0.368, -0.23, -0.132, Double.nan, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7]
    static let mean3: [Double?] = [nil, nil, 79.02333333333333, 78.98, 78.97, 78.94666666666667, 78.89999999999999, 78.86, 78.81, 78.84666666666668, 78.89, 78.94333333333333, 78.93666666666667, 78.91666666666667, 78.88333333333334, 78.85000000000001, 78.83333333333333, 78.83, 78.85000000000001, 78.86, 78.87333333333333, 78.89666666666668, 78.92999999999999, 78.95666666666666, 78.95333333333333, 78.95333333333333, 78.99000000000001, 79.02666666666667, 79.05000000000001, 79.06, 79.05666666666667, 79.05333333333333, 79.04666666666667, 79.06666666666666, 79.09333333333332, 79.11666666666666, 79.08333333333333, 79.06333333333333, 79.01666666666667, 78.99, 79.03000000000002, 79.08666666666667, 79.17, 79.17, 79.17, 79.17, 79.17, 79.17, 79.17, 79.17, 79.17, 79.17, 52.69833333333333, 26.273333333333337, -0.18133333333333335, -0.236, -0.3356666666666667, -0.40900000000000003, -0.317, -0.17700000000000002, -0.02066666666666667, 0.11633333333333334, 0.18966666666666665, 0.18833333333333335, 0.15166666666666664, 0.168, 0.2316666666666667, 0.204, 0.1526666666666667, -0.05066666666666664, -0.15566666666666665, -0.24333333333333332, Double.nan, Double.nan, Double.nan, 0.4000000000000001, 0.5, 0.6000000000000001, 0.7000000000000001, 0.8000000000000002, 0.9, 1.0, 1.1, 1.2000000000000002, 1.3, 1.4000000000000001, 1.5, 1.6000000000000003]
    static let mean10: [Double?] = [nil, nil, nil, nil, nil, nil, nil, nil, nil, 78.928, 78.913, 78.91, 78.902, 78.894, 78.88399999999999, 78.873, 78.874, 78.875, 78.88499999999999, 78.878, 78.86999999999999, 78.87100000000001, 78.876, 78.88199999999999, 78.89200000000001, 78.90700000000001, 78.929, 78.951, 78.96700000000001, 78.989, 79.006, 79.014, 79.024, 79.03900000000002, 79.056, 79.07300000000001, 79.06700000000001, 79.06700000000001, 79.063, 79.04599999999999, 79.059, 79.07300000000001, 79.083, 79.09, 79.096, 79.099, 79.116, 79.128, 79.14500000000001, 79.17, 79.17, 79.17, 71.22850000000001, 63.301, 55.36460000000001, 47.4067, 39.4493, 31.4909, 23.5606, 15.645199999999999, 7.733700000000001, -0.1555, -0.10740000000000001, -0.09179999999999999, -0.055600000000000004, 0.013800000000000002, 0.0784, 0.1283, 0.1547, 0.1163, 0.0878, 0.046799999999999994, Double.nan, Double.nan, Double.nan, Double.nan, Double.nan, Double.nan, Double.nan, Double.nan, Double.nan, Double.nan, 0.75, 0.85, 0.95, 1.05, 1.15, 1.2500000000000002]

    static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return x.bitPattern == y.bitPattern || (x.isNaN && y.isNaN)
        default: return false
        }
    }

    @Test("bit for bit equal to pandas", arguments: [3, 10])
    func matchesPandas(period: Int) {
        let expected = period == 3 ? Self.mean3 : Self.mean10
        let outputs = PandasRollingMean(period: period).outputs(over: Self.values)
        #expect(outputs.count == expected.count)
        for index in expected.indices {
            #expect(Self.same(outputs[index], expected[index]), "index \(index): \(String(describing: outputs[index])) vs pandas \(String(describing: expected[index]))")
        }
    }

    @Test("pandas' rounding is not TA-Lib's: the running sum of SMA differs from it on the same values")
    func differsFromTALibRounding() {
        let pandas = PandasRollingMean(period: 10).outputs(over: Self.values)
        let talib = SimpleMovingAverage(period: 10).outputs(over: Self.values)
        #expect(zip(pandas, talib).contains { !Self.same($0, $1) })
        for (a, b) in zip(pandas, talib) {
            guard let a, let b, a.isFinite, b.isFinite else { continue }
            // Both running sums keep the rounding of the largest values that passed through
            // the window (79.17), so the bound is relative to that, not to a mean near 0.
            #expect(abs(a - b) <= 1e-12 * 79.17)
        }
    }

    @Test("a window of one repeated value averages to that value exactly; reset starts over")
    func repeatedValueAndReset() {
        var mean = PandasRollingMean(period: 7)
        for value in [1.5, 2.25, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1] { _ = mean.update(value) }
        #expect(mean.update(0.1) == 0.1)
        mean.reset()
        #expect(!mean.isReady)
        #expect(mean.update(4) == nil)
    }
}

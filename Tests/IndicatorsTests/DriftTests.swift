import Indicators
import Testing

/// Ten million updates through the running-sum indicators, with rare huge spikes that wreck
/// any uncorrected add-and-subtract sum: the final outputs must equal the exact values of
/// the last window (relative 1e-9), because running sums are checked against the window
/// every `period` updates and replaced once they have drifted (SMA, TRIMA), or recomputed as
/// TA-Lib itself does after a huge value leaves or every few periods (WMA, VAR, LINEARREG).
@Suite("long runs do not drift")
struct DriftTests {
    static let count = 10_000_000
    static let period = 50

    /// A scrambled sawtooth around 10 000 with a 1e14 spike every 999 983 values: an
    /// uncorrected running sum keeps an error of ~ulp(1e14) = 0.016 after the spike leaves,
    /// 3e-8 of the mean.
    static func value(_ index: Int) -> Double {
        index % 999_983 == 17 ? 1e14 : 10_000 + Double((index &* 2_654_435_761) % 1_000) * 0.37
    }

    @Test("SMA and VAR after 10 million updates")
    func runningSums() {
        var average = SimpleMovingAverage(period: Self.period)
        var variance = Variance(period: Self.period)
        var outputs: (Double?, Double?) = (nil, nil)
        for index in 0..<Self.count {
            let x = Self.value(index)
            outputs = (average.update(x), variance.update(x))
        }
        let window = (Self.count - Self.period..<Self.count).map(Self.value)
        #expect(matches(outputs.0, Naive.mean(window[...]), tolerance: 1e-9))
        #expect(matches(outputs.1, Naive.populationVariance(window[...]), tolerance: 1e-9))
    }

    @Test("WMA, LINEARREG and TRIMA after 1 million updates (their weighted sums drift faster)")
    func weightedSums() {
        let count = 1_000_000
        var weighted = WeightedMovingAverage(period: Self.period)
        var regression = LinearRegression(period: Self.period)
        var triangular = TriangularMovingAverage(period: Self.period)
        var outputs: (Double?, Double?, Double?) = (nil, nil, nil)
        for index in 0..<count {
            let x = Self.value(index)
            outputs = (weighted.update(x), regression.update(x), triangular.update(x))
        }
        let window = (count - Self.period..<count).map(Self.value)
        #expect(matches(outputs.0, Naive.wma(window, Self.period).last!, tolerance: 1e-9))
        #expect(matches(outputs.1, Naive.regression(window, Self.period).last!!.end, tolerance: 1e-9))
        #expect(matches(outputs.2, Naive.trima(window, Self.period).last!, tolerance: 1e-9))
    }
}

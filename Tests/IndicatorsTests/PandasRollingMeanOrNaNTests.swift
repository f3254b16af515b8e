import Indicators
import Testing

/// `PandasRollingMean.updateOrNaN(_:)` is `update(_:)` with NaN for `nil`.
@Suite("pandas rolling mean, NaN for nil")
struct PandasRollingMeanOrNaNTests {
    @Test("the same outputs as update, bit for bit, NaN while warming up", arguments: [1, 3, 10, 64, 65])
    func matchesUpdate(period: Int) {
        var optional = PandasRollingMean(period: period), plain = PandasRollingMean(period: period)
        let values = PandasRollingMeanTests.values + PandasRollingMeanTests.values.reversed()
        for (index, value) in values.enumerated() {
            let expected = optional.update(value) ?? .nan
            let output = plain.updateOrNaN(value)
            #expect(output.bitPattern == expected.bitPattern || (output.isNaN && expected.isNaN), "index \(index)")
            #expect(plain.isReady == (index + 1 >= period))
        }
    }
}

import Indicators
import Testing

/// MAX and MIN on the inputs that stress the rescan-on-expiry scheme: monotonic runs (a
/// rescan on every update), repeated values (ties resolve to the newest), and infinities and
/// NaN that must not be remembered once they leave the window — against the naive
/// reference, exactly.
@Suite("rolling extremes: rescan cases")
struct RollingExtremeRescanTests {
    static let series: [(name: String, values: [Double])] = [
        ("falling", (0..<120).map { Double(120 - $0) }),
        ("rising", (0..<120).map { Double($0) }),
        ("sawtooth with ties", (0..<120).map { Double($0 % 9 / 3) }),
        ("infinities and NaN", (0..<120).map { index -> Double in
            switch index % 23 {
            case 5: .infinity
            case 11: -.infinity
            case 17: .nan
            default: Double((index * 37) % 11)
            }
        }),
    ]

    @Test(arguments: [1, 2, 5, 16])
    func extremesMatchTheNaiveReference(period: Int) {
        for (_, values) in Self.series {
            checkAgainstReference(RollingMaximum(period: period), values, expected: Naive.maximum(values, period), tolerance: 0)
            checkAgainstReference(RollingMinimum(period: period), values, expected: Naive.minimum(values, period), tolerance: 0)
        }
    }

    @Test("ties resolve to the newest occurrence, also after a rescan")
    func tiesKeepTheNewest() {
        var maximum = RollingMaximum(period: 4)
        var minimum = RollingMinimum(period: 4)
        var ages: [Int] = [], minimumAges: [Int] = []
        for value in [3.0, 1, 3, 1, 2, 2, 0, 0] {
            _ = maximum.update(value)
            _ = minimum.update(value)
            ages.append(maximum.maximumAge)
            minimumAges.append(minimum.minimumAge)
        }
        // Windows: [3], [3,1], [3,1,3], [3,1,3,1], [1,3,1,2], [3,1,2,2], [1,2,2,0], [2,2,0,0].
        #expect(ages == [0, 1, 0, 1, 2, 3, 1, 2])
        #expect(minimumAges == [0, 0, 1, 0, 1, 2, 0, 0])
    }
}

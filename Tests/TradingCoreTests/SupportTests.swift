import Testing
@testable import TradingCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("SplitMix64 and deterministic math")
struct SupportTests {
    @Test("SplitMix64 matches Vigna's reference outputs for seed 0")
    func referenceOutputs() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(random.next() == 0x06C4_5D18_8009_454F)
    }

    @Test("unit-interval draws lie in [0, 1) and average one half")
    func unitInterval() {
        var random = SplitMix64(seed: 99)
        var sum = 0.0
        for _ in 0..<100_000 {
            let u = random.nextUnitInterval()
            #expect(u >= 0 && u < 1)
            sum += u
        }
        #expect(abs(sum / 100_000 - 0.5) < 0.005)
    }

    @Test("the arithmetic logarithm agrees with libm to 4e-16 relative")
    func logarithm() {
        var random = SplitMix64(seed: 3)
        for _ in 0..<100_000 {
            let x = random.nextUnitInterval() * 2 + 1e-9
            let reference = log(x)
            let ours = DeterministicMath.naturalLogarithm(x)
            #expect(abs(ours - reference) <= 4e-16 * max(1, abs(reference)), "\(x)")
        }
        #expect(DeterministicMath.naturalLogarithm(1) == 0)
    }

    @Test("polar-method normals have mean 0 and variance 1")
    func normals() {
        var random = SplitMix64(seed: 11)
        var sum = 0.0, sumOfSquares = 0.0
        for _ in 0..<50_000 {
            let (a, b) = DeterministicMath.standardNormalPair(using: &random)
            sum += a + b
            sumOfSquares += a * a + b * b
        }
        #expect(abs(sum / 100_000) < 0.02)
        #expect(abs(sumOfSquares / 100_000 - 1) < 0.02)
    }
}

@Suite("Selection")
struct SelectionTests {
    @Test("selectElement returns the sorted array's element at the rank and partitions around it")
    func selectMatchesSort() {
        var random = SplitMix64(seed: 404)
        for trial in 0..<400 {
            let count = 1 + Int(random.next() % 60)
            // Few distinct values in some trials, to exercise the equal-to-pivot runs.
            let distinct = trial % 3 == 0 ? 3 : 1_000
            let values = (0..<count).map { _ in Int64(random.next() % UInt64(distinct)) }
            let sorted = values.sorted()
            let rank = Int(random.next() % UInt64(count))
            var work = values
            let selected = work.selectElement(rank: rank)
            #expect(selected == sorted[rank])
            #expect(work.sorted() == sorted, "a permutation of the input")
            #expect(work[..<rank].allSatisfy { $0 <= selected } && work[(rank + 1)...].allSatisfy { $0 >= selected })
        }
    }

    @Test("counting few distinct spacings finds the sorted spacings' element at every rank, and gives up past the limit")
    func fewSpacingsMatchSort() {
        var random = SplitMix64(seed: 406)
        for trial in 0..<300 {
            let count = 2 + Int(random.next() % 80)
            // Up to the limit of distinct spacings, exactly at it, or past it (then nil).
            let distinct = [1, 3, PerformanceMetrics.distinctSpacingLimit, 200][trial % 4]
            var time: Int64 = -1_000_000
            var timestamps = [Timestamp(rawValue: time)]
            for _ in 1..<count {
                time += 60 + Int64(random.next() % UInt64(distinct)) * 7
                timestamps.append(Timestamp(rawValue: time))
            }
            let sorted = (1..<count).map { timestamps[$0].rawValue - timestamps[$0 - 1].rawValue }.sorted()
            let found = Set(sorted).count
            for rank in [0, (count - 2) / 2, count - 2] {
                let counted = PerformanceMetrics.fewSpacingsElement(rank: rank, of: timestamps)
                #expect(counted == (found <= PerformanceMetrics.distinctSpacingLimit ? sorted[rank] : nil),
                        "\(found) distinct spacings, rank \(rank)")
            }
        }
    }

    @Test("the validation report's median equals the sorted middle (mean of the two for even counts)")
    func medianMatchesSort() {
        var random = SplitMix64(seed: 405)
        for trial in 0..<300 {
            let count = 1 + Int(random.next() % 50)
            let values = (0..<count).map { _ in trial % 2 == 0 ? Double(random.next() % 5) : random.nextUnitInterval() - 0.5 }
            let sorted = values.sorted()
            let expected = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2
            #expect(DataValidationReport.median(values) == expected)
        }
    }
}

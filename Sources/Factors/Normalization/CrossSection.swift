/// Cross-sectional normalizers: functions over the scores of every instrument in the
/// universe at one timestamp.
///
/// Each normalizer has an allocation-free form that writes into a caller-owned array of
/// the same length (reuse it across timestamps) and a convenience form that returns a new
/// array. A non-finite value (NaN, ±∞) marks a missing score, e.g. an instrument not yet
/// warmed up: it is left out of the statistics and its output is NaN. The universes these
/// are meant for are small (tens of instruments), so ranking and quantiles use
/// quadratic-time algorithms that need no scratch memory beyond what the caller passes.
public enum CrossSection {
    /// Writes the percentile rank of each value into `ranks`: `(r − 1) / (n − 1)`, where `r`
    /// is the 1-based rank among the `n` finite values with ties given their average rank
    /// (pandas' `rank(method="average")`), so the smallest maps to 0 and the largest to 1.
    /// A lone finite value ranks 0.5.
    ///
    /// - Parameters:
    ///   - values: the scores at one timestamp.
    ///   - ranks: receives the ranks; must have `values.count` elements.
    /// - Complexity: O(n²) time, no allocation.
    @inlinable
    public static func rank(_ values: [Double], into ranks: inout [Double]) {
        precondition(ranks.count == values.count, "output must have as many elements as the input")
        var present = 0
        for value in values where value.isFinite { present += 1 }
        for i in values.indices {
            let value = values[i]
            guard value.isFinite else { ranks[i] = .nan; continue }
            guard present > 1 else { ranks[i] = 0.5; continue }
            var below = 0
            var equal = 0
            for other in values where other.isFinite {
                if other < value { below += 1 } else if other == value { equal += 1 }
            }
            let averageRank = Double(below) + Double(equal + 1) / 2
            ranks[i] = (averageRank - 1) / Double(present - 1)
        }
    }

    /// Returns the percentile ranks of `values`; see ``rank(_:into:)``.
    ///
    /// - Complexity: O(n²).
    @inlinable
    public static func ranks(_ values: [Double]) -> [Double] {
        var ranks = Array(repeating: 0.0, count: values.count)
        rank(values, into: &ranks)
        return ranks
    }

    /// Writes the cross-sectional z-score of each value into `scores`: `(x − μ) / σ` with the
    /// mean and *population* standard deviation of the finite values. When fewer than two
    /// values are present or they are all equal (σ ≤ 1e-12 × max(|μ|, max|x|)), every present
    /// value scores 0. The statistics are formed over the values scaled by a power of two
    /// that brings the largest near 1 (exact, so ordinary values give the same bits), so
    /// that squares neither underflow (scores of 1e-300) nor overflow (scores of 1e200):
    /// like the z-score itself, the result does not depend on the values' scale.
    ///
    /// - Parameters:
    ///   - values: the scores at one timestamp.
    ///   - scores: receives the z-scores; must have `values.count` elements.
    /// - Complexity: O(n) time, no allocation.
    @inlinable
    public static func zScore(_ values: [Double], into scores: inout [Double]) {
        precondition(scores.count == values.count, "output must have as many elements as the input")
        var present = 0
        var largest = 0.0
        for value in values where value.isFinite {
            present += 1
            largest = max(largest, value.magnitude)
        }
        // 2⁻ᵉ with e the largest value's binary exponent: scaling by it is exact.
        let scale = largest > 0 && largest.isNormal ? Double(sign: .plus, exponent: -largest.exponent, significand: 1) : 1
        var sum = 0.0
        for value in values where value.isFinite { sum += value * scale }
        let mean = present > 0 ? sum / Double(present) : 0
        var squares = 0.0
        for value in values where value.isFinite { squares += (value * scale - mean) * (value * scale - mean) }
        let deviation = present > 1 ? (squares / Double(present)).squareRoot() : 0
        let isConstant = deviation <= 1e-12 * max(mean.magnitude, largest * scale)
        for i in values.indices {
            let value = values[i]
            scores[i] = !value.isFinite ? .nan : (isConstant ? 0 : (value * scale - mean) / deviation)
        }
    }

    /// Returns the cross-sectional z-scores of `values`; see ``zScore(_:into:)``.
    @inlinable
    public static func zScores(_ values: [Double]) -> [Double] {
        var scores = Array(repeating: 0.0, count: values.count)
        zScore(values, into: &scores)
        return scores
    }

    /// Writes `values` winsorized at two quantiles into `output`: each finite value is
    /// clipped to `[q(lowerQuantile), q(upperQuantile)]`, where `q` is the quantile of the
    /// finite values with linear interpolation between order statistics (Hyndman & Fan
    /// type 7, numpy's default): `q(p) = x₍ⱼ₎ + (h − j)(x₍ⱼ₊₁₎ − x₍ⱼ₎)`, `h = p(n − 1)`, `j = ⌊h⌋`,
    /// 0-based order statistics. Two order statistics further apart than the largest
    /// `Double` are interpolated as `(1 − t)·x₍ⱼ₎ + t·x₍ⱼ₊₁₎` instead, as their difference overflows.
    ///
    /// - Parameters:
    ///   - values: the scores at one timestamp.
    ///   - output: receives the winsorized scores; must have `values.count` elements.
    ///   - lowerQuantile: the lower quantile, in `0...upperQuantile`.
    ///   - upperQuantile: the upper quantile, in `lowerQuantile...1`.
    ///   - scratch: working storage for the sorted values; must have at least
    ///     `values.count` elements. Its contents on return are unspecified.
    /// - Complexity: O(n²) time (insertion sort), no allocation.
    @inlinable
    public static func winsorize(
        _ values: [Double], into output: inout [Double],
        lowerQuantile: Double, upperQuantile: Double, scratch: inout [Double]
    ) {
        precondition(output.count == values.count, "output must have as many elements as the input")
        precondition(scratch.count >= values.count, "scratch must hold at least as many elements as the input")
        precondition(0 <= lowerQuantile && lowerQuantile <= upperQuantile && upperQuantile <= 1, "quantiles must satisfy 0 <= lower <= upper <= 1")
        var present = 0
        for value in values where value.isFinite {
            var slot = present
            while slot > 0 && scratch[slot - 1] > value {
                scratch[slot] = scratch[slot - 1]
                slot -= 1
            }
            scratch[slot] = value
            present += 1
        }
        guard present > 0 else {
            for i in values.indices { output[i] = .nan }
            return
        }
        let lower = quantile(sorted: scratch, count: present, lowerQuantile)
        let upper = quantile(sorted: scratch, count: present, upperQuantile)
        for i in values.indices {
            let value = values[i]
            output[i] = !value.isFinite ? .nan : min(max(value, lower), upper)
        }
    }

    /// Returns `values` winsorized at two quantiles; see ``winsorize(_:into:lowerQuantile:upperQuantile:scratch:)``.
    @inlinable
    public static func winsorized(_ values: [Double], lowerQuantile: Double, upperQuantile: Double) -> [Double] {
        var output = Array(repeating: 0.0, count: values.count)
        var scratch = Array(repeating: 0.0, count: values.count)
        winsorize(values, into: &output, lowerQuantile: lowerQuantile, upperQuantile: upperQuantile, scratch: &scratch)
        return output
    }

    /// The type-7 quantile of the first `count` (sorted, `count >= 1`) elements of `sorted`.
    @usableFromInline
    static func quantile(sorted: [Double], count: Int, _ p: Double) -> Double {
        let h = p * Double(count - 1)
        let j = min(Int(h), count - 1)
        guard j + 1 < count else { return sorted[j] }
        let difference = sorted[j + 1] - sorted[j]
        guard difference.isFinite else {
            // Order statistics more than Double.greatestFiniteMagnitude apart: interpolate
            // without forming their difference.
            let t = h - Double(j)
            return t == 0 ? sorted[j] : sorted[j] * (1 - t) + sorted[j + 1] * t
        }
        return sorted[j] + (h - Double(j)) * difference
    }
}

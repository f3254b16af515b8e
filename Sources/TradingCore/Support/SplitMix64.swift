/// A small, fast, seeded pseudo-random number generator (Steele, Lea and Flood's SplitMix64).
///
/// Every TradingKit component that needs randomness takes one of these with an explicit
/// seed, so that runs are reproducible bit for bit on every platform: the state update and
/// the output mix are 64-bit integer arithmetic only. Reference: G. L. Steele, D. Lea,
/// C. H. Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014; constants as
/// in Vigna's `splitmix64.c`.
public struct SplitMix64: RandomNumberGenerator, Hashable, Sendable {
    /// The generator's internal state (advanced by the golden-ratio increment per draw).
    @usableFromInline
    var state: UInt64

    /// Creates a generator whose sequence is fully determined by `seed`.
    @inlinable
    public init(seed: UInt64) { state = seed }

    /// Returns the next 64 random bits.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Returns a uniform double in `[0, 1)` built from the top 53 bits of the next draw.
    ///
    /// Exact and platform independent: `Double(bits >> 11) × 2⁻⁵³`.
    @inlinable
    public mutating func nextUnitInterval() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}

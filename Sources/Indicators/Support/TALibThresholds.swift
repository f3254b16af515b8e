/// TA-Lib's near-zero tests (`TA_IS_ZERO`, `TA_IS_ZERO_OR_NEG` in `ta_utility.h`), which
/// decide several outputs (a flat window's RSI, a zero-range stochastic, …); reproducing them
/// is part of matching TA-Lib exactly.
@usableFromInline
enum TALibThresholds {
    /// `TA_IS_ZERO(v)`: `−1e-8 < v < 1e-8`.
    @inlinable
    static func isZero(_ value: Double) -> Bool { -0.000_000_01 < value && value < 0.000_000_01 }

    /// `TA_IS_ZERO_OR_NEG(v)`: `v < 1e-8`.
    @inlinable
    static func isZeroOrNegative(_ value: Double) -> Bool { value < 0.000_000_01 }
}

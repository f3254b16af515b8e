/// The zero tests TA-Lib 0.8 (the C library bundled with the `TA-Lib` Python package 0.6+)
/// applies before dividing; reproducing them is part of matching TA-Lib exactly.
///
/// Classic TA-Lib (0.4) treated |v| < 1e-8 as zero everywhere (`TA_IS_ZERO`); TA-Lib 0.8
/// tests for exact zero in RSI, CMO, the directional indicators, ADX, NATR, MFI, ULTOSC and
/// KAMA, keeps a 1e-14 band in PPO, a band of 1e-14 relative to the operands' size in STOCH,
/// STOCHF, WILLR, MFI and CCI (`TA_IS_ZERO_SCALED`), and takes the square root of any
/// positive variance.
/// These rules were established by probing the library, as its 0.8 sources are not public.
@usableFromInline
enum TALibThresholds {
    /// The exact zero test of TA-Lib 0.8's oscillators.
    @inlinable
    static func isZero(_ value: Double) -> Bool { value == 0 }

    /// PPO's divisor test: `−1e-14 < v < 1e-14`.
    @inlinable
    static func isNearZero(_ value: Double) -> Bool { -1e-14 < value && value < 1e-14 }

    /// The relative zero test (`TA_IS_ZERO_SCALED`): `|v| ≤ 1e-14 × scale`, with `scale` the
    /// size of what `v` was formed from (a range's `|high| + |low|`, say), so that a residue
    /// of binary rounding such as `0.3 − (0.1 + 0.2)` counts as zero.
    @inlinable
    static func isZeroScaled(_ value: Double, scale: Double) -> Bool { abs(value) <= 1e-14 * scale }

    /// The variance test before a square root: `v ≤ 0`.
    @inlinable
    static func isZeroOrNegative(_ value: Double) -> Bool { value <= 0 }
}

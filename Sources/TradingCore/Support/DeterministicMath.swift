/// Transcendental helpers built from IEEE +, −, ×, ÷ and `sqrt` only, which are correctly
/// rounded everywhere, so results are bit-identical across platforms (unlike libm's `log`,
/// whose last bit may differ between Linux and macOS).
enum DeterministicMath {
    /// `ln 2` rounded to the nearest double.
    static let ln2 = 0.693_147_180_559_945_3

    /// The natural logarithm of a positive finite `x`, accurate to a few ulps.
    ///
    /// `x = m · 2^e` with `m ∈ [√½, √2)`; `ln x = e · ln 2 + 2 atanh(s)` where
    /// `s = (m − 1)/(m + 1)`, `|s| ≤ 0.1716`, summed as the odd series
    /// `2(s + s³/3 + … + s²¹/21)` (truncation error below 10⁻¹⁷).
    static func naturalLogarithm(_ x: Double) -> Double {
        precondition(x > 0 && x.isFinite, "logarithm of a non-positive or non-finite value")
        var exponent = Double(Int(x.exponent))
        var mantissa = x.significand
        if mantissa > 1.414_213_562_373_095_1 {
            mantissa /= 2
            exponent += 1
        }
        let s = (mantissa - 1) / (mantissa + 1)
        let s2 = s * s
        var series = 1.0 / 21
        for denominator in stride(from: 19.0, through: 1, by: -2) {
            series = series * s2 + 1 / denominator
        }
        return exponent * ln2 + 2 * s * series
    }

    /// A standard normal draw by Marsaglia's polar method
    /// (G. Marsaglia, T. A. Bray, "A convenient method for generating normal variables",
    /// SIAM Review 6(3), 1964), with ``naturalLogarithm(_:)``.
    /// Returns two independent draws per accepted pair of uniforms.
    static func standardNormalPair(using generator: inout SplitMix64) -> (Double, Double) {
        while true {
            let u = 2 * generator.nextUnitInterval() - 1
            let v = 2 * generator.nextUnitInterval() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let scale = (-2 * naturalLogarithm(s) / s).squareRoot()
                return (u * scale, v * scale)
            }
        }
    }
}

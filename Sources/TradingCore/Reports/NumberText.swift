/// Foundation-free number formatting shared by the CSV, JSON and HTML writers, and public for
/// hosts' own reports and console summaries (no locale: `.` is the decimal point, `,` the
/// thousands separator).
///
/// * ``plain(_:)`` — the shortest decimal that round-trips (`Double.description`'s digits),
///   always in positional notation: `0.00001`, never `1e-05`; `-0.0` is written `0.0`.
///   Machine-readable outputs (CSV, JSON) use it, so a reader gets the exact `Double` back.
/// * ``fixed(_:decimals:grouping:)`` — rounded to a fixed number of decimals, optionally
///   with thousands separators, for people (HTML report, console summaries).
public enum NumberText {
    /// The shortest round-trip decimal of a finite `value` in positional notation.
    ///
    /// - Precondition: `value.isFinite`.
    public static func plain(_ value: Double) -> String {
        precondition(value.isFinite, "plain decimal text needs a finite value")
        if value == 0 { return "0.0" }
        var scratch: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        let fast = withUnsafeMutableBytes(of: &scratch) { raw -> String? in
            let base = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            return ShortestDecimal.write(value, to: base).map { String(decoding: UnsafeBufferPointer(start: base, count: $0), as: UTF8.self) }
        }
        if let fast { return fast }
        let text = value.description
        guard text.utf8.contains(UInt8(ascii: "e")) else { return text }
        let exponentIndex = text.firstIndex(of: "e")!
        var mantissa = Substring(text[..<exponentIndex])
        let exponent = Int(text[text.index(after: exponentIndex)...])!
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa = mantissa.dropFirst() }
        let pointOffset = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        let digits = mantissa.filter { $0 != "." }
        let point = pointOffset + exponent
        var result = negative ? "-" : ""
        if point <= 0 {
            result += "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            result += digits + String(repeating: "0", count: point - digits.count) + ".0"
        } else {
            let split = digits.index(digits.startIndex, offsetBy: point)
            result += digits[..<split] + "." + digits[split...]
        }
        return result
    }

    /// `value` rounded half away from zero to `decimals` places (0…9), e.g. `1,234.50`;
    /// `"—"` for non-finite values.
    ///
    /// The rounding is that of the exact binary value (as `printf` rounds, except that an
    /// exact tie goes away from zero): `1.005` is `1.00499999999999989…` and gives `1.00`.
    /// Values beyond ±9.2e15 (where fixed decimals lose meaning) fall back to ``plain(_:)``.
    public static func fixed(_ value: Double, decimals: Int, grouping: Bool = false) -> String {
        precondition((0...9).contains(decimals), "decimals must be in 0...9")
        guard value.isFinite else { return "—" }
        let scale = Int64(ShortestDecimal.powerOfTen(decimals))
        guard let units = scaledUnits(value.magnitude, decimals: decimals), units < 9_200_000_000_000_000 else { return plain(value) }
        let whole = units / scale
        let fraction = units % scale
        var wholeText = String(whole)
        if grouping && wholeText.count > 3 {
            var grouped = ""
            for (offset, character) in wholeText.enumerated() {
                if offset > 0 && (wholeText.count - offset) % 3 == 0 { grouped.append(",") }
                grouped.append(character)
            }
            wholeText = grouped
        }
        var text = units == 0 || value > 0 ? wholeText : "-" + wholeText
        if decimals > 0 {
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: decimals - fractionText.count) + fractionText
        }
        return text
    }

    /// `magnitude`·10^`decimals` rounded half away from zero, computed exactly from the
    /// double's significand and exponent; `nil` when it does not fit 63 bits.
    static func scaledUnits(_ magnitude: Double, decimals: Int) -> Int64? {
        guard magnitude != 0 else { return 0 }
        let bits = magnitude.bitPattern
        let biasedExponent = Int(truncatingIfNeeded: bits >> 52) & 0x7FF
        let fraction = bits & ((1 << 52) - 1)
        // magnitude = significand·2^exponent exactly (subnormals have no implicit bit).
        let significand = biasedExponent == 0 ? fraction : fraction | (1 << 52)
        let exponent = (biasedExponent == 0 ? 1 : biasedExponent) - 1075
        let product = WideUnsigned.product(significand, ShortestDecimal.powerOfTen(decimals))  // below 2^83
        if exponent >= 0 {
            guard exponent < 64, product.high == 0, product.low.leadingZeroBitCount > exponent + 1 else { return nil }
            return Int64(product.low << UInt64(exponent))
        }
        let shift = -exponent
        guard shift < 128 else { return 0 }  // below 2^-45 after scaling: rounds to 0
        var units = product.shiftedRight(shift)
        if !(product.lowBits(shift) < WideUnsigned.powerOfTwo(shift - 1)) { units = units + WideUnsigned(high: 0, low: 1) }
        guard units.high == 0, units.low < UInt64(Int64.max) else { return nil }
        return Int64(units.low)
    }
}

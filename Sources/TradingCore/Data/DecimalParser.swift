/// Correctly rounded conversion of decimal text to `Double`, fast for typical market data.
///
/// The fast path is Clinger's: when the decimal significand has at most 19 digits, fits in
/// 53 bits and the decimal exponent is within ±22, both the significand and the power of ten
/// are exact doubles, so one IEEE multiplication or division yields the correctly rounded
/// result (W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990).
/// Everything else (more digits, huge exponents, `nan`, `inf`) falls back to the standard
/// library's `Double(_:)`, so the result is always identical to `Double(String)`.
///
/// Accepted syntax: optional sign, digits with an optional decimal point, an optional
/// `e`/`E` exponent — plus whatever `Double(_:)` accepts on the fallback path.
public enum DecimalParser {
    /// Parses `text`; returns `nil` when it is not a number.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func parse(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }

    /// Parses the bytes of an ASCII decimal number; returns `nil` when they are not a number.
    ///
    /// - Complexity: O(n) in `bytes.count`.
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> Double? {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return nil }
        return parse(base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
    }

    @usableFromInline
    static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Parses `count` bytes at `start` (the CSV reader's entry point; no allocation on the fast path).
    static func parse(_ start: UnsafePointer<UInt8>, count: Int) -> Double? {
        var index = 0
        var isNegative = false
        if count > 0 && (start[0] == UInt8(ascii: "-") || start[0] == UInt8(ascii: "+")) {
            isNegative = start[0] == UInt8(ascii: "-")
            index = 1
        }
        var significand: UInt64 = 0
        var significantDigits = 0
        var exponent = 0
        var sawDigit = false
        var isTruncated = false
        while index < count {
            let digit = start[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            sawDigit = true
            if significantDigits < 19 {
                significand = significand &* 10 &+ UInt64(digit)
                if significand != 0 { significantDigits += 1 }
            } else {
                exponent += 1
                if digit != 0 { isTruncated = true }
            }
            index += 1
        }
        if index < count && start[index] == UInt8(ascii: ".") {
            index += 1
            while index < count {
                let digit = start[index] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                sawDigit = true
                if significantDigits < 19 {
                    significand = significand &* 10 &+ UInt64(digit)
                    if significand != 0 { significantDigits += 1 }
                    exponent -= 1
                } else if digit != 0 {
                    isTruncated = true
                }
                index += 1
            }
        }
        if index < count && (start[index] | 0x20) == UInt8(ascii: "e") && sawDigit {
            index += 1
            var exponentIsNegative = false
            if index < count && (start[index] == UInt8(ascii: "-") || start[index] == UInt8(ascii: "+")) {
                exponentIsNegative = start[index] == UInt8(ascii: "-")
                index += 1
            }
            var explicitExponent = 0
            var sawExponentDigit = false
            while index < count {
                let digit = start[index] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                sawExponentDigit = true
                if explicitExponent < 100_000 { explicitExponent = explicitExponent * 10 + Int(digit) }
                index += 1
            }
            guard sawExponentDigit else { return fallback(start, count: count) }
            exponent += exponentIsNegative ? -explicitExponent : explicitExponent
        }
        guard index == count, sawDigit else { return fallback(start, count: count) }
        if significand == 0 && !isTruncated { return isNegative ? -0.0 : 0.0 }
        guard !isTruncated, significand <= 1 << 53, exponent >= -22, exponent <= 22 else {
            return fallback(start, count: count)
        }
        var value = Double(significand)
        if exponent < 0 {
            value /= powersOfTen[-exponent]
        } else if exponent > 0 {
            value *= powersOfTen[exponent]
        }
        return isNegative ? -value : value
    }

    private static func fallback(_ start: UnsafePointer<UInt8>, count: Int) -> Double? {
        Double(String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self))
    }
}

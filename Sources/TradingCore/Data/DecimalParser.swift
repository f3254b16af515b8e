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

    /// Parses `count` bytes at `start` (no allocation on the fast path).
    static func parse(_ start: UnsafePointer<UInt8>, count: Int) -> Double? {
        if let (value, length) = parsePrefix(start, limit: count), length == count { return value }
        return fallback(start, count: count)
    }

    /// The CSV reader's first try for a number: an optional `-`, digits, and optionally a
    /// point followed by digits, at most 19 digits in all, not followed by an exponent
    /// (`149.9919`, `804931`, `-0.5`). Returns the value and the bytes consumed, or `nil` for
    /// any other shape, which ``parsePrefix(_:limit:)`` then handles. Same Clinger fast path,
    /// so the result is identical to `Double(String)`; fewer branches than the general scan.
    @inline(__always)
    static func parseSimplePrefix(_ start: UnsafePointer<UInt8>, limit count: Int) -> (Double, Int)? {
        let isNegative = count > 0 && start[0] == UInt8(ascii: "-")
        var index = isNegative ? 1 : 0
        let integerStart = index
        var significand: UInt64 = 0
        while index < count {
            let digit = start[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            significand = significand &* 10 &+ UInt64(digit)
            index += 1
        }
        var digitCount = index - integerStart
        guard digitCount > 0 else { return nil }
        var decimals = 0
        if index < count && start[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < count {
                let digit = start[index] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                significand = significand &* 10 &+ UInt64(digit)
                index += 1
            }
            decimals = index - fractionStart
            guard decimals > 0 else { return nil }
            digitCount += decimals
        }
        guard digitCount <= 19, significand <= 1 << 53 else { return nil }
        if index < count && (start[index] | 0x20) == UInt8(ascii: "e") { return nil }
        // Below 2⁵³ the signed conversion is exact and one instruction on x86-64.
        var value = Double(Int64(truncatingIfNeeded: significand))
        if decimals > 0 { value /= powerOfTen(decimals) }
        return (isNegative ? -value : value, index)
    }

    /// Parses the longest decimal number at the start of the `limit` bytes at `start` when
    /// the fast path applies; returns the value and the bytes consumed, or `nil` when there
    /// is no number there or it needs the exact slow path (the caller then delimits the field
    /// and calls ``parse(_:count:)``). The CSV reader's entry point: one pass over the bytes.
    @inline(__always)
    static func parsePrefix(_ start: UnsafePointer<UInt8>, limit count: Int) -> (Double, Int)? {
        var index = 0
        var isNegative = false
        if count > 0 && (start[0] == UInt8(ascii: "-") || start[0] == UInt8(ascii: "+")) {
            isNegative = start[0] == UInt8(ascii: "-")
            index = 1
        }
        // Leading zeros carry no information; after them, at most 19 digits fit in a UInt64
        // (anything longer takes the exact slow path).
        var sawDigit = false
        while index < count && start[index] == UInt8(ascii: "0") {
            sawDigit = true
            index += 1
        }
        var significand: UInt64 = 0
        let integerStart = index
        while index < count {
            let digit = start[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            significand = significand &* 10 &+ UInt64(digit)
            index += 1
        }
        var digitCount = index - integerStart
        var exponent = 0
        if index < count && start[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            if significand == 0 {
                while index < count && start[index] == UInt8(ascii: "0") { index += 1 }
            }
            let significantStart = index
            while index < count {
                let digit = start[index] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                significand = significand &* 10 &+ UInt64(digit)
                index += 1
            }
            digitCount += index - significantStart
            exponent = fractionStart - index
            sawDigit = sawDigit || index > fractionStart
        }
        sawDigit = sawDigit || digitCount > 0
        let isTruncated = digitCount > 19
        guard sawDigit else { return nil }
        if index < count && (start[index] | 0x20) == UInt8(ascii: "e") {
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
            guard sawExponentDigit else { return nil }
            exponent += exponentIsNegative ? -explicitExponent : explicitExponent
        }
        if significand == 0 && !isTruncated { return (isNegative ? -0.0 : 0.0, index) }
        guard !isTruncated, significand <= 1 << 53, exponent >= -22, exponent <= 22 else { return nil }
        var value = Double(significand)
        if exponent < 0 {
            value /= powerOfTen(-exponent)
        } else if exponent > 0 {
            value *= powerOfTen(exponent)
        }
        return (isNegative ? -value : value, index)
    }

    /// 10^`exponent` for 0 ≤ `exponent` ≤ 22, all exactly representable doubles.
    @inline(__always)
    private static func powerOfTen(_ exponent: Int) -> Double {
        switch exponent {
        case 0: return 1e0
        case 1: return 1e1
        case 2: return 1e2
        case 3: return 1e3
        case 4: return 1e4
        case 5: return 1e5
        case 6: return 1e6
        case 7: return 1e7
        case 8: return 1e8
        case 9: return 1e9
        case 10: return 1e10
        case 11: return 1e11
        case 12: return 1e12
        case 13: return 1e13
        case 14: return 1e14
        case 15: return 1e15
        case 16: return 1e16
        case 17: return 1e17
        case 18: return 1e18
        case 19: return 1e19
        case 20: return 1e20
        case 21: return 1e21
        default: return 1e22
        }
    }

    private static func fallback(_ start: UnsafePointer<UInt8>, count: Int) -> Double? {
        Double(String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self))
    }
}

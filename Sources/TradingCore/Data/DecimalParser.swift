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
/// `e`/`E` exponent — plus what `Double(_:)` accepts on the fallback path (`nan`, `inf`),
/// except hexadecimal floats and text with a NUL byte, which are not numbers here.
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

    /// The CSV reader's row fast path: parses the number that starts at `start` when it is
    /// a plain decimal, `-`? digits (`.` digits)?, and returns its value and the index of the
    /// first byte after it; `nil` for any other shape (sign `+`, bare `.`, no digits) and
    /// whenever a load of eight bytes would reach past `count` (the caller then takes the
    /// general path, which handles every form). The caller checks that the returned end is
    /// a separator or line end (an exponent, for one, is not part of the shape).
    ///
    /// The common case — at most 7 integer and 7 fractional digits — costs two 8-byte loads
    /// and no loop (8 to 15 decimals, up to 15 significant digits in all, take a third load
    /// and the same exact integer-and-one-division step): ``digitRun(_:)`` classifies and converts each part, the fraction padded
    /// with zeros to 8 digits, so `integer · 10⁸ + fraction · 10^(8 − decimals)` is an exact
    /// integer below 10¹⁵ < 2⁵³ and one correctly rounded IEEE division by the exact `1e8`
    /// gives the correctly rounded value of the decimal (Clinger's fast path, W. D. Clinger,
    /// "How to read floating point numbers accurately", PLDI 1990). Longer numbers take
    /// ``parsePlainFieldExactly(_:at:count:)``. Either way the result is bit-identical to
    /// `Double(String)`.
    ///
    /// Inlined into the row loop, guaranteed from Swift 6.3 on (`@inline(always)`, SE-0496):
    /// the optimizer declined the `@inline(__always)` hint, which left a call, with its
    /// register saves, on every field of every row.
    #if compiler(>=6.3)
    @inline(always)
    #else
    @inline(__always)
    #endif
    static func parsePlainField(_ bytes: UnsafePointer<UInt8>, at start: Int, count: Int) -> (value: Double, end: Int)? {
        guard start + 9 <= count else { return nil }
        let isNegative = bytes[start] == UInt8(ascii: "-")
        var index = isNegative ? start + 1 : start
        let integer = digitRun(UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self))
        guard integer.length > 0 else { return nil }
        guard integer.length < 8 else { return parsePlainFieldExactly(bytes, at: start, count: count) }
        index += integer.length
        var value: Double
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index + 8 <= count else { return nil }
            let word = UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self)
            let fraction = digitRun(word)
            guard fraction.length > 0 else { return nil }
            if fraction.length < 8 {
                index += fraction.length
                // `fraction.padded` is the fraction's digits followed by zeros: its value · 10⁸.
                value = Double(Int64(truncatingIfNeeded: integer.value &* 100_000_000 &+ fraction.padded)) / 1e8
            } else {
                // Eight decimals or more (full-precision exports such as `37.08416748046875`):
                // a second word. Up to 15 significant digits the digits form an exact integer
                // below 10¹⁵ < 2⁵³, and one division by the exact 10^decimals rounds correctly.
                guard index + 16 <= count else { return nil }
                let rest = digitRun(UnsafeRawPointer(bytes + index + 8).loadUnaligned(as: UInt64.self))
                let decimals = 8 + rest.length
                guard rest.length < 8, integer.length + decimals <= 15 else { return parsePlainFieldExactly(bytes, at: start, count: count) }
                let firstEight = eightDigits(word ^ 0x3030_3030_3030_3030)
                let digits = integer.value &* UInt64(powerOfTen(decimals)) &+ firstEight &* UInt64(powerOfTen(rest.length)) &+ rest.value
                index += decimals
                value = Double(Int64(truncatingIfNeeded: digits)) / powerOfTen(decimals)
            }
        } else {
            value = Double(Int64(truncatingIfNeeded: integer.value))
        }
        return (isNegative ? -value : value, index)
    }

    /// ``parsePlainField(_:at:count:)`` for numbers with 8 or more integer or fractional
    /// digits: the Clinger path of ``parseSimplePrefix(_:limit:)`` when it applies, else the
    /// exact parser over the digits and point. `nil` also when the number reaches the end of
    /// the input (the returned end is always a readable index).
    @inline(never)
    static func parsePlainFieldExactly(_ bytes: UnsafePointer<UInt8>, at start: Int, count: Int) -> (value: Double, end: Int)? {
        if let (value, length) = parseSimplePrefix(bytes + start, limit: count - start) {
            return start + length < count ? (value, start + length) : nil
        }
        var end = bytes[start] == UInt8(ascii: "-") ? start + 1 : start
        while end < count && (bytes[end] &- UInt8(ascii: "0") < 10 || bytes[end] == UInt8(ascii: ".")) { end += 1 }
        guard end < count, let value = parse(bytes + start, count: end - start) else { return nil }
        return (value, end)
    }

    /// The run of ASCII digits at the start of the eight bytes of `word` (first byte in the
    /// least significant position, as a little-endian load gives them): its length (0…8),
    /// its value, and — for a fraction — the value of the run followed by zeros to eight
    /// digits (`"25,"` → 25 and 25 000 000).
    ///
    /// `x = word ^ 0x30…30` maps the digits to 0…9; a byte is *not* a digit when `x ≥ 0x80`
    /// or `x + 0x76 ≥ 0x80`, so `((x + 0x76…76) | x) & 0x80…80` marks every non-digit (a
    /// carry out of a byte ≥ 0x8A can only disturb later bytes, after the first non-digit).
    /// The digits, moved to the top of the word (or masked in place, for the padded value),
    /// are combined pairwise by multiply and shift (D. Lemire, "Faster integer parsing",
    /// 2018; simdjson's `parse_eight_digits_unrolled`).
    @inline(__always)
    static func digitRun(_ word: UInt64) -> (length: Int, value: UInt64, padded: UInt64) {
        let digits = word ^ 0x3030_3030_3030_3030
        let nonDigits = ((digits &+ 0x7676_7676_7676_7676) | digits) & 0x8080_8080_8080_8080
        let bits = UInt64(nonDigits.trailingZeroBitCount & ~7)
        // `bits` is 8 × the run's length, 0…64; both shifts below stay within 0…63 for 1…7.
        let length = Int(bits >> 3)
        guard length > 0 && length < 8 else { return (length, 0, 0) }
        return (length, eightDigits(digits &<< (64 &- bits)), eightDigits(digits & ((1 &<< bits) &- 1)))
    }

    /// The value of eight digits 0…9, one per byte, the most significant in the lowest byte.
    @inline(__always)
    private static func eightDigits(_ digits: UInt64) -> UInt64 {
        let pairs = digits &* 10 &+ (digits >> 8)
        return ((pairs & 0x0000_00FF_0000_00FF) &* 0x000F_4240_0000_0064
            &+ ((pairs >> 16) & 0x0000_00FF_0000_00FF) &* 0x0000_2710_0000_0001) >> 32
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

    /// `Double(String)` for the forms the scan leaves to it, except two it should not take from
    /// a data file: a NUL byte (the C library stops reading there, so `10.5\0junk` read as
    /// 10.5) and hexadecimal floats (`0x1.4p1`).
    private static func fallback(_ start: UnsafePointer<UInt8>, count: Int) -> Double? {
        let bytes = UnsafeBufferPointer(start: start, count: count)
        guard !bytes.contains(where: { $0 == 0 || $0 | 0x20 == UInt8(ascii: "x") || $0 | 0x20 == UInt8(ascii: "p") }) else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self))
    }
}

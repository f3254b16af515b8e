/// The shortest decimal that reads back as a given `Double` — the digits
/// `Double.description` prints — found with exact integer arithmetic and no allocation.
///
/// A finite positive double is `v = m·2⁻ˢ` (`m` its 53-bit significand). Its candidate with
/// `k` decimals is the integer `n` nearest to `v·10ᵏ`; that decimal reads back as `v` exactly
/// when it lies in `v`'s rounding interval, `|n − v·10ᵏ| ≤ ½·ulp·10ᵏ`, which in integers is
/// `2·|n·2ˢ − m·10ᵏ| ≤ 10ᵏ` (equality only when `m` is even: IEEE ties-to-even). Fewer
/// decimals means fewer significant digits, and passing is monotone in `k` (the nearest
/// candidate on the finer grid is at least as close), so the first `k` that passes gives
/// the shortest digits, and `n`, the nearest of them, is the one `Double.description`
/// chooses (shortest, then closest — the standard library's SwiftDtoa contract).
///
/// Outside the fast path the result is `nil` and callers use `Double.description`: zero,
/// subnormals, exact powers of two (their rounding interval is asymmetric), values of
/// 2⁵² or more or below 2⁻⁶⁸, a nearest candidate exactly halfway between two integers met
/// on the way, and values needing more than 22 decimals.
enum ShortestDecimal {
    /// The largest number of decimals tried: `m·10ᵏ` stays below 2¹²⁸ for `k` ≤ 22.
    private static var maximumDecimals: Int { 22 }

    /// 10^`exponent` for 0 ≤ `exponent` ≤ 19, the powers of ten that fit a `UInt64` (a jump
    /// table: no lazy global, no bounds check).
    @inline(__always)
    private static func powerOfTen(_ exponent: Int) -> UInt64 {
        switch exponent {
        case 0: return 1
        case 1: return 10
        case 2: return 100
        case 3: return 1_000
        case 4: return 10_000
        case 5: return 100_000
        case 6: return 1_000_000
        case 7: return 10_000_000
        case 8: return 100_000_000
        case 9: return 1_000_000_000
        case 10: return 10_000_000_000
        case 11: return 100_000_000_000
        case 12: return 1_000_000_000_000
        case 13: return 10_000_000_000_000
        case 14: return 100_000_000_000_000
        case 15: return 1_000_000_000_000_000
        case 16: return 10_000_000_000_000_000
        case 17: return 100_000_000_000_000_000
        case 18: return 1_000_000_000_000_000_000
        default: return 10_000_000_000_000_000_000
        }
    }

    /// `significand`·10^`exponent` for 0 ≤ `exponent` ≤ 22, exactly.
    @inline(__always)
    private static func scaled(_ significand: UInt64, byPowerOfTen exponent: Int) -> WideUnsigned {
        if exponent <= 19 { return WideUnsigned.product(significand, powerOfTen(exponent)) }
        return WideUnsigned.product(significand, powerOfTen(19)).times(powerOfTen(exponent - 19))
    }

    /// Whether the candidate with `decimals` decimals reads back as `m·2⁻ˢ`: its digits when it
    /// does, `0` when it does not, `nil` when the test cannot decide (exact tie, too many digits).
    @inline(__always)
    private static func candidate(_ significand: UInt64, shift: Int, decimals: Int) -> UInt64? {
        let product = scaled(significand, byPowerOfTen: decimals)
        let integer = product.shiftedRight(shift)
        let remainder = product.lowBits(shift)
        let half = WideUnsigned.powerOfTwo(shift - 1)
        guard integer.high == 0, remainder != half else { return nil }
        let roundsUp = half < remainder
        let distance = roundsUp ? WideUnsigned.powerOfTwo(shift) - remainder : remainder
        let twiceDistance = distance.doubled()
        let power = scaled(1, byPowerOfTen: decimals)
        let nearest = roundsUp ? integer.low &+ 1 : integer.low
        let isEven = significand & 1 == 0
        guard nearest != 0 && (twiceDistance < power || (isEven && twiceDistance == power)) else { return 0 }
        return nearest
    }

    /// The shortest round-trip decimal of `magnitude` (finite, positive) as an integer
    /// significand and a number of decimals: `significand·10^−decimals`; `nil` outside the
    /// fast path (see the type's documentation).
    ///
    /// Passing is monotone in the number of decimals: the counts giving 16 and 17 significant
    /// digits (17 always passes) are tested first, then the rest is bisected.
    ///
    /// - Complexity: O(log 23) exact candidate tests, at most 7.
    @inline(__always)
    static func digits(of magnitude: Double) -> (significand: UInt64, decimals: Int)? {
        let bits = magnitude.bitPattern
        let biasedExponent = Int(truncatingIfNeeded: bits >> 52) & 0x7FF
        let fraction = bits & ((1 << 52) - 1)
        // Zero and subnormals (biased exponent 0) and powers of two (fraction 0) take the slow path.
        guard biasedExponent != 0, fraction != 0 else { return nil }
        let shift = 1075 - biasedExponent
        guard shift >= 1, shift <= 120 else { return nil }
        let significand = fraction | (1 << 52)
        // magnitude ≥ 2^e, so it has at least ⌊e·log₁₀2⌋ + 1 digits before the point and 17
        // significant digits need at most 16 − ⌊e·log₁₀2⌋ decimals (78913/2¹⁸ ≈ log₁₀2,
        // exact floor for |e| < 1650).
        let binaryExponent = biasedExponent - 1023
        let upper = Swift.min(maximumDecimals, 16 - ((binaryExponent * 78_913) >> 18))
        // Most computed values (equity, ratios) need 16 or 17 digits: test the two finest
        // counts first, then bisect what is left for the short ones (prices, round sums).
        guard let second = candidate(significand, shift: shift, decimals: upper - 1) else { return nil }
        if second == 0 {
            guard let first = candidate(significand, shift: shift, decimals: upper), first != 0 else { return nil }
            return (first, upper)
        }
        var found = second
        var foundDecimals = upper - 1
        var low = 0, high = upper - 2
        while low <= high {
            let middle = foundDecimals == upper - 1 ? high : (low + high) >> 1
            guard let digits = candidate(significand, shift: shift, decimals: middle) else { return nil }
            if digits != 0 {
                found = digits
                foundDecimals = middle
                high = middle - 1
            } else {
                low = middle + 1
            }
        }
        return (found, foundDecimals)
    }

    /// Writes `value` (finite) in positional notation — `Double.description`'s digits,
    /// `-` for negatives, at least one decimal (`12.0`), never an exponent (`0.00001`) — at
    /// `output`, which must have room for 48 bytes; returns the number of bytes written, or
    /// `nil` when `value` is outside the fast path (nothing useful is written then).
    ///
    /// `-0.0` is written `0.0`, as ``NumberText/plain(_:)`` does.
    @inline(__always)
    static func write(_ value: Double, to output: UnsafeMutablePointer<UInt8>) -> Int? {
        if value == 0 {
            output[0] = UInt8(ascii: "0")
            output[1] = UInt8(ascii: ".")
            output[2] = UInt8(ascii: "0")
            return 3
        }
        guard let (significand, decimals) = digits(of: value.magnitude) else { return nil }
        var count = 0
        if value < 0 {
            output[0] = UInt8(ascii: "-")
            count = 1
        }
        // The significand's digits, right-aligned in a 24-byte scratch area at the end.
        let scratch = output + 24
        var digitCount = 0
        var remaining = significand
        repeat {
            digitCount += 1
            scratch[24 - digitCount] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
            remaining /= 10
        } while remaining > 0
        let digitsStart = scratch + (24 - digitCount)
        if decimals == 0 {
            (output + count).update(from: digitsStart, count: digitCount)
            count += digitCount
            output[count] = UInt8(ascii: ".")
            output[count + 1] = UInt8(ascii: "0")
            return count + 2
        }
        if digitCount <= decimals {
            output[count] = UInt8(ascii: "0")
            output[count + 1] = UInt8(ascii: ".")
            count += 2
            for _ in 0..<(decimals - digitCount) {
                output[count] = UInt8(ascii: "0")
                count += 1
            }
            (output + count).update(from: digitsStart, count: digitCount)
            return count + digitCount
        }
        let wholeDigits = digitCount - decimals
        (output + count).update(from: digitsStart, count: wholeDigits)
        count += wholeDigits
        output[count] = UInt8(ascii: ".")
        (output + count + 1).update(from: digitsStart + wholeDigits, count: decimals)
        return count + 1 + decimals
    }
}

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
/// 2⁵² or more or below 2⁻⁶⁸, a nearest candidate exactly halfway between two integers, and
/// values needing more than 22 decimals.
enum ShortestDecimal {
    /// The largest number of decimals tried: `m·10ᵏ` stays below 2¹²⁸ for `k` ≤ 22.
    private static var maximumDecimals: Int { 22 }

    /// The shortest round-trip decimal of `magnitude` (finite, positive) as an integer
    /// significand and a number of decimals: `significand·10^−decimals`; `nil` outside the
    /// fast path (see the type's documentation).
    ///
    /// - Complexity: O(`decimals`) 128-bit multiply-by-ten steps, at most 23.
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
        let isEven = significand & 1 == 0
        let one = WideUnsigned.powerOfTwo(shift)
        let half = WideUnsigned.powerOfTwo(shift - 1)
        var scaled = WideUnsigned(significand)
        var power = WideUnsigned(1)
        var decimals = 0
        while true {
            let integer = scaled.shiftedRight(shift)
            let remainder = scaled.lowBits(shift)
            guard integer.high == 0, remainder != half else { return nil }
            let roundsUp = half < remainder
            let distance = roundsUp ? one - remainder : remainder
            let twiceDistance = distance.doubled()
            let nearest = roundsUp ? integer.low &+ 1 : integer.low
            if nearest != 0 && (twiceDistance < power || (isEven && twiceDistance == power)) {
                return (nearest, decimals)
            }
            guard decimals < maximumDecimals else { return nil }
            scaled = scaled.timesTen()
            power = power.timesTen()
            decimals += 1
        }
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

/// The shortest decimal that reads back as a given `Double` — the digits
/// `Double.description` prints — found with one exact 128-bit product and no allocation.
///
/// A finite positive double is `v = m·2⁻ˢ` (`m` its 53-bit significand); every real in its
/// rounding interval `(v − 2⁻ˢ⁻¹, v + 2⁻ˢ⁻¹)` (bounds included when `m` is even: IEEE
/// ties-to-even) reads back as `v`. Scaled by `10ᵏ`, with `k` the number of decimals that
/// gives 17 significant digits, the interval is wider than 2, and its bounds and centre are
/// `(2m ∓ 1)·10ᵏ / 2ˢ⁺¹` and `2m·10ᵏ / 2ˢ⁺¹`: one product `2m·10ᵏ` (below 2¹²⁸ for `k` ≤ 22),
/// shifted, gives all three exactly, integer parts and whether anything was cut off.
///
/// From the integers `[L, H]` inside the interval, `j` digits are dropped for the largest
/// `j` with a multiple of `10ʲ` inside (`⌈L/10ʲ⌉ ≤ ⌊H/10ʲ⌋`): that scale has the fewest
/// significant digits (Ryū's and Schubfach's criterion). Of the integers there, the
/// one nearest the exact centre is chosen — the centre's dropped digits are tracked exactly
/// as below, at or above one half — which is what `Double.description` prints: shortest,
/// then closest (the standard library's SwiftDtoa contract).
///
/// Outside the fast path the result is `nil` and callers use `Double.description`: zero,
/// subnormals, exact powers of two (their rounding interval is asymmetric), values of 2⁵²
/// or more or below 10⁻⁶ (more than 22 decimals), and a centre exactly halfway between the
/// two nearest candidates.
enum ShortestDecimal {
    /// The largest number of decimals handled: `2m·10ᵏ` stays below 2¹²⁸ for `k` ≤ 22.
    private static var maximumDecimals: Int { 22 }

    /// 10^`exponent` for 0 ≤ `exponent` ≤ 19, the powers of ten that fit a `UInt64` (a jump
    /// table: no lazy global, no bounds check).
    @inline(__always)
    static func powerOfTen(_ exponent: Int) -> UInt64 {
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

    /// `value`·10^`exponent` for 0 ≤ `exponent` ≤ 22, exactly; the caller keeps it below 2¹²⁸.
    @inline(__always)
    private static func scaled(_ value: UInt64, byPowerOfTen exponent: Int) -> WideUnsigned {
        if exponent <= 19 { return WideUnsigned.product(value, powerOfTen(exponent)) }
        return WideUnsigned.product(value, powerOfTen(19)).times(powerOfTen(exponent - 19))
    }

    /// Where the digits cut off below the kept ones lie, in units of the last kept digit.
    private enum Remainder {
        case zero, belowHalf, half, aboveHalf
    }

    /// The integers inside the rounding interval at the current scale and the centre there.
    private struct Interval {
        /// The smallest and largest integers inside the interval.
        var low: UInt64, high: UInt64
        /// The centre's integer part and where its dropped digits lie.
        var nearest: UInt64, remainder: Remainder
        /// The scale: 10^−`decimals`.
        var decimals: Int

        /// Drops `count` digits (16, 8, 4, 2 or 1) when the interval still holds a multiple
        /// of `power` = 10^`count` and that many decimals are left (`power` is passed as a
        /// literal so that the divisions become multiplications).
        @inline(__always)
        mutating func drop(_ count: Int, power: UInt64) {
            guard decimals >= count else { return }
            let coarserLow = (low &+ (power &- 1)) / power
            let coarserHigh = high / power
            guard coarserLow <= coarserHigh else { return }
            low = coarserLow
            high = coarserHigh
            let coarser = nearest / power
            let dropped = nearest &- coarser &* power
            let half = power / 2
            if dropped < half {
                remainder = dropped == 0 && remainder == .zero ? .zero : .belowHalf
            } else {
                remainder = dropped == half && remainder == .zero ? .half : .aboveHalf
            }
            nearest = coarser
            decimals -= count
        }
    }

    /// The shortest round-trip decimal of `magnitude` (finite, positive) as an integer
    /// significand and a number of decimals: `significand·10^−decimals`; `nil` outside the
    /// fast path (see the type's documentation).
    ///
    /// - Complexity: one 128-bit product, then at most six digit-dropping tests.
    @inline(__always)
    static func digits(of magnitude: Double) -> (significand: UInt64, decimals: Int)? {
        let bits = magnitude.bitPattern
        let biasedExponent = Int(truncatingIfNeeded: bits >> 52) & 0x7FF
        let fraction = bits & ((1 << 52) - 1)
        // Zero and subnormals (biased exponent 0) and powers of two (fraction 0) take the slow path.
        guard biasedExponent != 0, fraction != 0 else { return nil }
        let shift = 1075 - biasedExponent
        guard shift >= 1 else { return nil }
        let significand = fraction | (1 << 52)
        // magnitude ≥ 2^e, so it has at least ⌊e·log₁₀2⌋ + 1 digits before the point and 17
        // significant digits need at most 16 − ⌊e·log₁₀2⌋ decimals (78913/2¹⁸ ≈ log₁₀2,
        // exact floor for |e| < 1650). Then the scaled interval is 2⁻⁵²·10¹⁶ > 2 wide and the
        // scaled value below 2·10¹⁷.
        let binaryExponent = biasedExponent - 1023
        let decimals = 16 - ((binaryExponent * 78_913) >> 18)
        guard decimals <= maximumDecimals else { return nil }
        // Bounds and centre over the common denominator 2^(shift + 1) (≤ 2⁷², shift ≤ 71 here).
        let denominatorBits = shift + 1
        let centre = scaled(significand << 1, byPowerOfTen: decimals)
        let halfWidth = scaled(1, byPowerOfTen: decimals)
        let lowerBound = centre - halfWidth
        let upperBound = centre + halfWidth
        let includesBounds = significand & 1 == 0
        var low = lowerBound.shiftedRight(denominatorBits).low
        if !(includesBounds && lowerBound.lowBits(denominatorBits).isZero) { low &+= 1 }
        var high = upperBound.shiftedRight(denominatorBits).low
        if !includesBounds && upperBound.lowBits(denominatorBits).isZero { high &-= 1 }
        let centreFraction = centre.lowBits(denominatorBits)
        let half = WideUnsigned.powerOfTwo(denominatorBits - 1)
        let remainder: Remainder = centreFraction.isZero ? .zero
            : centreFraction < half ? .belowHalf : centreFraction == half ? .half : .aboveHalf
        var state = Interval(low: low, high: high, nearest: centre.shiftedRight(denominatorBits).low,
                             remainder: remainder, decimals: decimals)
        // Drop digits while a multiple of ten is still inside, never past the decimal point
        // (below 2⁵², an interval that holds a multiple of ten at 10⁰ holds one integer only).
        // Long results (most computed values) stop at the first test; short ones (prices,
        // round sums) drop 16, 8, 4, 2, 1 digits where they can: holding a multiple of 10ʲ
        // implies holding one of every smaller power, so this finds the largest count.
        if decimals > 0 && (low &+ 9) / 10 <= high / 10 {
            state.drop(16, power: 10_000_000_000_000_000)
            state.drop(8, power: 100_000_000)
            state.drop(4, power: 10_000)
            state.drop(2, power: 100)
            state.drop(1, power: 10)
        }
        var nearest = state.nearest
        switch state.remainder {
        case .half: return nil
        case .aboveHalf: nearest &+= 1
        case .zero, .belowHalf: break
        }
        nearest = Swift.min(Swift.max(nearest, state.low), state.high)
        return (nearest, state.decimals)
    }

    /// The number of decimal digits of `value` (1 for 0).
    @inline(__always)
    static func digitCount(_ value: UInt64) -> Int {
        // ⌊bits·log₁₀2⌋ is the count or one less (1233/2¹² ≈ log₁₀2); setting the low bit
        // makes 0 count as 1 and never carries into another digit count (10ᵏ − 1 is odd).
        let odd = value | 1
        let bits = 64 - odd.leadingZeroBitCount
        let estimate = (bits * 1_233) >> 12
        return estimate + (odd >= powerOfTen(estimate) ? 1 : 0)
    }

    /// "00", "01", … "99": the two digits of every number below 100, in static storage (a
    /// string literal's bytes: no lazy global, no allocation).
    private static var digitPairs: StaticString {
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
    }

    /// Writes the decimal digits of `value` so that they end just before `end`, two at a
    /// time from a table; returns where they start.
    @inline(__always)
    static func writeDigits(_ value: UInt64, endingAt end: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        let pairs = UnsafeRawPointer(digitPairs.utf8Start)
        var position = UnsafeMutableRawPointer(end)
        var remaining = value
        while remaining >= 100 {
            let quotient = remaining / 100
            let pair = Int(truncatingIfNeeded: remaining &- quotient &* 100)
            position -= 2
            position.storeBytes(of: pairs.loadUnaligned(fromByteOffset: pair &* 2, as: UInt16.self), as: UInt16.self)
            remaining = quotient
        }
        if remaining >= 10 {
            position -= 2
            position.storeBytes(of: pairs.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: remaining) &* 2, as: UInt16.self), as: UInt16.self)
        } else {
            position -= 1
            position.storeBytes(of: UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining), as: UInt8.self)
        }
        return position.assumingMemoryBound(to: UInt8.self)
    }

    /// Writes `value` (finite) in positional notation — `Double.description`'s digits,
    /// `-` for negatives, at least one decimal (`12.0`), never an exponent (`0.00001`) — at
    /// `output`, which must have room for 48 bytes; returns the number of bytes written, or
    /// `nil` when `value` is outside the fast path (nothing useful is written then).
    ///
    /// `-0.0` is written `0.0`, as ``NumberText/plain(_:)`` does. Whole numbers below 10¹⁵ —
    /// cash, flat exposure, share counts — skip the digit search: their digits are the integer's.
    @inline(__always)
    static func write(_ value: Double, to output: UnsafeMutablePointer<UInt8>) -> Int? {
        if value == 0 {
            output[0] = UInt8(ascii: "0")
            output[1] = UInt8(ascii: ".")
            output[2] = UInt8(ascii: "0")
            return 3
        }
        let significand: UInt64, decimals: Int
        if value.rounded(.towardZero) == value && value.magnitude < 1e15 {
            (significand, decimals) = (UInt64(value.magnitude), 0)
        } else {
            guard let found = digits(of: value.magnitude) else { return nil }
            (significand, decimals) = found
        }
        var start = 0
        if value < 0 {
            output[0] = UInt8(ascii: "-")
            start = 1
        }
        let count = digitCount(significand)
        if decimals == 0 {
            _ = writeDigits(significand, endingAt: output + start + count)
            output[start + count] = UInt8(ascii: ".")
            output[start + count + 1] = UInt8(ascii: "0")
            return start + count + 2
        }
        if count <= decimals {
            // 0.000ddd: the zeros after the point, then the digits.
            output[start] = UInt8(ascii: "0")
            output[start + 1] = UInt8(ascii: ".")
            let zeros = decimals - count
            (output + start + 2).initialize(repeating: UInt8(ascii: "0"), count: zeros)
            let end = start + 2 + decimals
            _ = writeDigits(significand, endingAt: output + end)
            return end
        }
        // ddd.ddd: every digit one place right, then the whole part moved back over the point.
        let end = start + 1 + count
        _ = writeDigits(significand, endingAt: output + end)
        let wholeDigits = count - decimals
        for index in start..<(start + wholeDigits) { output[index] = output[index + 1] }
        output[start + wholeDigits] = UInt8(ascii: ".")
        return end
    }
}

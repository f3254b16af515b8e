/// A 128-bit unsigned integer as two words, with just the operations
/// ``ShortestDecimal`` needs (the standard library's `UInt128` is not available on
/// every deployment target the package supports).
struct WideUnsigned: Comparable {
    var high: UInt64
    var low: UInt64

    @inline(__always)
    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// 2^`exponent` for 0 ≤ `exponent` < 128.
    @inline(__always)
    static func powerOfTwo(_ exponent: Int) -> WideUnsigned {
        exponent < 64 ? WideUnsigned(high: 0, low: 1 &<< UInt64(exponent)) : WideUnsigned(high: 1 &<< UInt64(exponent - 64), low: 0)
    }

    /// `lhs` × `rhs`, exactly.
    @inline(__always)
    static func product(_ lhs: UInt64, _ rhs: UInt64) -> WideUnsigned {
        let (high, low) = lhs.multipliedFullWidth(by: rhs)
        return WideUnsigned(high: high, low: low)
    }

    /// `self` × `factor`; the caller keeps the product below 2^128.
    @inline(__always)
    func times(_ factor: UInt64) -> WideUnsigned {
        let (carry, low) = low.multipliedFullWidth(by: factor)
        return WideUnsigned(high: high &* factor &+ carry, low: low)
    }

    /// `self` >> `count` for 0 < `count` < 128 (masking shifts: the range keeps every word
    /// shift below 64, where they equal the checked ones without their range tests).
    @inline(__always)
    func shiftedRight(_ count: Int) -> WideUnsigned {
        if count >= 64 { return WideUnsigned(high: 0, low: high &>> UInt64(count - 64)) }
        return WideUnsigned(high: high &>> UInt64(count), low: low &>> UInt64(count) | high &<< UInt64(64 - count))
    }

    /// The low `count` bits of `self`, 0 < `count` < 128.
    @inline(__always)
    func lowBits(_ count: Int) -> WideUnsigned {
        if count >= 64 { return WideUnsigned(high: high & ((1 &<< UInt64(count - 64)) &- 1), low: low) }
        return WideUnsigned(high: 0, low: low & ((1 &<< UInt64(count)) &- 1))
    }

    /// Whether `self` is zero.
    @inline(__always)
    var isZero: Bool { high | low == 0 }

    /// `lhs` + `rhs`; the caller keeps the sum below 2^128.
    @inline(__always)
    static func + (lhs: WideUnsigned, rhs: WideUnsigned) -> WideUnsigned {
        let (low, carry) = lhs.low.addingReportingOverflow(rhs.low)
        return WideUnsigned(high: lhs.high &+ rhs.high &+ (carry ? 1 : 0), low: low)
    }

    /// `lhs` − `rhs`; the caller guarantees `lhs` ≥ `rhs`.
    @inline(__always)
    static func - (lhs: WideUnsigned, rhs: WideUnsigned) -> WideUnsigned {
        let (low, borrow) = lhs.low.subtractingReportingOverflow(rhs.low)
        return WideUnsigned(high: lhs.high &- rhs.high &- (borrow ? 1 : 0), low: low)
    }

    @inline(__always)
    static func < (lhs: WideUnsigned, rhs: WideUnsigned) -> Bool {
        lhs.high < rhs.high || (lhs.high == rhs.high && lhs.low < rhs.low)
    }
}

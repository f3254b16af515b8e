/// The last number one CSV column wrote, kept as text so that a repeat is copied instead of
/// formatted again.
///
/// Equity-curve columns repeat their previous value for long stretches — cash between
/// fills, the exposures and drawdown while flat or at a peak, the equity of a flat book —
/// and formatting a double's shortest digits costs a few hundred instructions where the copy
/// costs four stores. Values are compared by bit pattern, so the bytes are exactly what
/// ``TextBuffer/write(commaAndNumber:to:)`` writes for that value.
struct RepeatedNumberText {
    /// The bit pattern of the cached value (meaningful only while `length > 0`).
    private var bits: UInt64 = 0
    /// The cached text's length in bytes; 0 when nothing is cached.
    private var length = 0
    /// The cached text (up to ``capacity`` bytes).
    private var bytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// The longest text kept (a comma and up to 31 characters: every fast-path number).
    static var capacity: Int { 32 }

    /// Writes a comma and `value` as ``TextBuffer/write(commaAndNumber:to:)`` does, at
    /// `output` (room for 1 + ``TextBuffer/maximumNumberLength`` bytes, so that the 32-byte
    /// copies never run past it); returns the bytes written.
    @inline(__always)
    mutating func write(commaAndNumber value: Double, to output: UnsafeMutablePointer<UInt8>) -> Int {
        if let count = copy(value, to: output) { return count }
        let count = TextBuffer.write(commaAndNumber: value, to: output)
        if count <= Self.capacity {
            bits = value.bitPattern
            length = count
            bytes = UnsafeRawPointer(output).loadUnaligned(as: (UInt64, UInt64, UInt64, UInt64).self)
        } else {
            length = 0
        }
        return count
    }

    /// Writes a comma and `value` like ``write(commaAndNumber:to:)``, copying `neighbour`'s
    /// text when it holds the same value or, with a minus sign, its negation (a one-sided
    /// book's net exposure is its gross exposure or minus it).
    @inline(__always)
    mutating func write(commaAndNumber value: Double, to output: UnsafeMutablePointer<UInt8>, sameAs neighbour: Self) -> Int {
        if let count = neighbour.copy(value, to: output) { return count }
        // A finite negative value whose magnitude the neighbour holds (so the neighbour's text
        // is a number without a sign; an infinity's would be the bare comma): that text one
        // byte further on, then the comma and the sign in front.
        if value < 0, value.isFinite, neighbour.length > 0, (-value).bitPattern == neighbour.bits {
            UnsafeMutableRawPointer(output + 1).storeBytes(of: neighbour.bytes, as: (UInt64, UInt64, UInt64, UInt64).self)
            output[0] = UInt8(ascii: ",")
            output[1] = UInt8(ascii: "-")
            return neighbour.length + 1
        }
        return write(commaAndNumber: value, to: output)
    }

    /// Writes the cached text at `output` and returns its length when it is `value`'s;
    /// otherwise writes nothing and returns `nil`.
    @inline(__always)
    private func copy(_ value: Double, to output: UnsafeMutablePointer<UInt8>) -> Int? {
        guard length > 0 && value.bitPattern == bits else { return nil }
        // All 32 bytes: fixed-size stores, within the room the caller guarantees.
        UnsafeMutableRawPointer(output).storeBytes(of: bytes, as: (UInt64, UInt64, UInt64, UInt64).self)
        return length
    }
}

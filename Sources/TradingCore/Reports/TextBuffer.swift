/// A growable UTF-8 byte buffer for the CSV writers.
///
/// Building a large CSV by `String` concatenation allocates several temporaries per field;
/// appending bytes to one reserved array does not, and formats timestamps without the
/// intermediate strings of ``Timestamp/description``, which it reproduces byte for byte.
struct TextBuffer {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The buffer's contents as a string.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    mutating func append(ascii byte: Unicode.Scalar) {
        bytes.append(UInt8(ascii: byte))
    }

    /// `value` in decimal, left-padded with zeros to `width` digits (at most 20), `-` before negatives.
    mutating func append(_ value: Int, width: Int = 1) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { scratch in
            let base = scratch.baseAddress!
            var count = 0
            if value < 0 {
                base[0] = UInt8(ascii: "-")
                count = 1
            }
            count += Self.writeDigits(value.magnitude, width: Swift.min(width, 20), to: base + count)
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        }
    }

    /// The same text as ``Timestamp/description``: `YYYY-MM-DD`, or
    /// `YYYY-MM-DDTHH:MM:SS[.fraction]Z` when the time of day is not midnight.
    mutating func append(_ timestamp: Timestamp) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { scratch in
            let base = scratch.baseAddress!
            let count = Self.write(timestamp, to: base)
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        }
    }

    /// A comma, then a finite number as ``NumberText/plain(_:)`` writes it (nothing for
    /// a non-finite one: an empty CSV field); one append for both on the fast path.
    mutating func append(commaAndNumber value: Double) {
        guard value.isFinite else { return append(ascii: ",") }
        let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { scratch -> Bool in
            let base = scratch.baseAddress!
            base[0] = UInt8(ascii: ",")
            guard let count = Self.write(number: value, to: base + 1) else { return false }
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: count + 1))
            return true
        }
        if !written {
            append(ascii: ",")
            append(NumberText.plain(value))
        }
    }

    /// A finite number as ``NumberText/plain(_:)`` writes it.
    mutating func append(number value: Double) {
        let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { scratch -> Bool in
            let base = scratch.baseAddress!
            guard let count = Self.write(number: value, to: base) else { return false }
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
            return true
        }
        if !written { append(NumberText.plain(value)) }
    }

    /// Writes a finite `value` as ``NumberText/plain(_:)`` does at `output` (room for 48
    /// bytes); returns the bytes written, or `nil` when only `Double.description` can.
    /// Whole numbers below 10¹⁵ — cash, flat exposure, share counts — are written as
    /// integers; other values take ``ShortestDecimal``'s allocation-free path.
    @inline(__always)
    static func write(number value: Double, to output: UnsafeMutablePointer<UInt8>) -> Int? {
        guard value.rounded(.towardZero) == value && value.magnitude < 1e15 else {
            return ShortestDecimal.write(value, to: output)
        }
        var count = 0
        if value < 0 {
            output[0] = UInt8(ascii: "-")
            count = 1
        }
        count += writeDigits(UInt(value.magnitude), width: 1, to: output + count)
        output[count] = UInt8(ascii: ".")
        output[count + 1] = UInt8(ascii: "0")
        return count + 2
    }

    /// Writes `timestamp` as ``Timestamp/description`` does at `output` (room for 30 bytes);
    /// returns the bytes written.
    @inline(__always)
    static func write(_ timestamp: Timestamp, to output: UnsafeMutablePointer<UInt8>) -> Int {
        let c = timestamp.components
        var count = writeDigits(UInt(c.year), width: 4, to: output)
        output[count] = UInt8(ascii: "-")
        count += 1 + writeDigits(UInt(c.month), width: 2, to: output + count + 1)
        output[count] = UInt8(ascii: "-")
        count += 1 + writeDigits(UInt(c.day), width: 2, to: output + count + 1)
        guard c.hour != 0 || c.minute != 0 || c.second != 0 || c.nanosecond != 0 else { return count }
        output[count] = UInt8(ascii: "T")
        count += 1 + writeDigits(UInt(c.hour), width: 2, to: output + count + 1)
        output[count] = UInt8(ascii: ":")
        count += 1 + writeDigits(UInt(c.minute), width: 2, to: output + count + 1)
        output[count] = UInt8(ascii: ":")
        count += 1 + writeDigits(UInt(c.second), width: 2, to: output + count + 1)
        if c.nanosecond != 0 {
            var fraction = c.nanosecond, width = 9
            while fraction % 10 == 0 {
                fraction /= 10
                width -= 1
            }
            output[count] = UInt8(ascii: ".")
            count += 1 + writeDigits(UInt(fraction), width: width, to: output + count + 1)
        }
        output[count] = UInt8(ascii: "Z")
        return count + 1
    }

    /// Writes `value` in decimal, left-padded with zeros to `width` digits, at `output`;
    /// returns the bytes written.
    @inline(__always)
    static func writeDigits(_ value: UInt, width: Int, to output: UnsafeMutablePointer<UInt8>) -> Int {
        var length = 1
        var probe = value
        while probe >= 10 {
            probe /= 10
            length += 1
        }
        length = Swift.max(length, width)
        var remaining = value
        for index in stride(from: length - 1, through: 0, by: -1) {
            output[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
            remaining /= 10
        }
        return length
    }
}

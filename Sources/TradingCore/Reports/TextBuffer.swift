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

    /// `value` in decimal, left-padded with zeros to `width` digits, `-` before negatives.
    mutating func append(_ value: Int, width: Int = 1) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            while count < width && count < buffer.count {
                buffer[count] = UInt8(ascii: "0")
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// The same text as ``Timestamp/description``: `YYYY-MM-DD`, or
    /// `YYYY-MM-DDTHH:MM:SS[.fraction]Z` when the time of day is not midnight.
    mutating func append(_ timestamp: Timestamp) {
        let c = timestamp.components
        append(c.year, width: 4)
        append(ascii: "-")
        append(c.month, width: 2)
        append(ascii: "-")
        append(c.day, width: 2)
        guard c.hour != 0 || c.minute != 0 || c.second != 0 || c.nanosecond != 0 else { return }
        append(ascii: "T")
        append(c.hour, width: 2)
        append(ascii: ":")
        append(c.minute, width: 2)
        append(ascii: ":")
        append(c.second, width: 2)
        if c.nanosecond != 0 {
            var fraction = c.nanosecond, width = 9
            while fraction % 10 == 0 {
                fraction /= 10
                width -= 1
            }
            append(ascii: ".")
            append(fraction, width: width)
        }
        append(ascii: "Z")
    }

    /// A comma, then a finite number as ``NumberText/plain(_:)`` writes it (nothing for
    /// a non-finite one: an empty CSV field).
    mutating func append(commaAndNumber value: Double) {
        append(ascii: ",")
        guard value.isFinite else { return }
        append(number: value)
    }

    /// A finite number as ``NumberText/plain(_:)`` writes it. Whole numbers below 10¹⁵ —
    /// cash, flat exposure, share counts — are written as integers; other values take
    /// ``ShortestDecimal``'s allocation-free path and only its rare misses go through
    /// `Double.description`.
    mutating func append(number value: Double) {
        if value.rounded(.towardZero) == value && value.magnitude < 1e15 {
            append(Int(value))
            return append(".0")
        }
        var scratch: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        let written = withUnsafeMutableBytes(of: &scratch) { raw -> Bool in
            let base = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            guard let count = ShortestDecimal.write(value, to: base) else { return false }
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
            return true
        }
        if !written { append(NumberText.plain(value)) }
    }
}

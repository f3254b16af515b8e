extension Timestamp: CustomStringConvertible {
    /// ISO 8601 in UTC: `YYYY-MM-DD` at midnight, `YYYY-MM-DDTHH:MM:SSZ` otherwise
    /// (with fractional seconds when present).
    public var description: String {
        let c = components
        var text = Timestamp.pad(c.year, 4) + "-" + Timestamp.pad(c.month, 2) + "-" + Timestamp.pad(c.day, 2)
        if c.hour == 0 && c.minute == 0 && c.second == 0 && c.nanosecond == 0 { return text }
        text += "T" + Timestamp.pad(c.hour, 2) + ":" + Timestamp.pad(c.minute, 2) + ":" + Timestamp.pad(c.second, 2)
        if c.nanosecond != 0 {
            var fraction = Timestamp.pad(c.nanosecond, 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text + "Z"
    }

    /// The calendar date alone, `YYYY-MM-DD`.
    public var dateString: String {
        let c = components
        return Timestamp.pad(c.year, 4) + "-" + Timestamp.pad(c.month, 2) + "-" + Timestamp.pad(c.day, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return value < 0 ? "-" + padded : padded
    }
}

extension Timestamp: Codable {
    /// Decodes a timestamp from its nanosecond count.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int64.self)
    }

    /// Encodes a timestamp as its nanosecond count.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

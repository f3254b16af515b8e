/// Writes timestamps as ``Timestamp/description`` does, remembering the text of the last
/// calendar day: consecutive intraday rows (1 440 a day for minute bars) copy the date
/// instead of converting days to a civil date each time.
struct TimestampText {
    /// The day (since the Unix epoch) whose date text is cached, `Int64.min` for none.
    private var cachedDay = Int64.min
    /// `YYYY-MM-DD` of `cachedDay` (years of 1677–2262 only: four digits; 16 bytes of room).
    private var cachedDate: (UInt64, UInt64) = (0, 0)

    /// The length of the cached date text (10 bytes for every `Timestamp`).
    private var cachedLength = 0

    /// Writes `timestamp` at `output` (room for 32 bytes) exactly as
    /// ``Timestamp/description`` reads; returns the bytes written.
    @inline(__always)
    mutating func write(_ timestamp: Timestamp, to output: UnsafeMutablePointer<UInt8>) -> Int {
        let day = timestamp.daysSinceEpoch
        let nanosecondsOfDay = timestamp.nanosecondOfDay
        if day != cachedDay {
            cachedDay = day
            var scratch: (UInt64, UInt64) = (0, 0)
            cachedLength = withUnsafeMutableBytes(of: &scratch) {
                TextBuffer.writeDate(of: timestamp, to: $0.baseAddress!.assumingMemoryBound(to: UInt8.self))
            }
            cachedDate = scratch
        }
        withUnsafeBytes(of: cachedDate) { output.update(from: $0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: cachedLength) }
        guard nanosecondsOfDay != 0 else { return cachedLength }
        return cachedLength + Self.writeTimeOfDay(nanosecondsOfDay, to: output + cachedLength)
    }

    /// `THH:MM:SS[.fraction]Z` for a nonzero time of day, as ``Timestamp/description`` writes it.
    @inline(__always)
    static func writeTimeOfDay(_ nanoseconds: Int64, to output: UnsafeMutablePointer<UInt8>) -> Int {
        let secondsOfDay = UInt(nanoseconds / Timestamp.nanosecondsPerSecond)
        output[0] = UInt8(ascii: "T")
        var count = 1 + TextBuffer.writeDigits(secondsOfDay / 3_600, width: 2, to: output + 1)
        output[count] = UInt8(ascii: ":")
        count += 1 + TextBuffer.writeDigits((secondsOfDay % 3_600) / 60, width: 2, to: output + count + 1)
        output[count] = UInt8(ascii: ":")
        count += 1 + TextBuffer.writeDigits(secondsOfDay % 60, width: 2, to: output + count + 1)
        var fraction = UInt(nanoseconds % Timestamp.nanosecondsPerSecond)
        if fraction != 0 {
            var width = 9
            while fraction % 10 == 0 {
                fraction /= 10
                width -= 1
            }
            output[count] = UInt8(ascii: ".")
            count += 1 + TextBuffer.writeDigits(fraction, width: width, to: output + count + 1)
        }
        output[count] = UInt8(ascii: "Z")
        return count + 1
    }
}

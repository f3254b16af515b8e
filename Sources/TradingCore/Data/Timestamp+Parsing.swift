extension Timestamp {
    /// Parses the timestamp formats found in market-data files.
    ///
    /// Accepted, all interpreted in UTC unless an offset is given:
    /// * `YYYY-MM-DD` (midnight UTC of that day),
    /// * `YYYY-MM-DD HH:MM`, `YYYY-MM-DD HH:MM:SS` and ISO 8601 with `T`, optional fractional
    ///   seconds (up to nanoseconds) and an optional `Z` or UTC offset (`+05:30`, `-0400`,
    ///   `-04`); `1984-06-01 00:00:00-04:00` is 04:00 UTC;
    /// * `YYYYMMDD`: eight digits that form a valid date (midnight UTC of that day);
    /// * other epoch integers, classified by digit count: up to 10 digits are seconds, 11–13
    ///   milliseconds, 14–16 microseconds, 17–19 nanoseconds (eight digits that are not a
    ///   date, such as `20001301`, are seconds).
    ///
    /// Years must lie in 1678…2261 (the range ``Timestamp`` can represent); calendar fields
    /// are range-checked (February 30 is rejected).
    ///
    /// - Parameter text: the field, without surrounding whitespace or quotes.
    /// - Returns: `nil` when `text` is not one of the formats above.
    public init?(parsing text: String) {
        var text = text
        let parsed: Int64? = text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return Timestamp.parseNanoseconds(base, count: buffer.count)
        }
        guard let parsed else { return nil }
        self.init(rawValue: parsed)
    }

    /// Nanoseconds since the epoch of the timestamp in `count` bytes at `start`, or `nil`.
    static func parseNanoseconds(_ start: UnsafePointer<UInt8>, count: Int) -> Int64? {
        var cache = TimestampParseCache()
        guard let (value, length) = parsePrefix(start, limit: count, cache: &cache), length == count else { return nil }
        return value
    }

    /// Parses the longest timestamp at the start of the `limit` bytes at `start`; returns
    /// nanoseconds since the epoch and the bytes consumed, or `nil` when no valid timestamp
    /// starts there. `cache` remembers the last calendar date, so consecutive intraday rows
    /// of the same day skip the date arithmetic. When the timestamp is a field followed by
    /// the separator `delimiter`, that byte never starts a fraction of a second: with `,`
    /// as separator, `10:00:00,100` is 10:00:00 followed by a field `100`, not 10:00:00.1.
    static func parsePrefix(_ start: UnsafePointer<UInt8>, limit count: Int, cache: inout TimestampParseCache, delimiter: UInt8? = nil) -> (Int64, Int)? {
        guard count > 0 else { return nil }
        if count >= 10 && start[4] == UInt8(ascii: "-") {
            return parseCalendar(start, count: count, cache: &cache, delimiter: delimiter)
        }
        return parseEpoch(start, count: count)
    }

    /// The CSV reader's row fast path: the timestamp field at `start`, which must run up to
    /// the byte `delimiter`; returns nanoseconds since the epoch and the index of that
    /// delimiter, or `nil` when the field is not a valid timestamp followed by it.
    ///
    /// The two fixed-width forms of a file whose year and month are already in `cache` —
    /// `YYYY-MM-DD` and `YYYY-MM-DD[T ]HH:MM:SS[Z]` — are handled here with one 8-byte load
    /// for the time of day (a new day of the cached month moves the cached midnight by
    /// whole days, see ``TimestampParseCache/moveToDay(_:)``); any other form, and every new
    /// month, goes through ``parsePrefix(_:limit:cache:delimiter:)``, so the accepted forms
    /// and values are those of ``init(parsing:)``. `delimiter` must not be a byte a
    /// timestamp can contain (the reader uses this only for `,`, `;` and tab).
    @inline(__always)
    static func parseField(_ bytes: UnsafePointer<UInt8>, at start: Int, count: Int, delimiter: UInt8, cache: inout TimestampParseCache) -> (nanoseconds: Int64, end: Int)? {
        if start + 24 <= count && cache.isValid {
            let raw = UnsafeRawPointer(bytes + start)
            if raw.loadUnaligned(as: UInt64.self) == cache.key && cache.moveToDay(raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)) {
                let separator = bytes[start + 10]
                if separator == delimiter { return (cache.secondsAtMidnight * 1_000_000_000, start + 10) }
                if separator == UInt8(ascii: "T") || separator == UInt8(ascii: " ") {
                    // `HH:MM:SS`: digits 0…9 after the xor, the colons 0x0A.
                    let time = raw.loadUnaligned(fromByteOffset: 11, as: UInt64.self) ^ 0x3030_3030_3030_3030
                    let nonDigits = ((time &+ 0x7676_7676_7676_7676) | time) & 0x8080_8080_8080_8080
                    if nonDigits == 0x0000_8000_0080_0000 && time & 0x0000_FF00_00FF_0000 == 0x0000_0A00_000A_0000 {
                        let hour = Int((time & 0xFF) &* 10 &+ ((time >> 8) & 0xFF))
                        let minute = Int(((time >> 24) & 0xFF) &* 10 &+ ((time >> 32) & 0xFF))
                        let second = Int(((time >> 48) & 0xFF) &* 10 &+ ((time >> 56) & 0xFF))
                        var end = start + 19
                        if bytes[end] == UInt8(ascii: "Z") { end += 1 }
                        if hour < 24 && minute < 60 && second <= 60 && bytes[end] == delimiter {
                            let seconds = cache.secondsAtMidnight + Int64(hour * 3_600 + minute * 60 + second)
                            return (seconds * 1_000_000_000, end)
                        }
                    }
                }
            }
        }
        guard let (value, length) = parsePrefix(bytes + start, limit: count - start, cache: &cache, delimiter: delimiter),
              start + length < count, bytes[start + length] == delimiter
        else { return nil }
        return (value, start + length)
    }

    @inline(__always)
    private static func digit(_ byte: UInt8) -> Int? {
        let value = byte &- UInt8(ascii: "0")
        return value < 10 ? Int(value) : nil
    }

    @inline(__always)
    private static func twoDigits(_ start: UnsafePointer<UInt8>, _ offset: Int) -> Int? {
        guard let tens = digit(start[offset]), let ones = digit(start[offset + 1]) else { return nil }
        return tens * 10 + ones
    }

    private static func parseEpoch(_ start: UnsafePointer<UInt8>, count: Int) -> (Int64, Int)? {
        var value: Int64 = 0
        var length = 0
        while length < count, let d = digit(start[length]) {
            // Nineteen digits can exceed `Int64.max` (9223372036854775807): such a number is
            // no timestamp, not a trap.
            let (shifted, shiftOverflows) = value.multipliedReportingOverflow(by: 10)
            let (next, addOverflows) = shifted.addingReportingOverflow(Int64(d))
            guard length < 19, !shiftOverflows, !addOverflows else { return nil }
            value = next
            length += 1
        }
        guard length > 0 else { return nil }
        // Eight digits that form a date are YYYYMMDD (as epoch seconds they would all fall in
        // 1970–1973, which no such file means).
        if length == 8 {
            let year = Int(value / 10_000), month = Int(value / 100 % 100), day = Int(value % 100)
            if (1678...2261).contains(year), (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month) {
                return (Timestamp(year: year, month: month, day: day).rawValue, length)
            }
        }
        let scale: Int64
        switch length {
        case ...10: scale = 1_000_000_000
        case 11...13: scale = 1_000_000
        case 14...16: scale = 1_000
        default: scale = 1
        }
        let (nanoseconds, overflow) = value.multipliedReportingOverflow(by: scale)
        return overflow ? nil : (nanoseconds, length)
    }

    private static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func parseCalendar(_ start: UnsafePointer<UInt8>, count: Int, cache: inout TimestampParseCache, delimiter: UInt8?) -> (Int64, Int)? {
        let raw = UnsafeRawPointer(start)
        let key = raw.loadUnaligned(as: UInt64.self)
        let keyTail = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        var seconds: Int64
        if cache.isValid && cache.key == key && cache.keyTail == keyTail {
            seconds = cache.secondsAtMidnight
        } else {
            guard let c0 = twoDigits(start, 0), let c1 = twoDigits(start, 2),
                  let month = twoDigits(start, 5), start[7] == UInt8(ascii: "-"), let day = twoDigits(start, 8)
            else { return nil }
            let year = c0 * 100 + c1
            guard (1678...2261).contains(year), (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month)
            else { return nil }
            seconds = Int64(daysFromCivil(year: year, month: month, day: day)) * 86_400
            cache = TimestampParseCache(key: key, keyTail: keyTail, secondsAtMidnight: seconds, daysInMonth: daysInMonth(year: year, month: month), isValid: true)
        }
        var nanoseconds: Int64 = 0
        var index = 10
        if index + 6 <= count && (start[index] == UInt8(ascii: "T") || start[index] == UInt8(ascii: " "))
            && digit(start[index + 1]) != nil && start[index + 3] == UInt8(ascii: ":") {
            guard let hour = twoDigits(start, index + 1), let minute = twoDigits(start, index + 4), hour < 24, minute < 60
            else { return nil }
            seconds += Int64(hour * 3_600 + minute * 60)
            index += 6
            if index < count && start[index] == UInt8(ascii: ":") {
                guard count >= index + 3, let second = twoDigits(start, index + 1), second <= 60 else { return nil }
                seconds += Int64(second)
                index += 3
                if index < count && (start[index] == UInt8(ascii: ".") || (start[index] == UInt8(ascii: ",") && delimiter != UInt8(ascii: ","))) {
                    index += 1
                    var scale: Int64 = 100_000_000
                    let fractionStart = index
                    while index < count, let d = digit(start[index]) {
                        nanoseconds += Int64(d) * scale
                        scale /= 10
                        index += 1
                    }
                    guard index > fractionStart else { return nil }
                }
            }
            if index < count {
                switch start[index] {
                case UInt8(ascii: "Z"), UInt8(ascii: "z"):
                    index += 1
                case UInt8(ascii: "+"), UInt8(ascii: "-"):
                    let sign: Int64 = start[index] == UInt8(ascii: "-") ? -1 : 1
                    guard count >= index + 3, let offsetHours = twoDigits(start, index + 1), offsetHours <= 18 else { return nil }
                    index += 3
                    var offsetMinutes = 0
                    let minutesAt = index < count && start[index] == UInt8(ascii: ":") ? index + 1 : index
                    if minutesAt + 2 <= count, let minutes = twoDigits(start, minutesAt) {
                        guard minutes < 60 else { return nil }
                        offsetMinutes = minutes
                        index = minutesAt + 2
                    } else if minutesAt != index {
                        return nil
                    }
                    seconds -= sign * Int64(offsetHours * 3_600 + offsetMinutes * 60)
                default:
                    break
                }
            }
        }
        return (seconds * 1_000_000_000 + nanoseconds, index)
    }
}

/// The last calendar date parsed (its ten bytes and midnight in seconds), reused by
/// ``Timestamp/parsePrefix(_:limit:cache:delimiter:)`` when the next row has the same date.
struct TimestampParseCache {
    /// The bytes `YYYY-MM-` of the date.
    var key: UInt64 = 0
    /// The bytes `DD` of the date.
    var keyTail: UInt16 = 0
    var secondsAtMidnight: Int64 = 0
    /// The number of days in the date's month.
    var daysInMonth = 0
    var isValid = false

    /// Makes the cached date the day whose two digits are `dayBytes` (as loaded, the tens
    /// digit in the low byte) in the cached year and month: returns `false`, changing
    /// nothing, when they are not a day of that month. Daily files move through a month
    /// this way without the calendar arithmetic of a new date.
    @inline(__always)
    mutating func moveToDay(_ dayBytes: UInt16) -> Bool {
        if dayBytes == keyTail { return true }
        let tens = Int(dayBytes & 0xFF) &- 0x30, ones = Int(dayBytes >> 8) &- 0x30
        let day = tens &* 10 &+ ones
        guard tens >= 0 && tens < 10 && ones >= 0 && ones < 10 && day >= 1 && day <= daysInMonth else { return false }
        let cachedDay = (Int(keyTail & 0xFF) &- 0x30) &* 10 &+ Int(keyTail >> 8) &- 0x30
        secondsAtMidnight &+= Int64(day &- cachedDay) &* 86_400
        keyTail = dayBytes
        return true
    }
}

/// An instant in UTC, stored as whole nanoseconds since the Unix epoch (1970-01-01T00:00:00Z).
///
/// `Timestamp` is an integer newtype: comparing, hashing and differencing are single
/// integer operations, which keeps it cheap in per-bar code. Calendar conversions use
/// Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms (proleptic Gregorian
/// calendar, no time zones, no leap seconds) and never touch Foundation.
///
/// The representable range is roughly the years 1678 through 2261.
public struct Timestamp: RawRepresentable, Hashable, Comparable, Sendable {
    /// Nanoseconds since 1970-01-01T00:00:00Z.
    public var rawValue: Int64

    /// Creates a timestamp from nanoseconds since the Unix epoch.
    @inlinable
    public init(rawValue: Int64) { self.rawValue = rawValue }

    /// Creates a timestamp from nanoseconds since the Unix epoch.
    @inlinable
    public init(nanosecondsSinceEpoch: Int64) { self.rawValue = nanosecondsSinceEpoch }

    /// Creates a timestamp from whole seconds since the Unix epoch.
    @inlinable
    public init(secondsSinceEpoch: Int64) { self.rawValue = secondsSinceEpoch &* Timestamp.nanosecondsPerSecond }

    /// Creates a timestamp from a UTC calendar date and time of day.
    ///
    /// - Precondition: `month` in 1...12, `day` in 1...31, `hour` in 0...23, `minute` and
    ///   `second` in 0...59 (60 is accepted as a leap second and rolls over),
    ///   `nanosecond` in 0..<1_000_000_000.
    @inlinable
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, nanosecond: Int = 0) {
        precondition((1...12).contains(month) && (1...31).contains(day), "invalid calendar date")
        precondition((0...23).contains(hour) && (0...59).contains(minute) && (0...60).contains(second), "invalid time of day")
        precondition((0..<1_000_000_000).contains(nanosecond), "invalid nanosecond")
        let days = Int64(Timestamp.daysFromCivil(year: year, month: month, day: day))
        let seconds = days * 86_400 + Int64(hour * 3_600 + minute * 60 + second)
        self.rawValue = seconds * Timestamp.nanosecondsPerSecond + Int64(nanosecond)
    }

    /// Nanoseconds in one second.
    public static let nanosecondsPerSecond: Int64 = 1_000_000_000
    /// Nanoseconds in one day of 86 400 seconds.
    public static let nanosecondsPerDay: Int64 = 86_400 * 1_000_000_000

    /// Whole seconds since the Unix epoch, rounded toward negative infinity.
    @inlinable
    public var secondsSinceEpoch: Int64 {
        let (q, r) = rawValue.quotientAndRemainder(dividingBy: Timestamp.nanosecondsPerSecond)
        return r < 0 ? q - 1 : q
    }

    /// Whole days since 1970-01-01, rounded toward negative infinity.
    @inlinable
    public var daysSinceEpoch: Int64 {
        let (q, r) = rawValue.quotientAndRemainder(dividingBy: Timestamp.nanosecondsPerDay)
        return r < 0 ? q - 1 : q
    }

    /// Nanoseconds since this instant's UTC midnight, in `0..<nanosecondsPerDay` (computed
    /// without forming the midnight, which for the earliest instants is not representable).
    @inlinable
    public var nanosecondOfDay: Int64 {
        let remainder = rawValue % Timestamp.nanosecondsPerDay
        return remainder < 0 ? remainder + Timestamp.nanosecondsPerDay : remainder
    }

    /// The UTC calendar date and time of day of this instant.
    public var components: DateComponents {
        let days = daysSinceEpoch
        let nanosOfDay = nanosecondOfDay
        let civil = Timestamp.civilFromDays(Int(days))
        let secondsOfDay = Int(nanosOfDay / Timestamp.nanosecondsPerSecond)
        return DateComponents(
            year: civil.year, month: civil.month, day: civil.day,
            hour: secondsOfDay / 3_600, minute: (secondsOfDay % 3_600) / 60, second: secondsOfDay % 60,
            nanosecond: Int(nanosOfDay % Timestamp.nanosecondsPerSecond)
        )
    }

    /// The UTC midnight that starts this instant's calendar day (the earliest `Timestamp`
    /// for an instant of 1677-09-21 before it, whose midnight is not representable).
    @inlinable
    public var startOfDay: Timestamp {
        let (midnight, overflow) = rawValue.subtractingReportingOverflow(nanosecondOfDay)
        return Timestamp(rawValue: overflow ? Int64.min : midnight)
    }

    /// Returns `lhs < rhs` by comparing the underlying nanosecond counts.
    @inlinable
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's `days_from_civil`).
    @inlinable
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (Hinnant's `civil_from_days`).
    @inlinable
    public static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension Timestamp {
    /// A UTC calendar date and time of day, as produced by ``Timestamp/components``.
    public struct DateComponents: Hashable, Sendable {
        /// The proleptic Gregorian year.
        public var year: Int
        /// The month, 1 through 12.
        public var month: Int
        /// The day of the month, 1 through 31.
        public var day: Int
        /// The hour, 0 through 23.
        public var hour: Int
        /// The minute, 0 through 59.
        public var minute: Int
        /// The second, 0 through 59.
        public var second: Int
        /// The fraction of the second in nanoseconds.
        public var nanosecond: Int

        /// Creates calendar components; no validation is performed.
        public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, nanosecond: Int) {
            self.year = year
            self.month = month
            self.day = day
            self.hour = hour
            self.minute = minute
            self.second = second
            self.nanosecond = nanosecond
        }
    }
}

/// How instants group into trading days: the calendar date at a fixed offset from UTC.
///
/// DAY orders (``FillSimulator``) and the daily loss limit (``RiskManager``) work per trading
/// day. The default, ``utc``, suits markets whose sessions do not span UTC midnight (the US,
/// Europe, Japan): a DAY order placed during a session expires before the next one opens. For
/// a market whose session crosses UTC midnight, pick the offset that puts midnight between two
/// sessions: Sydney trades 10:00–16:00 local, 23:00–05:00 UTC in summer, so with ``utc`` a DAY
/// order sent at 23:30 UTC would expire half an hour into its session; `TradingDay(hours: 10)`
/// (midnight at 14:00 UTC) keeps the session whole in both seasons.
///
/// A fixed offset does not follow daylight saving time: choose one whose midnight falls
/// outside the session in both seasons.
public struct TradingDay: Hashable, Sendable, Codable {
    /// The offset from UTC, in seconds, of the clock whose calendar dates are the trading
    /// days (36 000 for UTC+10).
    public let utcOffsetSeconds: Int

    /// Calendar days in UTC.
    public static let utc = TradingDay(utcOffsetSeconds: 0)

    /// Trading days at an offset of `utcOffsetSeconds` from UTC.
    ///
    /// - Precondition: less than a day either way.
    public init(utcOffsetSeconds: Int) {
        precondition(utcOffsetSeconds.magnitude < 86_400, "a trading day's UTC offset must be less than a day")
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// Trading days at an offset of `hours` (and `minutes`, of the same sign) from UTC.
    ///
    /// - Precondition: less than a day either way.
    public init(hours: Int, minutes: Int = 0) {
        self.init(utcOffsetSeconds: hours * 3_600 + minutes * 60)
    }

    /// The trading day of `time`: whole days since 1970-01-01 on the offset clock.
    @inlinable
    public func day(of time: Timestamp) -> Int64 {
        let offset = Int64(utcOffsetSeconds) * Timestamp.nanosecondsPerSecond
        let (shifted, overflow) = time.rawValue.addingReportingOverflow(offset)
        return overflow ? time.daysSinceEpoch : Timestamp(rawValue: shifted).daysSinceEpoch
    }

    /// Decodes the offset, refusing one of a day or more.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let seconds = try container.decode(Int.self, forKey: .utcOffsetSeconds)
        guard seconds.magnitude < 86_400 else {
            throw DecodingError.dataCorruptedError(forKey: .utcOffsetSeconds, in: container,
                                                   debugDescription: "a trading day's UTC offset must be less than a day")
        }
        self.init(utcOffsetSeconds: seconds)
    }
}

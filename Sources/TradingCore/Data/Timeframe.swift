/// A fixed bar length (one minute, four hours, one day, …) used to resample bars.
public struct Timeframe: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The length in nanoseconds.
    public var nanoseconds: Int64

    /// Creates a timeframe from its length in nanoseconds.
    ///
    /// - Precondition: `nanoseconds > 0`.
    public init(nanoseconds: Int64) {
        precondition(nanoseconds > 0, "a timeframe must be positive")
        self.nanoseconds = nanoseconds
    }

    /// `count` seconds.
    public static func seconds(_ count: Int) -> Timeframe { Timeframe(nanoseconds: Int64(count) * Timestamp.nanosecondsPerSecond) }
    /// `count` minutes.
    public static func minutes(_ count: Int) -> Timeframe { .seconds(count * 60) }
    /// `count` hours.
    public static func hours(_ count: Int) -> Timeframe { .seconds(count * 3_600) }
    /// `count` days of 24 hours.
    public static func days(_ count: Int) -> Timeframe { .seconds(count * 86_400) }

    /// Shorter timeframes order first.
    public static func < (lhs: Timeframe, rhs: Timeframe) -> Bool { lhs.nanoseconds < rhs.nanoseconds }

    /// `"4h"`, `"1d"`, `"15m"`, `"30s"` (or nanoseconds with `ns` when not whole seconds).
    public var description: String {
        guard nanoseconds % Timestamp.nanosecondsPerSecond == 0 else { return "\(nanoseconds)ns" }
        let seconds = nanoseconds / Timestamp.nanosecondsPerSecond
        if seconds % 86_400 == 0 { return "\(seconds / 86_400)d" }
        if seconds % 3_600 == 0 { return "\(seconds / 3_600)h" }
        if seconds % 60 == 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }
}

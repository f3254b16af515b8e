/// A client order id: the run-local sequence number the engine assigns when an intent is submitted.
///
/// Ids are deterministic — the n-th order of a run is always `O-000000n` — so that two runs
/// over the same data produce byte-identical order logs, and a recorded session can be
/// replayed against a backtest order by order.
public struct ClientOrderID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The sequence number, starting at 1.
    public var rawValue: Int

    /// Creates an id from its sequence number.
    @inlinable
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Returns whether `lhs` was assigned before `rhs`.
    @inlinable
    public static func < (lhs: ClientOrderID, rhs: ClientOrderID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `O-` followed by the zero-padded sequence number, e.g. `O-0000042`.
    public var description: String {
        let digits = String(rawValue)
        return "O-" + String(repeating: "0", count: Swift.max(0, 7 - digits.count)) + digits
    }
}

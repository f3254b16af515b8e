/// The direction of a position or round-trip trade.
public enum PositionSide: String, Hashable, Sendable, Codable, CaseIterable {
    /// Profits when the price rises.
    case long
    /// Profits when the price falls.
    case short

    /// `+1` for long and `-1` for short.
    @inlinable
    public var sign: Double { self == .long ? 1 : -1 }
}

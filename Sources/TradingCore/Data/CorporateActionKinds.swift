/// A set of corporate-action kinds: which adjustments prices already carry or should receive.
public struct CorporateActionKinds: OptionSet, Hashable, Sendable {
    /// The bit mask.
    public var rawValue: UInt8

    /// Creates a set from its bit mask.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Stock splits (and reverse splits).
    public static let splits = CorporateActionKinds(rawValue: 1 << 0)
    /// Cash dividends.
    public static let dividends = CorporateActionKinds(rawValue: 1 << 1)
    /// Splits and dividends.
    public static let all: CorporateActionKinds = [.splits, .dividends]
}

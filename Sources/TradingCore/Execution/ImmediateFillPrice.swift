/// Which price of an instrument's latest bar an immediate (out-of-band) fill uses.
public enum ImmediateFillPrice: String, Hashable, Sendable, Codable, CaseIterable {
    /// The latest bar's close.
    case close
    /// The latest bar's open.
    case open
}

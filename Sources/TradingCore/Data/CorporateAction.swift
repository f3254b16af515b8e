/// A corporate action that changes the price scale of an instrument on its ex-date.
public enum CorporateAction: Hashable, Sendable {
    /// A stock split: each old share becomes `ratio` new shares (2 for a 2-for-1 split,
    /// 0.1 for a 1-for-10 reverse split). Prices before `exDate` divide by `ratio`,
    /// volumes multiply by it.
    case split(exDate: Timestamp, ratio: Double)
    /// A cash dividend of `amount` per share, in the price units of the close before
    /// `exDate`. Prices before `exDate` scale by `1 − amount / previousClose`.
    case dividend(exDate: Timestamp, amount: Double)

    /// The ex-date: the first bar that trades without the entitlement.
    public var exDate: Timestamp {
        switch self {
        case .split(let exDate, _), .dividend(let exDate, _): return exDate
        }
    }

    /// The kind of action, as a member of ``CorporateActionKinds``.
    public var kind: CorporateActionKinds {
        switch self {
        case .split: return .splits
        case .dividend: return .dividends
        }
    }
}

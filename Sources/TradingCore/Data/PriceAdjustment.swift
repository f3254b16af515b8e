/// How a CSV loader adjusts prices for corporate actions.
///
/// Unadjusted is the default: prices are loaded exactly as written. Adjusting is explicit
/// because files differ in what they already carry — Yahoo/yfinance files, for example, have
/// split-adjusted `open/high/low/close`, an `adjclose` adjusted for splits and dividends, and
/// `dividends`/`splits` event columns; applying their splits again would adjust twice.
public enum PriceAdjustment: Hashable, Sendable {
    /// Load prices as written.
    case none
    /// Back-adjust with the adjusted-close column: each row's open, high and low are scaled by
    /// `adjclose / close` and the close becomes `adjclose`; volume is left as written (the
    /// ratio mixes dividends and splits, so no volume factor can be derived from it).
    case adjustedClose
    /// Back-adjust from the `dividends` and `splits` event columns, applying only the kinds
    /// the prices do not already carry (see ``BarSeries/backAdjusted(for:)`` for the method).
    case corporateActions(alreadyApplied: CorporateActionKinds)
}

/// A tradable instrument and the contract facts execution and risk need.
public struct Instrument: Hashable, Sendable, Codable {
    /// The ticker, unique within a run (e.g. `"MU"`).
    public var symbol: String
    /// The broad kind of instrument.
    public var assetClass: AssetClass
    /// ISO 4217 currency of prices (e.g. `"USD"`).
    public var currency: String
    /// The minimum price increment; prices are rounded to it where orders are priced.
    public var tickSize: Double
    /// The minimum tradable quantity increment; order quantities are multiples of it.
    public var lotSize: Double
    /// Whether short positions are allowed.
    public var isShortable: Bool
    /// Initial margin as a fraction of notional (1 = fully paid, 0.5 = 2× leverage).
    public var marginRequirement: Double

    /// Creates an instrument.
    ///
    /// - Precondition: `tickSize > 0`, `lotSize > 0`, `marginRequirement > 0`.
    public init(
        symbol: String,
        assetClass: AssetClass = .equity,
        currency: String = "USD",
        tickSize: Double = 0.01,
        lotSize: Double = 1,
        isShortable: Bool = true,
        marginRequirement: Double = 1
    ) {
        precondition(tickSize > 0 && lotSize > 0 && marginRequirement > 0, "tick size, lot size and margin must be positive")
        self.symbol = symbol
        self.assetClass = assetClass
        self.currency = currency
        self.tickSize = tickSize
        self.lotSize = lotSize
        self.isShortable = isShortable
        self.marginRequirement = marginRequirement
    }

    /// Rounds a quantity toward zero to a whole number of lots.
    ///
    /// A quotient within four units in the last place of a whole number of lots counts as that
    /// number: `0.3 / 0.1` is `2.9999999999999996` in binary, and three lots of 0.1 must stay
    /// three lots, not two.
    @inlinable
    public func roundedToLot(_ quantity: Double) -> Double {
        let lots = quantity / lotSize
        let whole = lots.rounded(.towardZero)
        let next = lots < 0 ? whole - 1 : whole + 1
        return (abs(next - lots) <= abs(next) * (4 * Double.ulpOfOne) ? next : whole) * lotSize
    }

    /// Rounds a price to the nearest tick.
    @inlinable
    public func roundedToTick(_ price: Double) -> Double {
        (price / tickSize).rounded() * tickSize
    }
}

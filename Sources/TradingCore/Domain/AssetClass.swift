/// The broad kind of an instrument, used for exposure limits and universe filters.
///
/// A string-backed newtype rather than a closed enum, so that hosts can add their own
/// classes (`AssetClass(rawValue: "volatility")`) without a library change.
public struct AssetClass: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The class name, lower-case by convention.
    public var rawValue: String

    /// Creates an asset class from its name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Common stock.
    public static let equity = AssetClass(rawValue: "equity")
    /// Exchange-traded fund.
    public static let etf = AssetClass(rawValue: "etf")
    /// Physical or derivative commodity exposure.
    public static let commodity = AssetClass(rawValue: "commodity")
    /// Foreign exchange.
    public static let fx = AssetClass(rawValue: "fx")
    /// Crypto asset.
    public static let crypto = AssetClass(rawValue: "crypto")
    /// Futures contract.
    public static let future = AssetClass(rawValue: "future")
    /// Bond or other fixed income.
    public static let fixedIncome = AssetClass(rawValue: "fixed-income")
    /// Market index (not directly tradable).
    public static let index = AssetClass(rawValue: "index")

    /// The class name.
    public var description: String { rawValue }
}

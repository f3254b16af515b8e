import TradingCore

/// One instrument of a ``Universe`` with the descriptive metadata rules select on.
public struct UniverseMember: Hashable, Sendable {
    /// The instrument: symbol, asset class, currency, tick and lot size, shortability, margin.
    public var instrument: Instrument
    /// The sector or industry group (e.g. `"Semiconductors"`), when known.
    public var sector: String?
    /// A display name (e.g. `"Micron Technology"`), when known.
    public var name: String?

    /// Creates a member.
    public init(instrument: Instrument, sector: String? = nil, name: String? = nil) {
        self.instrument = instrument
        self.sector = sector
        self.name = name
    }

    /// The instrument's symbol.
    @inlinable
    public var symbol: String { instrument.symbol }

    /// The instrument's asset class.
    @inlinable
    public var assetClass: AssetClass { instrument.assetClass }

    /// The instrument's price currency.
    @inlinable
    public var currency: String { instrument.currency }
}

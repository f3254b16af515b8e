/// A closed round trip: a position opened and (fully or partly) closed again.
///
/// When a position is closed in several fills, each closing fill produces its own
/// `Trade` for the quantity it closed, at the position's average entry price. Positions
/// still open when a backtest ends are closed and reported as trades unless its
/// ``EndOfRunPolicy`` is `leaveOpen`.
public struct Trade: Hashable, Sendable, Codable {
    /// The instrument's ticker.
    public var symbol: String
    /// Long or short.
    public var side: PositionSide
    /// The quantity closed, always positive.
    public var quantity: Double
    /// When the position was opened (the first entry fill's bar timestamp).
    public var entryTime: Timestamp
    /// The average entry price (fill prices, slippage included).
    public var entryPrice: Double
    /// When this quantity was closed.
    public var exitTime: Timestamp
    /// The exit fill price (slippage included).
    public var exitPrice: Double
    /// Commissions charged on the entry (pro rata to `quantity`) and the exit.
    public var commission: Double
    /// The number of bars between the entry bar and the exit bar.
    public var barsHeld: Int
    /// Which strategy (or model) opened the position.
    public var strategy: String
    /// Each factor's score and weight in the decision that triggered the entry; empty for
    /// strategies that do not use factors.
    public var entryFactors: [FactorExposure]

    /// Creates a trade record.
    public init(
        symbol: String, side: PositionSide, quantity: Double,
        entryTime: Timestamp, entryPrice: Double, exitTime: Timestamp, exitPrice: Double,
        commission: Double, barsHeld: Int, strategy: String = "", entryFactors: [FactorExposure] = []
    ) {
        self.symbol = symbol
        self.side = side
        self.quantity = quantity
        self.entryTime = entryTime
        self.entryPrice = entryPrice
        self.exitTime = exitTime
        self.exitPrice = exitPrice
        self.commission = commission
        self.barsHeld = barsHeld
        self.strategy = strategy
        self.entryFactors = entryFactors
    }

    /// The weighted contribution (`weight × score`) of each factor to the entry score, keyed
    /// by factor name: what PnL attribution by factor splits on.
    public var entryContributions: [String: Double] { entryFactors.contributionsByFactor }

    /// Profit or loss net of commission: `side.sign × quantity × (exit − entry) − commission`.
    @inlinable
    public var pnl: Double { side.sign * quantity * (exitPrice - entryPrice) - commission }

    /// Return of the round trip in percent, net of its commission, relative to the entry
    /// value: `(side.sign × (exit / entry − 1) − commission / (quantity × entry)) × 100`.
    ///
    /// This is backtesting.py's `Trade.pl_pct` (× 100, the same operations in the same
    /// order), so best and worst trade agree with its "Best/Worst Trade [%]", and it has the
    /// sign of ``pnl``. Without commission it equals ``grossReturnPct``.
    @inlinable
    public var returnPct: Double { (side.sign * (exitPrice / entryPrice - 1) - commission / (quantity * entryPrice)) * 100 }

    /// Return of the round trip in percent before commission: `side.sign × (exit / entry − 1) × 100`.
    @inlinable
    public var grossReturnPct: Double { side.sign * (exitPrice / entryPrice - 1) * 100 }
}

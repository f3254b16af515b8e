/// What a ``PositionSizer`` needs to know to size one position.
public struct SizingRequest: Hashable, Sendable {
    /// The account equity the position is sized against (cash plus positions).
    public var equity: Double
    /// The expected fill price per unit.
    public var price: Double
    /// The instrument; its ``Instrument/lotSize`` sets the rounding.
    public var instrument: Instrument
    /// The number of positions that share the equity: ``EqualWeightSizer`` and
    /// ``VolatilityTargetSizer`` give each `equity / slots`, and size 0 when it is less than
    /// 1 (no slot to fill); ``FixedFractionalRiskSizer`` ignores it (its risk is per position
    /// by definition).
    public var slots: Int
    /// The distance from entry to the protective stop in price units (e.g. 2 × ATR), for
    /// risk-based sizing; `nil` when there is no stop.
    public var stopDistance: Double?
    /// The instrument's annualized volatility as a fraction (0.25 = 25 %), for volatility
    /// targeting; `nil` when unknown.
    public var annualizedVolatility: Double?

    /// Creates a request.
    ///
    /// Every value may come from market data, so none is checked here: a request whose
    /// equity, price, stop distance or volatility is NaN, infinite or not positive, or whose
    /// `slots` is less than 1 (a count of candidates that came out empty, every slot taken),
    /// sizes 0 with the stock sizers instead of trapping.
    public init(
        equity: Double, price: Double, instrument: Instrument, slots: Int = 1,
        stopDistance: Double? = nil, annualizedVolatility: Double? = nil
    ) {
        self.equity = equity
        self.price = price
        self.instrument = instrument
        self.slots = slots
        self.stopDistance = stopDistance
        self.annualizedVolatility = annualizedVolatility
    }

    /// Whether equity and price are both finite and positive, the minimum any sizer needs.
    @inlinable
    public var hasValidEquityAndPrice: Bool {
        equity.isFinite && equity > 0 && price.isFinite && price > 0
    }

    /// Whether there is at least one slot to share the equity between (`slots ≥ 1`).
    @inlinable
    public var hasSlot: Bool { slots >= 1 }

    /// `rawQuantity` rounded toward zero to whole lots (``Instrument/roundedToLot(_:)``),
    /// or 0 when it is not finite and positive.
    @inlinable
    public func lotRounded(_ rawQuantity: Double) -> Double {
        guard rawQuantity.isFinite, rawQuantity > 0 else { return 0 }
        return instrument.roundedToLot(rawQuantity)
    }
}

/// The direction of an order or fill.
public enum OrderSide: String, Hashable, Sendable, Codable, CaseIterable {
    /// Buy: increases a long position or covers a short one.
    case buy
    /// Sell: reduces a long position or opens/increases a short one.
    case sell

    /// `+1` for a buy and `-1` for a sell: the sign a fill applies to a position's quantity.
    @inlinable
    public var sign: Double { self == .buy ? 1 : -1 }

    /// The other side.
    @inlinable
    public var opposite: OrderSide { self == .buy ? .sell : .buy }
}

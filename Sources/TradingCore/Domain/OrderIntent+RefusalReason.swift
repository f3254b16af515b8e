extension OrderIntent {
    /// Why an engine or venue refuses this intent, or `nil` when it can be traded: a units
    /// quantity that is not a positive finite number, a fraction of buying power outside
    /// (0, 1], or a limit, stop, stop-loss or take-profit price that is not a positive finite
    /// number.
    ///
    /// Such values come from market data more often than from mistakes in code (a quantity
    /// or a stop derived from an indicator still warming up is NaN), so they are refused
    /// with this reason (the order ends `.rejected`) rather than trapped: a live session keeps
    /// running, and its journal replays.
    public var refusalReason: String? {
        switch quantity {
        case .units(let units) where !(units > 0 && units.isFinite):
            return "quantity \(units) is not a positive number"
        case .fractionOfBuyingPower(let fraction) where !(fraction > 0 && fraction <= 1):
            return "fraction \(fraction) of buying power is outside (0, 1]"
        default:
            break
        }
        for (name, price) in [("stop", type.stopPrice), ("limit", type.limitPrice), ("stop-loss", stopLoss), ("take-profit", takeProfit)] {
            if let price, !(price > 0 && price.isFinite) { return "\(name) price \(price) is not a positive number" }
        }
        return nil
    }
}

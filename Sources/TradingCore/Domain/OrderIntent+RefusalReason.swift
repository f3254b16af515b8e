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
    @inlinable
    public var refusalReason: String? {
        // Inlined, the common case reads the few fields in place: this runs for every order.
        hasTradableValues ? nil : describedRefusal
    }

    /// Whether the quantity and every price can be traded (see ``refusalReason``).
    @inlinable
    var hasTradableValues: Bool {
        Self.hasTradableValues(quantity: quantity, type: type, stopLoss: stopLoss, takeProfit: takeProfit)
    }

    /// ``hasTradableValues`` of an intent with these fields. The engine's submit path passes
    /// them from its order book: the property, called out of line, had the whole intent
    /// copied to the stack for its `self` on every order.
    @inlinable
    static func hasTradableValues(quantity: OrderQuantity, type: OrderType, stopLoss: Double?, takeProfit: Double?) -> Bool {
        isTradable(quantity) && isTradable(type.stopPrice) && isTradable(type.limitPrice)
            && isTradable(stopLoss) && isTradable(takeProfit)
    }

    /// Whether the quantity can be traded: units positive and finite, a fraction in (0, 1].
    @inlinable
    var hasTradableQuantity: Bool { Self.isTradable(quantity) }

    /// Whether `quantity` can be traded (see ``hasTradableQuantity``).
    @inlinable
    static func isTradable(_ quantity: OrderQuantity) -> Bool {
        switch quantity {
        case .units(let units): return units > 0 && units.isFinite
        case .fractionOfBuyingPower(let fraction): return fraction > 0 && fraction <= 1
        case .entirePosition: return true
        }
    }

    /// Whether `price` is absent or a positive finite number.
    @inlinable
    static func isTradable(_ price: Double?) -> Bool {
        guard let price else { return true }
        return price > 0 && price.isFinite
    }

    /// The reason for an intent without ``hasTradableValues``.
    @usableFromInline
    var describedRefusal: String? {
        if !hasTradableQuantity {
            switch quantity {
            case .units(let units): return "quantity \(units) is not a positive number"
            case .fractionOfBuyingPower(let fraction): return "fraction \(fraction) of buying power is outside (0, 1]"
            case .entirePosition: break
            }
        }
        for (name, price) in [("stop", type.stopPrice), ("limit", type.limitPrice), ("stop-loss", stopLoss), ("take-profit", takeProfit)] {
            if let price, !Self.isTradable(price) { return "\(name) price \(price) is not a positive number" }
        }
        return nil
    }
}

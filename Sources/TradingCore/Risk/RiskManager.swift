/// Pre-trade risk checks with a recorded reason for every decision, plus the run-level halts
/// (daily loss, drawdown, kill switch).
///
/// The engine calls ``observe(equity:at:)`` once per step (after marking) and
/// ``evaluate(_:portfolio:instrument:referencePrice:at:)`` for each new order. Checks, in
/// order, for an order that adds risk: kill switch, drawdown halt, daily loss limit, open
/// positions (reject); order notional, position fraction, asset-class fraction, gross
/// leverage (resize down to the limit in whole lots, reject if nothing is left).
public struct RiskManager: Sendable {
    /// The limits enforced.
    public var limits: RiskLimits
    /// Whether the kill switch is on.
    public private(set) var isKillSwitchActive = false
    /// Whether the drawdown halt has fired.
    public private(set) var isDrawdownHalted = false
    /// The highest equity observed.
    public private(set) var peakEquity = -Double.infinity
    private var dayStartEquity = 0.0
    private var currentDay = Int64.min
    private var lastEquity = 0.0

    /// Creates a manager enforcing `limits`.
    public init(limits: RiskLimits = .none) { self.limits = limits }

    /// Turns the kill switch on (it stays on).
    public mutating func activateKillSwitch() { isKillSwitchActive = true }

    /// Whether ``observe(equity:at:)`` has anything to track (a daily loss limit or a
    /// drawdown halt is set); the engine skips the call otherwise.
    public var observesEquity: Bool { limits.dailyLossLimit != nil || limits.maximumDrawdown != nil }

    /// Records the step's equity; returns `true` when the drawdown halt fires now and the
    /// limits ask to flatten.
    public mutating func observe(equity: Double, at time: Timestamp) -> Bool {
        let day = limits.tradingDay.day(of: time)
        if day != currentDay {
            dayStartEquity = currentDay == Int64.min ? equity : lastEquity
            currentDay = day
        }
        lastEquity = equity
        peakEquity = Swift.max(peakEquity, equity)
        if let limit = limits.maximumDrawdown, !isDrawdownHalted, peakEquity > 0, equity < peakEquity * (1 - limit) {
            isDrawdownHalted = true
            return limits.flattensOnDrawdownHalt
        }
        return false
    }

    /// Decides on an order.
    ///
    /// - Parameters:
    ///   - order: the new order.
    ///   - portfolio: the account as the engine knows it.
    ///   - instrument: the order instrument's index in `portfolio`.
    ///   - referencePrice: the price used for notional (the last close).
    ///   - time: the decision time.
    ///   - pending: what the orders already working will do (the engine passes its open
    ///     orders'): the position they lead to is the one the new order is checked against.
    /// - Returns: the decision; for `.resized` the caller trades `approvedQuantity` units.
    /// - Complexity: O(instruments).
    public func evaluate(_ order: Order, portfolio: Portfolio, instrument: Int, referencePrice: Double, at time: Timestamp,
                         pending: PendingExposure = .none) -> RiskDecision {
        var manager = self
        return manager.evaluate(id: order.id, symbol: order.symbol, side: order.side, quantity: order.intent.quantity,
                                role: order.role, portfolio: portfolio, instrument: instrument, referencePrice: referencePrice, at: time,
                                pending: pending)
    }

    /// Whether changing a position of `held` by `change` adds risk: it grows the position, or
    /// turns it around (a long of 900 sold down to a short of 900 is new risk on the other
    /// side, whatever its size).
    static func addsRisk(held: Double, change: Double) -> Bool {
        let projected = held + change
        return abs(projected) > abs(held) + 1e-12 || held * projected < 0
    }

    /// ``evaluate(_:portfolio:instrument:referencePrice:at:)`` given the order's fields: the
    /// engine passes them straight from its order book, so deciding copies no `Order`.
    /// Inlined into the engine's submit path, which otherwise copies the whole manager for the
    /// call's `self` on every order; so it holds only the common decisions (an order that adds
    /// no risk, or no halt and no limit to check it against) and leaves the others to
    /// ``evaluateAddingRisk(id:symbol:side:requested:held:portfolio:instrument:referencePrice:at:pending:)``:
    /// with every check in it, the submit path grew too large to inline it at all.
    ///
    /// It changes nothing: it is `mutating` only so that the engine passes its manager by
    /// address to the out-of-line rest; non-mutating, the manager was copied (152 bytes) for
    /// it on every order, whether it was called or not.
    @inline(__always)
    mutating func evaluate(id: ClientOrderID, symbol: String, side: OrderSide, quantity: OrderQuantity, role: OrderRole,
                           portfolio: Portfolio, instrument: Int, referencePrice: Double, at time: Timestamp,
                           pending: PendingExposure) -> RiskDecision {
        // The position once the working orders have filled.
        let held = portfolio.positions[instrument].quantity + pending.quantity
        let requested: Double
        switch quantity {
        case .units(let units): requested = units
        case .entirePosition: requested = held * side.sign < 0 ? abs(held) : 0
        case .fractionOfBuyingPower(let fraction):
            // Sized at the fill from the buying power then, which includes what working
            // orders that reduce positions release (a close sent with it fills first).
            let buyingPower = portfolio.freeMargin + pending.releasedMargin
            requested = referencePrice > 0 ? fraction * buyingPower / portfolio.instruments[instrument].marginRequirement / referencePrice : 0
        }
        guard role == .primary && Self.addsRisk(held: held, change: side.sign * requested) else {
            return RiskDecision(orderID: id, symbol: symbol, time: time, outcome: .approved, rule: nil,
                                reason: "reduces risk", requestedQuantity: requested, approvedQuantity: requested)
        }
        if !checksAddedRisk {
            return RiskDecision(orderID: id, symbol: symbol, time: time, outcome: .approved, rule: nil,
                                reason: "within limits", requestedQuantity: requested, approvedQuantity: requested)
        }
        return evaluateAddingRisk(id: id, symbol: symbol, side: side, requested: requested, held: held,
                                  portfolio: portfolio, instrument: instrument, referencePrice: referencePrice, at: time,
                                  pending: pending)
    }

    /// Whether an order that adds risk has a halt or a limit to be checked against: the
    /// kill switch or the drawdown halt is on, or a daily loss, open-position or notional
    /// limit is set. Without one, ``evaluateAddingRisk(id:symbol:side:requested:held:portfolio:instrument:referencePrice:at:pending:)``
    /// approves it "within limits", so ``evaluate(id:symbol:side:quantity:role:portfolio:instrument:referencePrice:at:pending:)``
    /// decides that inline.
    @inline(__always)
    var checksAddedRisk: Bool {
        isKillSwitchActive || isDrawdownHalted || limits.dailyLossLimit != nil || limits.maximumOpenPositions != nil
            || limits.hasNotionalLimits
    }

    /// The rest of ``evaluate(id:symbol:side:quantity:role:portfolio:instrument:referencePrice:at:pending:)``:
    /// the halts and limits for an order that adds risk, `requested` units to a position of
    /// `held` (the working orders included). `mutating` only to be passed by address.
    @inline(never)
    mutating func evaluateAddingRisk(id: ClientOrderID, symbol: String, side: OrderSide, requested: Double, held: Double,
                                     portfolio: Portfolio, instrument: Int, referencePrice: Double, at time: Timestamp,
                                     pending: PendingExposure) -> RiskDecision {
        let equity = portfolio.equity
        func decision(_ outcome: RiskOutcome, _ rule: RiskRule?, _ reason: String, _ approved: Double) -> RiskDecision {
            RiskDecision(orderID: id, symbol: symbol, time: time, outcome: outcome, rule: rule,
                         reason: reason, requestedQuantity: requested, approvedQuantity: approved)
        }
        if isKillSwitchActive { return decision(.rejected, .killSwitch, "kill switch active: no new risk", 0) }
        if isDrawdownHalted {
            return decision(.rejected, .drawdownHalt, "drawdown halt: equity fell more than \(limits.maximumDrawdown ?? 0) below its peak \(peakEquity)", 0)
        }
        if let limit = limits.dailyLossLimit, dayStartEquity > 0, equity < dayStartEquity * (1 - limit) {
            return decision(.rejected, .dailyLossLimit, "daily loss limit \(limit) reached: equity \(equity) vs day start \(dayStartEquity)", 0)
        }
        if let limit = limits.maximumOpenPositions, held == 0, portfolio.openPositionCount + pending.openings >= limit {
            let count = portfolio.openPositionCount + pending.openings
            return decision(.rejected, .maximumOpenPositions, "\(count) positions open or being opened, limit \(limit)", 0)
        }
        guard limits.hasNotionalLimits else { return decision(.approved, nil, "within limits", requested) }
        guard referencePrice > 0 && referencePrice.isFinite else {
            return decision(.rejected, .noReferencePrice, "no price yet for \(symbol) to check the limits against", 0)
        }
        let instrumentInfo = portfolio.instruments[instrument]
        let price = referencePrice
        var quantity = requested
        var binding: (RiskRule, String)?
        func cap(_ allowed: Double, _ rule: RiskRule, _ reason: String) {
            let rounded = Swift.max(0, instrumentInfo.roundedToLot(allowed))
            if rounded < quantity {
                quantity = rounded
                binding = (rule, reason)
            }
        }
        if let limit = limits.maximumOrderNotional, price > 0 {
            cap(limit / price, .maximumOrderNotional, "order notional capped at \(limit)")
        }
        let closing = held * side.sign < 0 ? abs(held) : 0
        if let limit = limits.maximumPositionFraction, price > 0 {
            let maximumUnits = limit * equity / price
            cap(closing + maximumUnits - (closing > 0 ? 0 : abs(held)), .maximumPositionFraction,
                "position capped at \(limit) of equity \(equity)")
        }
        if let limit = limits.maximumAssetClassFraction[instrumentInfo.assetClass], price > 0 {
            var classExposure = 0.0
            for (index, position) in portfolio.positions.enumerated() where portfolio.instruments[index].assetClass == instrumentInfo.assetClass {
                classExposure += abs(position.marketValue)
            }
            let room = Swift.max(0, limit * equity - classExposure) / price
            cap(closing * 2 + room, .maximumAssetClassExposure, "\(instrumentInfo.assetClass) exposure capped at \(limit) of equity")
        }
        if let limit = limits.maximumGrossLeverage, price > 0 {
            let room = Swift.max(0, limit * equity - portfolio.grossExposure) / price
            cap(closing * 2 + room, .maximumGrossLeverage, "gross leverage capped at \(limit)")
        }
        guard let (rule, reason) = binding else { return decision(.approved, nil, "within limits", requested) }
        if quantity <= closing {
            return decision(.rejected, rule, reason + ": no room for new risk", 0)
        }
        return decision(.resized, rule, reason + ": resized from \(requested) to \(quantity)", quantity)
    }
}

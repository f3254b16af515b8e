import TradingCore

/// An equity curve with one point per calendar day from 2020-01-01 (UTC midnight).
func dailyCurve(_ equity: [Double], exposure: [Double]? = nil, spacingSeconds: Int64 = 86_400) -> EquityCurve {
    var curve = EquityCurve()
    let start = Timestamp(year: 2020, month: 1, day: 1).secondsSinceEpoch
    for (index, value) in equity.enumerated() {
        let gross = exposure?[index] ?? value
        curve.append(
            timestamp: Timestamp(secondsSinceEpoch: start + Int64(index) * spacingSeconds),
            equity: value, cash: value - gross, grossExposure: gross, netExposure: gross
        )
    }
    return curve
}

/// A long trade from 2020-01-01 to 2020-01-02 with the given prices and commission.
func makeTrade(entry: Double, exit: Double, quantity: Double = 1, commission: Double = 0, side: PositionSide = .long) -> Trade {
    Trade(
        symbol: "TEST", side: side, quantity: quantity,
        entryTime: Timestamp(year: 2020, month: 1, day: 1), entryPrice: entry,
        exitTime: Timestamp(year: 2020, month: 1, day: 2), exitPrice: exit,
        commission: commission, barsHeld: 1
    )
}

/// `|actual − expected| ≤ tolerance × max(1, |expected|)`.
func isClose(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-12) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= tolerance * max(1, abs(expected))
}

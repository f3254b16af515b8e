/// Wilder-smoothed average gain and loss of successive differences, as TA-Lib's `RSI` and
/// `CMO` compute them (`ta_RSI.c`, `ta_CMO.c`, default compatibility, unstable period 0).
///
/// The first averages are the plain means of the first `period` gains and losses (values
/// 1…period against their predecessors); after that Wilder's `avg = (avg · (period − 1) + new) /
/// period`, evaluated as `avg · ((period − 1)/period) + new · (1/period)` so that each step is one
/// multiply-add on the dependency chain (within an ulp or two of TA-Lib's operation order; the
/// recursion is contracting, so the difference does not grow).
@usableFromInline
struct WilderGainLoss: Sendable {
    @usableFromInline let period: Int
    @usableFromInline var previous = 0.0
    @usableFromInline var gain = 0.0
    @usableFromInline var loss = 0.0
    /// Values consumed, saturating at `period + 1`.
    @usableFromInline var seen = 0

    /// `(period − 1) / period` and `1 / period`.
    @usableFromInline let retained: Double
    @usableFromInline let share: Double

    @usableFromInline
    init(period: Int) {
        self.period = period
        retained = Double(period - 1) / Double(period)
        share = 1 / Double(period)
    }

    @inlinable var isReady: Bool { seen > period }

    /// Consumes one value; returns whether the averages are ready.
    @inlinable
    mutating func push(_ value: Double) -> Bool {
        defer { previous = value }
        if seen > period {
            let change = value - previous
            // Branch-free Wilder step: avg · (p − 1)/p + new / p, the new gain or loss picked by
            // selects (a NaN change goes to the gains, as in TA-Lib's `if change < 0`).
            gain = gain * retained + (change < 0 ? 0 : change) * share
            loss = loss * retained + (change < 0 ? -change : 0) * share
            return true
        }
        seen += 1
        guard seen > 1 else { return false }
        let change = value - previous
        if change < 0 { loss -= change } else { gain += change }
        guard seen > period else { return false }
        loss /= Double(period)
        gain /= Double(period)
        return true
    }

    @inlinable
    mutating func reset() {
        previous = 0
        gain = 0
        loss = 0
        seen = 0
    }
}

/// Wilder-smoothed average gain and loss of successive differences, as TA-Lib's `RSI` and
/// `CMO` compute them (`ta_RSI.c`, `ta_CMO.c`, default compatibility, unstable period 0).
///
/// The first averages are the plain means of the first `period` gains and losses (values
/// 1…period against their predecessors); after that `avg = (avg · (period − 1) + new) / period`.
@usableFromInline
struct WilderGainLoss: Sendable {
    @usableFromInline let period: Int
    @usableFromInline var previous = 0.0
    @usableFromInline var gain = 0.0
    @usableFromInline var loss = 0.0
    /// Values consumed, saturating at `period + 1`.
    @usableFromInline var seen = 0

    @usableFromInline
    init(period: Int) { self.period = period }

    @inlinable var isReady: Bool { seen > period }

    /// Consumes one value; returns whether the averages are ready.
    @inlinable
    mutating func push(_ value: Double) -> Bool {
        defer { previous = value }
        if seen > period {
            let change = value - previous
            let weight = Double(period - 1)
            loss *= weight
            gain *= weight
            if change < 0 { loss -= change } else { gain += change }
            loss /= Double(period)
            gain /= Double(period)
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

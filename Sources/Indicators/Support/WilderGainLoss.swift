/// Wilder-smoothed average gain and loss of successive differences, as TA-Lib's `RSI` and
/// `CMO` compute them (`ta_RSI.c`, `ta_CMO.c`, default compatibility, unstable period 0).
///
/// The first averages are the means of the first `period` gains and losses (values
/// 1…period against their predecessors); after that Wilder's `avg = (avg · (period − 1) + new) /
/// period`. The two TA-Lib functions differ in one operation, reproduced so that the averages
/// are TA-Lib's to the bit: `CMO` divides by `period`, while `RSI` multiplies by a
/// precomputed `1/period` and forms the loss as `(gain − change) + loss · (period − 1)`, with
/// `gain = max(change, 0)` (TA-Lib 0.8's branch-free form, read from its machine code).
@usableFromInline
struct WilderGainLoss: Sendable {
    @usableFromInline let period: Int
    @usableFromInline var previous = 0.0
    @usableFromInline var gain = 0.0
    @usableFromInline var loss = 0.0
    /// Values consumed, saturating at `period + 1`.
    @usableFromInline var seen = 0

    /// `period − 1`, `period` and `1 / period`.
    @usableFromInline let retained: Double
    @usableFromInline let divisor: Double
    @usableFromInline let reciprocal: Double

    @usableFromInline
    init(period: Int) {
        self.period = period
        retained = Double(period - 1)
        divisor = Double(period)
        reciprocal = 1 / Double(period)
    }

    @inlinable var isReady: Bool { seen > period }

    /// Consumes one value; returns whether the averages are ready.
    ///
    /// - Parameter reciprocal: `true` for `RSI`'s arithmetic (multiply by `1/period`),
    ///   `false` for `CMO`'s (divide by `period`); a literal at every call site, so the
    ///   inlined update has no branch on it.
    @inlinable @inline(__always)
    mutating func push(_ value: Double, reciprocal: Bool) -> Bool {
        defer { previous = value }
        let change = value - previous
        // max(change, 0) by a select: a NaN change gives 0, so the NaN reaches the loss.
        let up = 0 < change ? change : 0
        if seen > period {
            if reciprocal {
                gain = (gain * retained + up) * self.reciprocal
                loss = ((up - change) + loss * retained) * self.reciprocal
            } else {
                gain = (gain * retained + up) / divisor
                loss = (loss * retained + (up - change)) / divisor
            }
            return true
        }
        seen += 1
        guard seen > 1 else { return false }
        gain += up
        loss += up - change
        guard seen > period else { return false }
        if reciprocal {
            gain *= self.reciprocal
            loss *= self.reciprocal
        } else {
            gain /= divisor
            loss /= divisor
        }
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

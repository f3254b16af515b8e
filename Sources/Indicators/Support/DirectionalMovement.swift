import TradingCore

/// Wilder's smoothed directional movement and true range, in TA-Lib's arithmetic
/// (`ta_PLUS_DI.c`, `ta_MINUS_DI.c`, `ta_ADX.c`, unstable period 0).
///
/// For each bar after the first: `up = high − previous high`, `down = previous low − low`;
/// `−DM = down` when `down > 0` and `up < down`, else `+DM = up` when `up > 0` and `up > down`.
/// Bars 2…period are summed; from bar `period + 1` on each sum `s` becomes
/// `s − s / period + new`.
@usableFromInline
struct DirectionalMovement: Sendable {
    @usableFromInline let period: Int
    @usableFromInline var previousHigh = 0.0
    @usableFromInline var previousLow = 0.0
    @usableFromInline var previousClose = 0.0
    @usableFromInline var plus = 0.0
    @usableFromInline var minus = 0.0
    @usableFromInline var range = 0.0
    /// The latest bar's raw movement and true range (used by period 1).
    @usableFromInline var lastPlus = 0.0
    @usableFromInline var lastMinus = 0.0
    @usableFromInline var lastRange = 0.0
    /// Bars consumed, saturating at `period + 1`.
    @usableFromInline var seen = 0

    @usableFromInline
    init(period: Int) {
        precondition(period > 0, "directional movement period must be positive")
        self.period = period
    }

    /// Consumes one bar; returns whether the smoothed sums are ready (from bar `period + 1`).
    @inlinable
    mutating func push(_ bar: Bar) -> Bool {
        defer {
            previousHigh = bar.high
            previousLow = bar.low
            previousClose = bar.close
        }
        if seen <= period { seen += 1 }
        guard seen > 1 else { return false }
        let up = bar.high - previousHigh
        let down = previousLow - bar.low
        lastPlus = 0
        lastMinus = 0
        if down > 0 && up < down {
            lastMinus = down
        } else if up > 0 && up > down {
            lastPlus = up
        }
        if !(up.isFinite && down.isFinite) {
            lastPlus = .nan
            lastMinus = .nan
        }
        lastRange = TrueRange.trueRange(high: bar.high, low: bar.low, previousClose: previousClose)
        if seen <= period {
            plus += lastPlus
            minus += lastMinus
            range += lastRange
            return false
        }
        let divisor = Double(period)
        plus = plus - plus / divisor + lastPlus
        minus = minus - minus / divisor + lastMinus
        range = range - range / divisor + lastRange
        return true
    }

    /// `+DI = 100 · +DM / TR`, 0 when TR is 0.
    @inlinable var plusIndicator: Double { TALibThresholds.isZero(range) ? 0 : 100 * (plus / range) }
    /// `−DI = 100 · −DM / TR`, 0 when TR is 0.
    @inlinable var minusIndicator: Double { TALibThresholds.isZero(range) ? 0 : 100 * (minus / range) }

    @inlinable
    mutating func reset() {
        plus = 0
        minus = 0
        range = 0
        seen = 0
    }
}

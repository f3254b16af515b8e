import TradingCore

/// Wilder's parabolic stop-and-reverse (TA-Lib `SAR`).
///
/// Follows `ta_SAR.c` step by step: the first direction is short when the second bar's
/// −DM (previous low − low, when larger than the up-move) is positive, long otherwise; the
/// first SAR is the first bar's low (long) or high (short) and the extreme point the second
/// bar's high (long) or low (short). Each bar then either reverses (SAR jumps to the extreme
/// point, acceleration restarts) or advances `SAR += af · (EP − SAR)` — one fused
/// multiply-add, rounded once, as TA-Lib 0.8 computes it (bit for bit equal on the reference
/// files; two roundings differed in the last bit on ~3 % of bars and could move a reversal
/// by a bar on an exact tie) — `af` growing by
/// `acceleration` at each new extreme up to `maximum`; SAR never enters the last two bars'
/// range. Warm-up: 2 bars. A non-finite field makes every later output NaN until `reset()`.
public struct ParabolicStopAndReverse: Indicator {
    /// The acceleration-factor step and start.
    public let acceleration: Double
    /// The acceleration-factor cap.
    public let maximum: Double
    @usableFromInline var isLong = false
    @usableFromInline var stop = 0.0
    @usableFromInline var extremePoint = 0.0
    @usableFromInline var factor = 0.0
    @usableFromInline var previousHigh = 0.0
    @usableFromInline var previousLow = 0.0
    @usableFromInline var seen = 0

    /// Creates a parabolic SAR.
    ///
    /// - Parameters:
    ///   - acceleration: step and start of the acceleration factor; default 0.02. As in TA-Lib,
    ///     an acceleration above `maximum` is lowered to it.
    ///   - maximum: the factor's cap; default 0.2.
    /// - Precondition: both are non-negative.
    public init(acceleration: Double = 0.02, maximum: Double = 0.2) {
        precondition(acceleration >= 0 && maximum >= 0, "SAR acceleration and maximum must be non-negative")
        self.acceleration = Swift.min(acceleration, maximum)
        self.maximum = maximum
    }

    /// 2 bars.
    @inlinable public var warmUpPeriod: Int { 2 }
    /// Whether two bars have been seen.
    @inlinable public var isReady: Bool { seen >= 2 }

    /// Consumes one bar; returns the stop for this bar once warmed up.
    #if compiler(>=6.3)
    @inline(always)  // otherwise an out-of-line call per update; see RollingSum.push(_:)
    #else
    @inline(__always)
    #endif
    @inlinable
    public mutating func update(_ bar: Bar) -> Double? {
        let high = bar.high, low = bar.low
        if seen == 0 {
            seen = 1
            previousHigh = high
            previousLow = low
            return nil
        }
        var lastHigh = previousHigh, lastLow = previousLow
        if seen == 1 {
            seen = 2
            let up = high - previousHigh
            let down = previousLow - low
            isLong = !(down > 0 && up < down)
            factor = acceleration
            if isLong {
                extremePoint = high
                stop = previousLow
            } else {
                extremePoint = low
                stop = previousHigh
            }
            // TA-Lib's first step compares against the second bar itself.
            lastHigh = high
            lastLow = low
        }
        previousHigh = high
        previousLow = low
        guard high.isFinite, low.isFinite else {
            stop = .nan
            extremePoint = .nan
            return .nan
        }
        let output: Double
        if isLong {
            if low <= stop {
                isLong = false
                stop = Swift.max(extremePoint, lastHigh, high)
                output = stop
                factor = acceleration
                extremePoint = low
                stop = stop.addingProduct(factor, extremePoint - stop)
                stop = Swift.max(stop, lastHigh, high)
            } else {
                output = stop
                if high > extremePoint {
                    extremePoint = high
                    factor = Swift.min(factor + acceleration, maximum)
                }
                stop = stop.addingProduct(factor, extremePoint - stop)
                stop = Swift.min(stop, lastLow, low)
            }
        } else {
            if high >= stop {
                isLong = true
                stop = Swift.min(extremePoint, lastLow, low)
                output = stop
                factor = acceleration
                extremePoint = high
                stop = stop.addingProduct(factor, extremePoint - stop)
                stop = Swift.min(stop, lastLow, low)
            } else {
                output = stop
                if low < extremePoint {
                    extremePoint = low
                    factor = Swift.min(factor + acceleration, maximum)
                }
                stop = stop.addingProduct(factor, extremePoint - stop)
                stop = Swift.max(stop, lastHigh, high)
            }
        }
        return output
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        isLong = false
        stop = 0
        extremePoint = 0
        factor = 0
        seen = 0
    }
}

/// TA-Lib's name for ``ParabolicStopAndReverse``.
public typealias SAR = ParabolicStopAndReverse

import TradingCore

/// Williams' ultimate oscillator (TA-Lib `ULTOSC`), 0…100.
///
/// For each bar: buying pressure `bp = close − min(low, previous close)` and true range
/// `tr = max(high, previous close) − min(low, previous close)`. With `Ai = Σbp / Σtr` over the
/// three periods sorted ascending (TA-Lib sorts them, so the shortest always weighs 4):
/// `ULTOSC = 100 · (4·A1 + 2·A2 + A3) / 7`, a term being left out when its range sum is
/// 0. Warm-up: `longest period + 1` bars. A non-finite field makes the outputs
/// whose windows contain it NaN.
public struct UltimateOscillator: Indicator {
    /// The three periods, shortest first.
    public let periods: (Int, Int, Int)
    @usableFromInline var pressure1, pressure2, pressure3: RollingSum
    @usableFromInline var range1, range2, range3: RollingSum
    @usableFromInline var previousClose = 0.0
    @usableFromInline var seen = false

    /// Creates an ultimate oscillator.
    ///
    /// - Parameters: the three periods in any order; TA-Lib accepts 1…100 000 each, defaults
    ///   7, 14 and 28.
    /// - Precondition: every period is positive.
    public init(period1: Int = 7, period2: Int = 14, period3: Int = 28) {
        precondition(period1 > 0 && period2 > 0 && period3 > 0, "UltimateOscillator periods must be positive")
        let sorted = [period1, period2, period3].sorted()
        periods = (sorted[0], sorted[1], sorted[2])
        pressure1 = RollingSum(capacity: sorted[0])
        pressure2 = RollingSum(capacity: sorted[1])
        pressure3 = RollingSum(capacity: sorted[2])
        range1 = pressure1
        range2 = pressure2
        range3 = pressure3
    }

    /// `longest period + 1` bars.
    @inlinable public var warmUpPeriod: Int { periods.2 + 1 }
    /// Whether the longest window is full.
    @inlinable public var isReady: Bool { range3.isFull }

    /// Consumes one bar; returns the oscillator once warmed up.
    @inlinable
    public mutating func update(_ bar: Bar) -> Double? {
        defer { previousClose = bar.close }
        guard seen else {
            seen = true
            return nil
        }
        let trueLow = Swift.min(bar.low, previousClose)
        let trueHigh = Swift.max(bar.high, previousClose)
        var pressure = bar.close - trueLow
        var range = trueHigh - trueLow
        if !(bar.low.isFinite && bar.high.isFinite && bar.close.isFinite && previousClose.isFinite) {
            pressure = .nan
            range = .nan
        }
        pressure1.push(pressure)
        pressure2.push(pressure)
        pressure3.push(pressure)
        range1.push(range)
        range2.push(range)
        range3.push(range)
        guard range3.isFull else { return nil }
        guard !range3.containsNonFinite else { return .nan }
        var total = 0.0
        if !TALibThresholds.isZero(range1.sum) { total += 4 * (pressure1.sum / range1.sum) }
        if !TALibThresholds.isZero(range2.sum) { total += 2 * (pressure2.sum / range2.sum) }
        if !TALibThresholds.isZero(range3.sum) { total += pressure3.sum / range3.sum }
        return 100 * (total / 7)
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        pressure1.removeAll()
        pressure2.removeAll()
        pressure3.removeAll()
        range1.removeAll()
        range2.removeAll()
        range3.removeAll()
        previousClose = 0
        seen = false
    }
}

/// TA-Lib's name for ``UltimateOscillator``.
public typealias ULTOSC = UltimateOscillator

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
    /// The last `periods.2` buying pressures and true ranges (NaN for a bar with a non-finite
    /// field); the three windows are their newest `periods.0`, `periods.1`, `periods.2`.
    @usableFromInline var pressures, ranges: RingBuffer
    /// The sums of the finite pressures and ranges in each window.
    @usableFromInline var pressureSums = (0.0, 0.0, 0.0)
    @usableFromInline var rangeSums = (0.0, 0.0, 0.0)
    /// Non-finite entries in the longest window (which holds the other two).
    @usableFromInline var nonFiniteCount = 0
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
        pressures = RingBuffer(capacity: sorted[2])
        ranges = pressures
    }

    /// `longest period + 1` bars.
    @inlinable public var warmUpPeriod: Int { periods.2 + 1 }
    /// Whether the longest window is full.
    @inlinable public var isReady: Bool { ranges.isFull }

    /// Consumes one bar; returns the oscillator once warmed up.
    #if compiler(>=6.3)
    @inline(always)  // otherwise an out-of-line call per bar; see RollingSum.push(_:)
    #else
    @inline(__always)
    #endif
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
        push(pressure: pressure, range: range)
        guard ranges.isFull else { return nil }
        guard nonFiniteCount == 0 else { return .nan }
        var total = 0.0
        if !TALibThresholds.isZero(rangeSums.0) { total += 4 * (pressureSums.0 / rangeSums.0) }
        if !TALibThresholds.isZero(rangeSums.1) { total += 2 * (pressureSums.1 / rangeSums.1) }
        if !TALibThresholds.isZero(rangeSums.2) { total += pressureSums.2 / rangeSums.2 }
        return 100 * (total / 7)
    }

    /// Slides the three windows by one bar: one ring write per series instead of one per
    /// window, and the sums recomputed exactly from the rings every `periods.2` bars so that
    /// they do not drift.
    @inlinable @inline(__always)
    mutating func push(pressure: Double, range: Double) {
        let held = ranges.count
        let leaving0 = leaving(age: periods.0 - 1), leaving1 = leaving(age: periods.1 - 1), leaving2 = leaving(age: periods.2 - 1)
        Self.slide(&pressureSums.0, &rangeSums.0, pressure, range, leaving: leaving0)
        Self.slide(&pressureSums.1, &rangeSums.1, pressure, range, leaving: leaving1)
        Self.slide(&pressureSums.2, &rangeSums.2, pressure, range, leaving: leaving2)
        if !leaving2.range.isFinite && held == ranges.capacity { nonFiniteCount -= 1 }
        if !range.isFinite { nonFiniteCount += 1 }
        pressures.push(pressure)
        ranges.push(range)
        if ranges.isFull && ranges.start == 0 { recompute() }
    }

    /// The pressure and range about to leave the window of `age + 1` values; NaN for both
    /// while that window is not yet full (it loses nothing).
    #if compiler(>=6.3)
    @inline(always)  // refused as a hint, three times per update; see RollingSum.push(_:)
    #else
    @inline(__always)
    #endif
    @inlinable
    mutating func leaving(age: Int) -> (pressure: Double, range: Double) {
        ranges.count > age ? (pressures.element(age: age), ranges.element(age: age)) : (.nan, .nan)
    }

    /// Adds the entering values to one window's sums and removes the leaving ones, skipping
    /// non-finite values (a bar's pressure and range are finite or NaN together).
    @inlinable @inline(__always)
    static func slide(
        _ pressureSum: inout Double, _ rangeSum: inout Double, _ pressure: Double, _ range: Double,
        leaving: (pressure: Double, range: Double)
    ) {
        let pressureChange = pressure - leaving.pressure, rangeChange = range - leaving.range
        if pressureChange.isFinite && rangeChange.isFinite {
            pressureSum += pressureChange
            rangeSum += rangeChange
        } else {
            if leaving.range.isFinite {
                pressureSum -= leaving.pressure
                rangeSum -= leaving.range
            }
            if range.isFinite {
                pressureSum += pressure
                rangeSum += range
            }
        }
    }

    /// Recomputes the six sums exactly from the rings.
    @usableFromInline @inline(never)
    mutating func recompute() {
        pressureSums = (0, 0, 0)
        rangeSums = (0, 0, 0)
        for age in 0..<periods.2 {
            let pressure = pressures.element(age: age), range = ranges.element(age: age)
            guard range.isFinite else { continue }
            if age < periods.0 {
                pressureSums.0 += pressure
                rangeSums.0 += range
            }
            if age < periods.1 {
                pressureSums.1 += pressure
                rangeSums.1 += range
            }
            pressureSums.2 += pressure
            rangeSums.2 += range
        }
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        pressures.removeAll()
        ranges.removeAll()
        pressureSums = (0, 0, 0)
        rangeSums = (0, 0, 0)
        nonFiniteCount = 0
        previousClose = 0
        seen = false
    }
}

/// TA-Lib's name for ``UltimateOscillator``.
public typealias ULTOSC = UltimateOscillator

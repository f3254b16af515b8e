import TradingCore

/// Williams' ultimate oscillator (TA-Lib `ULTOSC`), 0…100.
///
/// For each bar: buying pressure `bp = close − min(low, previous close)` and true range
/// `tr = max(high, previous close) − min(low, previous close)`. With `Ai = Σbp / Σtr` over the
/// three periods sorted ascending (TA-Lib sorts them, so the shortest always weighs 4):
/// `ULTOSC = 100 · (4·A1 + 2·A2 + A3) / 7`, a term being left out when its range sum is
/// 0. The sums are TA-Lib's to the bit (`ta_ULTOSC.c`): each window's sums start with the
/// first bar of its first full window, and each slide computes `(sum − leaving) + new`, with a
/// drift check as ``RollingSum``'s every `longest period` bars. Warm-up: `longest period + 1`
/// bars. A non-finite field makes the outputs whose windows contain it NaN.
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
    /// window. Until the longest window is full a window only accumulates, from the first bar
    /// of its first full window on (TA-Lib's priming); after that each window slides.
    @inlinable @inline(__always)
    mutating func push(pressure: Double, range: Double) {
        let held = ranges.count
        if held == ranges.capacity {
            let leaving0 = leaving(age: periods.0 - 1), leaving1 = leaving(age: periods.1 - 1), leaving2 = leaving(age: periods.2 - 1)
            Self.slide(&pressureSums.0, &rangeSums.0, pressure, range, leaving: leaving0)
            Self.slide(&pressureSums.1, &rangeSums.1, pressure, range, leaving: leaving1)
            Self.slide(&pressureSums.2, &rangeSums.2, pressure, range, leaving: leaving2)
            if !leaving2.range.isFinite { nonFiniteCount -= 1 }
        } else if range.isFinite {
            if held >= periods.2 - periods.0 {
                pressureSums.0 += pressure
                rangeSums.0 += range
            }
            if held >= periods.2 - periods.1 {
                pressureSums.1 += pressure
                rangeSums.1 += range
            }
            pressureSums.2 += pressure
            rangeSums.2 += range
        }
        if !range.isFinite { nonFiniteCount += 1 }
        pressures.push(pressure)
        ranges.push(range)
        if ranges.isFull && ranges.start == 0 && held == ranges.capacity { checkDrift() }
    }

    /// The pressure and range about to leave the window of `age + 1` values.
    #if compiler(>=6.3)
    @inline(always)  // refused as a hint, three times per update; see RollingSum.push(_:)
    #else
    @inline(__always)
    #endif
    @inlinable
    mutating func leaving(age: Int) -> (pressure: Double, range: Double) {
        (pressures.element(age: age), ranges.element(age: age))
    }

    /// Removes the leaving values from one window's sums and adds the entering ones,
    /// `(sum − leaving) + new` as TA-Lib does, skipping non-finite values (a bar's pressure
    /// and range are finite or NaN together).
    @inlinable @inline(__always)
    static func slide(
        _ pressureSum: inout Double, _ rangeSum: inout Double, _ pressure: Double, _ range: Double,
        leaving: (pressure: Double, range: Double)
    ) {
        let slidPressure = (pressureSum - leaving.pressure) + pressure
        let slidRange = (rangeSum - leaving.range) + range
        if slidPressure.isFinite && slidRange.isFinite {
            pressureSum = slidPressure
            rangeSum = slidRange
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

    /// The drift check: sums the three windows afresh and replaces a window's running sums
    /// when one has drifted from its fresh sum (``RollingSum/hasDrifted(_:from:magnitude:)``,
    /// the bound ``RollingSum/driftBound`` × the window's `Σ|x|`).
    @usableFromInline @inline(never)
    mutating func checkDrift() {
        var fresh = (pressure: (0.0, 0.0, 0.0), range: (0.0, 0.0, 0.0))
        for age in 0..<periods.2 {
            let pressure = pressures.element(age: age), range = ranges.element(age: age)
            guard range.isFinite else { continue }
            if age < periods.0 {
                fresh.pressure.0 += pressure
                fresh.range.0 += range
            }
            if age < periods.1 {
                fresh.pressure.1 += pressure
                fresh.range.1 += range
            }
            fresh.pressure.2 += pressure
            fresh.range.2 += range
        }
        if drifted(pressureSums.0, rangeSums.0, from: (fresh.pressure.0, fresh.range.0), period: periods.0) {
            (pressureSums.0, rangeSums.0) = (fresh.pressure.0, fresh.range.0)
        }
        if drifted(pressureSums.1, rangeSums.1, from: (fresh.pressure.1, fresh.range.1), period: periods.1) {
            (pressureSums.1, rangeSums.1) = (fresh.pressure.1, fresh.range.1)
        }
        if drifted(pressureSums.2, rangeSums.2, from: (fresh.pressure.2, fresh.range.2), period: periods.2) {
            (pressureSums.2, rangeSums.2) = (fresh.pressure.2, fresh.range.2)
        }
    }

    /// Whether the running sums of the window of `period` bars have drifted from `fresh`.
    @usableFromInline
    mutating func drifted(_ pressureSum: Double, _ rangeSum: Double, from fresh: (pressure: Double, range: Double), period: Int) -> Bool {
        RollingSum.hasDrifted(pressureSum, from: fresh.pressure) { magnitude(of: pressures, period: period) }
            || RollingSum.hasDrifted(rangeSum, from: fresh.range) { magnitude(of: ranges, period: period) }
    }

    /// `Σ|x|` over the finite values among the newest `period` of `values`.
    @usableFromInline
    func magnitude(of values: RingBuffer, period: Int) -> Double {
        var values = values, total = 0.0
        for age in 0..<period {
            let value = values.element(age: age)
            if value.isFinite { total += abs(value) }
        }
        return total
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

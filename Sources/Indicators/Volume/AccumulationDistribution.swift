import TradingCore

/// Chaikin's accumulation/distribution line (TA-Lib `AD`).
///
/// `AD += ((close − low) − (high − close)) / (high − low) · volume`, skipping bars with
/// `high ≤ low` (`ta_AD.c`). Warm-up: 1 bar. A non-finite field makes every later output NaN
/// until `reset()`.
public struct AccumulationDistribution: Indicator {
    @usableFromInline var total = 0.0
    @usableFromInline var seen = false

    /// Creates an A/D line.
    public init() {}

    /// 1 bar.
    @inlinable public var warmUpPeriod: Int { 1 }
    /// Whether a bar has been seen.
    @inlinable public var isReady: Bool { seen }

    /// The money-flow volume of one bar, 0 when its range is not positive.
    @inlinable
    static func flow(_ bar: Bar) -> Double {
        let range = bar.high - bar.low
        guard bar.close.isFinite, bar.volume.isFinite, !range.isNaN else { return .nan }
        return range > 0 ? (((bar.close - bar.low) - (bar.high - bar.close)) / range) * bar.volume : 0
    }

    /// Consumes one bar; returns the running A/D total.
    @inlinable
    public mutating func update(_ bar: Bar) -> Double? {
        seen = true
        total += Self.flow(bar)
        return total
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        total = 0
        seen = false
    }
}

/// TA-Lib's name for ``AccumulationDistribution``.
public typealias AD = AccumulationDistribution

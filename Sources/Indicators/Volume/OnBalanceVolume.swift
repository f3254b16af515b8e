import TradingCore

/// Granville's on-balance volume (TA-Lib `OBV`): a running total of volume signed by the
/// direction of the close.
///
/// The first output is the first bar's volume; after that the bar's volume is added when the
/// close rose, subtracted when it fell, and ignored when unchanged (`ta_OBV.c`). Warm-up:
/// 1 bar. A non-finite close or volume makes every later output NaN until `reset()`.
public struct OnBalanceVolume: Indicator {
    @usableFromInline var total = 0.0
    @usableFromInline var previousClose = 0.0
    @usableFromInline var seen = false

    /// Creates an OBV.
    public init() {}

    /// 1 bar.
    @inlinable public var warmUpPeriod: Int { 1 }
    /// Whether a bar has been seen.
    @inlinable public var isReady: Bool { seen }

    /// Consumes one bar; returns the running total.
    @inlinable
    public mutating func update(_ bar: Bar) -> Double? {
        defer { previousClose = bar.close }
        if !seen {
            seen = true
            total = bar.close.isFinite ? bar.volume : .nan
            return total
        }
        if !bar.close.isFinite || !bar.volume.isFinite {
            total = .nan
        } else if bar.close > previousClose {
            total += bar.volume
        } else if bar.close < previousClose {
            total -= bar.volume
        }
        return total
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        total = 0
        previousClose = 0
        seen = false
    }
}

/// TA-Lib's name for ``OnBalanceVolume``.
public typealias OBV = OnBalanceVolume

import TradingCore

/// Wilder's plus directional indicator (TA-Lib `PLUS_DI`): the smoothed upward movement
/// as a percentage of the smoothed true range.
///
/// `Plus DI = 100 · Plus DM(smoothed) / TR(smoothed)` with Wilder's smoothing seeded by the sums
/// over bars 2…period (TA-Lib, unstable period 0); 0 when the range is 0. With
/// `period == 1` TA-Lib returns the unsmoothed ratio `DM / TR` without the factor 100, and so
/// does this type. Warm-up: `period + 1` bars (2 for period 1). A non-finite field makes every
/// later output NaN until `reset()`.
public struct PlusDirectionalIndicator: Indicator {
    /// The smoothing period.
    public let period: Int
    @usableFromInline var movement: DirectionalMovement

    /// Creates the indicator.
    ///
    /// - Parameter period: TA-Lib accepts 1…100 000; default 14.
    /// - Precondition: `period > 0`.
    public init(period: Int = 14) {
        self.period = period
        movement = DirectionalMovement(period: period)
    }

    /// `period + 1` bars.
    @inlinable public var warmUpPeriod: Int { period + 1 }
    /// Whether the smoothing is warmed up.
    @inlinable public var isReady: Bool { movement.seen > period }

    /// Consumes one bar; returns the indicator once warmed up.
    @inlinable
    public mutating func update(_ bar: Bar) -> Double? {
        guard movement.push(bar) else { return nil }
        if period == 1 {
            return movement.lastPlus == 0 || TALibThresholds.isZero(movement.lastRange) ? 0 : movement.lastPlus / movement.lastRange
        }
        return movement.plusIndicator
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() { movement.reset() }
}

/// TA-Lib's name for ``PlusDirectionalIndicator``.
public typealias PLUS_DI = PlusDirectionalIndicator

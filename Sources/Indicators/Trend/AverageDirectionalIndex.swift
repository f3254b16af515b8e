import TradingCore

/// Wilder's average directional index (TA-Lib `ADX`), 0…100: how strongly the market trends.
///
/// `DX = 100 · |+DI − −DI| / (+DI + −DI)` from ``DirectionalMovement``'s smoothed values; the
/// first ADX is the mean of the first `period` DX values, then
/// `ADX = (ADX · (period − 1) + DX) / period`. As in `ta_ADX.c`, a bar whose true range or DI
/// sum is 0 contributes no DX (the sum skips it, the smoothing keeps the previous
/// ADX). Warm-up: `2 · period` bars (TA-Lib lookback `2 · period − 1`). A non-finite field
/// makes every later output NaN until `reset()`.
public struct AverageDirectionalIndex: Indicator {
    /// The smoothing period.
    public let period: Int
    @usableFromInline var movement: DirectionalMovement
    @usableFromInline var index = 0.0
    @usableFromInline var directionalValues = 0

    /// Creates an ADX.
    ///
    /// - Parameter period: TA-Lib accepts 2…100 000; default 14.
    /// - Precondition: `period >= 2`.
    public init(period: Int = 14) {
        precondition(period >= 2, "AverageDirectionalIndex period must be at least 2")
        self.period = period
        movement = DirectionalMovement(period: period)
    }

    /// `2 · period` bars.
    @inlinable public var warmUpPeriod: Int { 2 * period }
    /// Whether `period` DX values have been averaged.
    @inlinable public var isReady: Bool { directionalValues >= period }

    /// Consumes one bar; returns the ADX once warmed up.
    @inlinable
    public mutating func update(_ bar: Bar) -> Double? {
        guard movement.push(bar) else { return nil }
        let dx = currentDX
        if directionalValues < period {
            directionalValues += 1
            if let dx { index += dx }
            guard directionalValues == period else { return nil }
            index /= Double(period)
            return index
        }
        if let dx { index = (index * Double(period - 1) + dx) / Double(period) }
        return index
    }

    /// The DX of the current sums, or `nil` when TA-Lib skips the bar.
    @inlinable
    var currentDX: Double? {
        guard !TALibThresholds.isZero(movement.range) else { return nil }
        let minusDI = 100 * (movement.minus / movement.range)
        let plusDI = 100 * (movement.plus / movement.range)
        let total = minusDI + plusDI
        guard !TALibThresholds.isZero(total) else { return nil }
        return 100 * (Swift.abs(minusDI - plusDI) / total)
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        movement.reset()
        index = 0
        directionalValues = 0
    }
}

/// The term-of-art name for ``AverageDirectionalIndex``.
public typealias ADX = AverageDirectionalIndex

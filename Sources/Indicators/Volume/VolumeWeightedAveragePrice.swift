import TradingCore

/// The rolling volume-weighted average price of the last `period` bars.
///
/// `VWAP = Σ(tp · volume) / Σ volume` over the window, with the typical price
/// `tp = (high + low + close) / 3` standing in for the bar's traded prices (the usual choice
/// when only OHLCV bars are available); NaN when the window's volume is 0. Both sums update
/// in O(1) and are recomputed exactly every `period` updates. Warm-up: `period` bars. A
/// non-finite field makes the outputs whose window contains it NaN.
public struct VolumeWeightedAveragePrice: Indicator {
    /// The window length in bars.
    public let period: Int
    @usableFromInline var turnover: RollingSum
    @usableFromInline var volume: RollingSum

    /// Creates a rolling VWAP.
    ///
    /// - Parameter period: bars in the window; default 20.
    /// - Precondition: `period > 0`.
    public init(period: Int = 20) {
        precondition(period > 0, "VolumeWeightedAveragePrice period must be positive")
        self.period = period
        turnover = RollingSum(capacity: period)
        volume = RollingSum(capacity: period)
    }

    /// `period` bars.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` bars have been seen.
    @inlinable public var isReady: Bool { volume.isFull }

    /// Consumes one bar; returns the window's VWAP once warmed up.
    @inlinable
    public mutating func update(_ bar: Bar) -> Double? {
        let typical = (bar.high + bar.low + bar.close) / 3
        let traded = typical * bar.volume
        turnover.push(traded.isFinite && bar.volume.isFinite ? traded : .nan)
        volume.push(traded.isFinite && bar.volume.isFinite ? bar.volume : .nan)
        guard volume.isFull else { return nil }
        guard !volume.containsNonFinite, volume.sum != 0 else { return .nan }
        return turnover.sum / volume.sum
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        turnover.removeAll()
        volume.removeAll()
    }
}

/// The term-of-art name for ``VolumeWeightedAveragePrice``.
public typealias VWAP = VolumeWeightedAveragePrice

import TradingCore

/// Lambert's commodity channel index (TA-Lib `CCI`).
///
/// With the typical price `tp = (high + low + close) / 3`, its `period` mean `m` and mean
/// absolute deviation `d = Σ|tp − m| / period`: `CCI = (tp − m) / (0.015 · d)`, and 0 when the
/// numerator or `d` is within `1e-14 × |m|` of 0 (`ta_CCI.c` of TA-Lib 0.8, so that a window of
/// identical prices, whose mean carries an ulp of residue, gives 0). Warm-up: `period` bars.
///
/// - Complexity: O(period) per update — the mean absolute deviation around a moving mean
///   has no O(1) update, so every update rescans the window as TA-Lib does. A non-finite field
///   makes the outputs whose window contains it NaN.
public struct CommodityChannelIndex: Indicator {
    /// The window length.
    public let period: Int
    @usableFromInline var typicalPrices: RingBuffer

    /// Creates a CCI.
    ///
    /// - Parameter period: TA-Lib accepts 2…100 000 (1 is accepted here and yields 0); default 14.
    /// - Precondition: `period > 0`.
    public init(period: Int = 14) {
        precondition(period > 0, "CommodityChannelIndex period must be positive")
        self.period = period
        typicalPrices = RingBuffer(capacity: period)
    }

    /// `period` bars.
    @inlinable public var warmUpPeriod: Int { period }
    /// Whether `period` bars have been seen.
    @inlinable public var isReady: Bool { typicalPrices.isFull }

    /// Consumes one bar; returns the CCI once warmed up.
    #if compiler(>=6.3)
    @inline(always)  // otherwise an out-of-line call per update; see RollingSum.push(_:)
    #else
    @inline(__always)
    #endif
    @inlinable
    public mutating func update(_ bar: Bar) -> Double? {
        let typical = (bar.high + bar.low + bar.close) / 3
        typicalPrices.push(typical)
        guard typicalPrices.isFull else { return nil }
        var sum = 0.0
        typicalPrices.forEachInStorageOrder { sum += $0 }
        let mean = sum / Double(period)
        var deviation = 0.0
        typicalPrices.forEachInStorageOrder { deviation += Swift.abs($0 - mean) }
        guard sum.isFinite else { return .nan }
        let distance = typical - mean
        let meanDeviation = deviation / Double(period)
        // Zero within TA-Lib 0.8's dead-zone relative to the average (TA_IS_ZERO_SCALED): a
        // window of identical prices leaves a residue of an ulp in the mean.
        let scale = Swift.abs(mean)
        guard !TALibThresholds.isZeroScaled(distance, scale: scale) && !TALibThresholds.isZeroScaled(meanDeviation, scale: scale) else { return 0 }
        return distance / (0.015 * meanDeviation)
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() { typicalPrices.removeAll() }
}

/// TA-Lib's name for ``CommodityChannelIndex``.
public typealias CCI = CommodityChannelIndex

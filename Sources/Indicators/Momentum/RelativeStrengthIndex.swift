/// Wilder's relative strength index (TA-Lib `RSI`), 0…100.
///
/// `RSI = 100 · avgGain / (avgGain + avgLoss)` with Wilder-smoothed averages seeded by the
/// plain means of the first `period` changes (TA-Lib default, unstable period 0); 0 when both
/// averages are 0 (TA-Lib 0.8). Warm-up: `period + 1` values. A non-finite input
/// makes every later output NaN until `reset()`.
public struct RelativeStrengthIndex: Indicator {
    /// The smoothing period.
    public let period: Int
    @usableFromInline var averages: WilderGainLoss

    /// Creates an RSI.
    ///
    /// - Parameter period: TA-Lib accepts 2…100 000; the default is 14.
    /// - Precondition: `period >= 2`.
    public init(period: Int = 14) {
        precondition(period >= 2, "RelativeStrengthIndex period must be at least 2")
        self.period = period
        averages = WilderGainLoss(period: period)
    }

    /// `period + 1` values.
    @inlinable public var warmUpPeriod: Int { period + 1 }
    /// Whether `period` changes have been seen.
    @inlinable public var isReady: Bool { averages.isReady }

    /// Consumes one value; returns the RSI once warmed up.
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        guard averages.push(value, reciprocal: true) else { return nil }
        let total = averages.gain + averages.loss
        return TALibThresholds.isZero(total) ? 0 : 100 * (averages.gain / total)
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() { averages.reset() }
}

/// The term-of-art name for ``RelativeStrengthIndex``.
public typealias RSI = RelativeStrengthIndex

/// Chande's momentum oscillator (TA-Lib `CMO`), −100…100.
///
/// `CMO = 100 · (avgGain − avgLoss) / (avgGain + avgLoss)` with the same Wilder-smoothed
/// averages as ``RelativeStrengthIndex`` (TA-Lib 0.6+); 0 when both are 0.
/// Warm-up: `period + 1` values. A non-finite input makes every later output NaN until `reset()`.
public struct ChandeMomentumOscillator: Indicator {
    /// The smoothing period.
    public let period: Int
    @usableFromInline var averages: WilderGainLoss

    /// Creates a CMO.
    ///
    /// - Parameter period: TA-Lib accepts 2…100 000; the default is 14.
    /// - Precondition: `period >= 2`.
    public init(period: Int = 14) {
        precondition(period >= 2, "ChandeMomentumOscillator period must be at least 2")
        self.period = period
        averages = WilderGainLoss(period: period)
    }

    /// `period + 1` values.
    @inlinable public var warmUpPeriod: Int { period + 1 }
    /// Whether `period` changes have been seen.
    @inlinable public var isReady: Bool { averages.isReady }

    /// Consumes one value; returns the CMO once warmed up.
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        guard averages.push(value, reciprocal: false) else { return nil }
        let total = averages.gain + averages.loss
        return TALibThresholds.isZero(total) ? 0 : 100 * ((averages.gain - averages.loss) / total)
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() { averages.reset() }
}

/// TA-Lib's name for ``ChandeMomentumOscillator``.
public typealias CMO = ChandeMomentumOscillator

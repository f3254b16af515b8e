import TradingCore

/// The money flow index (TA-Lib `MFI`), 0…100: a volume-weighted RSI of the typical price.
///
/// With `tp = (high + low + close) / 3` and the money flow `tp · volume`, a bar's flow is
/// positive when `tp` rose from the previous bar, negative when it fell and dropped when
/// unchanged; `MFI = 100 · Σpositive / (Σpositive + Σnegative)` over the last `period` bars,
/// and 0 when the total is 0. As in TA-Lib 0.8: a change within `1e-14 × (|tp| + |tp₋₁|)` is
/// no change (the typical prices of 34, 32.7, 33 and 34.1, 32.7, 32.9 differ by 7e-15 in
/// binary), a window of bars without flow is exactly empty, and the positive sum is clamped
/// into `[0, total]`. Warm-up: `period + 1` bars. A non-finite field makes the outputs whose
/// window contains it NaN.
public struct MoneyFlowIndex: Indicator {
    /// The window length.
    public let period: Int
    @usableFromInline var positive: RollingSum
    @usableFromInline var negative: RollingSum
    @usableFromInline var previousTypical = 0.0
    @usableFromInline var seen = false
    /// Consecutive bars without money flow, up to `period` (a window of them is empty).
    @usableFromInline var barsWithoutFlow = 0

    /// Creates an MFI.
    ///
    /// - Parameter period: TA-Lib accepts 2…100 000 (1 is accepted here); default 14.
    /// - Precondition: `period > 0`.
    public init(period: Int = 14) {
        precondition(period > 0, "MoneyFlowIndex period must be positive")
        self.period = period
        positive = RollingSum(capacity: period)
        negative = RollingSum(capacity: period)
    }

    /// `period + 1` bars.
    @inlinable public var warmUpPeriod: Int { period + 1 }
    /// Whether `period` flows have been seen.
    @inlinable public var isReady: Bool { positive.isFull }

    /// Consumes one bar; returns the MFI once warmed up.
    @inlinable
    public mutating func update(_ bar: Bar) -> Double? {
        let typical = (bar.high + bar.low + bar.close) / 3
        defer { previousTypical = typical }
        guard seen else {
            seen = true
            return nil
        }
        let change = typical - previousTypical
        let flow = TALibThresholds.isZeroScaled(change, scale: abs(typical) + abs(previousTypical)) ? 0 : typical * bar.volume
        if !flow.isFinite || !change.isFinite {
            positive.push(.nan)
            negative.push(.nan)
        } else {
            positive.push(change < 0 ? 0 : flow)
            negative.push(change < 0 ? flow : 0)
        }
        barsWithoutFlow = flow == 0 ? Swift.min(barsWithoutFlow + 1, period) : 0
        guard positive.isFull else { return nil }
        guard !positive.containsNonFinite else { return .nan }
        guard barsWithoutFlow < period else { return 0 }
        let total = positive.sum + negative.sum
        guard total > 0 else { return 0 }
        return 100 * (Swift.min(Swift.max(positive.sum, 0), total) / total)
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        positive.removeAll()
        negative.removeAll()
        previousTypical = 0
        seen = false
        barsWithoutFlow = 0
    }
}

/// TA-Lib's name for ``MoneyFlowIndex``.
public typealias MFI = MoneyFlowIndex

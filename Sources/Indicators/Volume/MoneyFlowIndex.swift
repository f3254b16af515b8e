import TradingCore

/// The money flow index (TA-Lib `MFI`), 0…100: a volume-weighted RSI of the typical price.
///
/// With `tp = (high + low + close) / 3` and the money flow `tp · volume`, a bar's flow is
/// positive when `tp` rose from the previous bar, negative when it fell and dropped when
/// unchanged; `MFI = 100 · Σpositive / (Σpositive + Σnegative)` over the last `period` bars,
/// and 0 when the total is 0 (TA-Lib 0.8). Warm-up: `period + 1` bars. A non-finite
/// field makes the outputs whose window contains it NaN.
public struct MoneyFlowIndex: Indicator {
    /// The window length.
    public let period: Int
    @usableFromInline var positive: RollingSum
    @usableFromInline var negative: RollingSum
    @usableFromInline var previousTypical = 0.0
    @usableFromInline var seen = false

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
        let flow = typical * bar.volume
        let change = typical - previousTypical
        if !flow.isFinite || !change.isFinite {
            positive.push(.nan)
            negative.push(.nan)
        } else {
            positive.push(change > 0 ? flow : 0)
            negative.push(change < 0 ? flow : 0)
        }
        guard positive.isFull else { return nil }
        guard !positive.containsNonFinite else { return .nan }
        let total = positive.sum + negative.sum
        return total == 0 ? 0 : 100 * (positive.sum / total)
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        positive.removeAll()
        negative.removeAll()
        previousTypical = 0
        seen = false
    }
}

/// TA-Lib's name for ``MoneyFlowIndex``.
public typealias MFI = MoneyFlowIndex

import TradingCore

extension AverageTrueRange {
    /// Computes the ATR over whole high, low and close columns at once: TA-Lib's call shape
    /// and output shape (aligned with the input, NaN before warm-up), bit-identical to
    /// streaming the same bars through a fresh indicator.
    ///
    /// - Precondition: the three columns have the same length.
    /// - Complexity: O(n).
    @inlinable
    public func values(high: [Double], low: [Double], close: [Double]) -> [Double] {
        precondition(high.count == low.count && low.count == close.count, "columns differ in length")
        let period = self.period, divisor = Double(period), retained = self.retained, share = self.share
        return high.withUnsafeBufferPointer { high in
            low.withUnsafeBufferPointer { low in
                close.withUnsafeBufferPointer { close in
                    [Double](unsafeUninitializedCapacity: close.count) { output, initialized in
                        let count = close.count
                        // Warm-up: the first `period` true ranges (bars 1…period) are summed.
                        let seedEnd = Swift.min(period, count - 1)
                        var average = 0.0
                        if count > 0 { output[0] = .nan }
                        if seedEnd >= 1 {
                            for t in 1...seedEnd {
                                average += TrueRange.trueRangeWithSelects(high: high[t], low: low[t], previousClose: close[t - 1])
                                output[t] = .nan
                            }
                        }
                        if count > period {
                            average /= divisor
                            output[period] = average
                            // Wilder's smoothing, as in `update(_:)`.
                            for t in (period + 1)..<count {
                                let range = TrueRange.trueRangeWithSelects(high: high[t], low: low[t], previousClose: close[t - 1])
                                average = average * retained + range * share
                                output[t] = average
                            }
                        }
                        initialized = count
                    }
                }
            }
        }
    }

    /// The ATR of every bar of `series` (see ``values(high:low:close:)``).
    ///
    /// - Complexity: O(n).
    @inlinable
    public func values(over series: BarSeries) -> [Double] {
        values(high: series.high, low: series.low, close: series.close)
    }
}

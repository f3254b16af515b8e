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
                        var average = 0.0
                        for t in 0..<close.count {
                            guard t > 0 else {
                                output[t] = .nan
                                continue
                            }
                            let range = TrueRange.trueRange(high: high[t], low: low[t], previousClose: close[t - 1])
                            if t > period {
                                average = average * retained + range * share
                                output[t] = average
                            } else {
                                average += range
                                if t == period {
                                    average /= divisor
                                    output[t] = average
                                } else {
                                    output[t] = .nan
                                }
                            }
                        }
                        initialized = close.count
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

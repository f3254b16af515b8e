extension RelativeStrengthIndex {
    /// Computes the RSI of a whole array at once: TA-Lib's output shape (aligned with the
    /// input, NaN before warm-up), bit-identical to streaming the same values through a fresh
    /// indicator, without per-update state traffic.
    ///
    /// - Complexity: O(n).
    @inlinable
    public func values(over inputs: [Double]) -> [Double] {
        let period = self.period
        let retained = averages.retained, reciprocal = averages.reciprocal
        return inputs.withUnsafeBufferPointer { input in
            [Double](unsafeUninitializedCapacity: input.count) { output, initialized in
                // `WilderGainLoss.push(_:reciprocal: true)`'s arithmetic, TA-Lib's.
                var gain = 0.0, loss = 0.0
                let seedEnd = Swift.min(period + 1, input.count)
                for t in 0..<seedEnd {
                    output[t] = .nan
                    guard t > 0 else { continue }
                    let change = input[t] - input[t - 1]
                    let up = 0 < change ? change : 0
                    gain += up
                    loss += up - change
                }
                if input.count > period {
                    gain *= reciprocal
                    loss *= reciprocal
                    var total = gain + loss
                    output[period] = total == 0 ? 0 : 100 * (gain / total)
                    for t in (period + 1)..<input.count {
                        let change = input[t] - input[t - 1]
                        let up = 0 < change ? change : 0
                        gain = (gain * retained + up) * reciprocal
                        loss = ((up - change) + loss * retained) * reciprocal
                        total = gain + loss
                        output[t] = total == 0 ? 0 : 100 * (gain / total)
                    }
                }
                initialized = input.count
            }
        }
    }
}

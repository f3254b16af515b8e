extension RelativeStrengthIndex {
    /// Computes the RSI of a whole array at once: TA-Lib's output shape (aligned with the
    /// input, NaN before warm-up), bit-identical to streaming the same values through a fresh
    /// indicator, without per-update state traffic.
    ///
    /// - Complexity: O(n).
    @inlinable
    public func values(over inputs: [Double]) -> [Double] {
        let period = self.period, divisor = Double(period)
        let retained = averages.retained, share = averages.share
        return inputs.withUnsafeBufferPointer { input in
            [Double](unsafeUninitializedCapacity: input.count) { output, initialized in
                var gain = 0.0, loss = 0.0
                let seedEnd = Swift.min(period + 1, input.count)
                for t in 0..<seedEnd {
                    output[t] = .nan
                    guard t > 0 else { continue }
                    let change = input[t] - input[t - 1]
                    if change < 0 { loss -= change } else { gain += change }
                }
                if input.count > period {
                    loss /= divisor
                    gain /= divisor
                    var total = gain + loss
                    output[period] = total == 0 ? 0 : 100 * (gain / total)
                    for t in (period + 1)..<input.count {
                        let change = input[t] - input[t - 1]
                        gain = gain * retained + (change < 0 ? 0 : change) * share
                        loss = loss * retained + (change < 0 ? -change : 0) * share
                        total = gain + loss
                        output[t] = total == 0 ? 0 : 100 * (gain / total)
                    }
                }
                initialized = input.count
            }
        }
    }
}

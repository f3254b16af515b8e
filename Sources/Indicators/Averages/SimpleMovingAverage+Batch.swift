extension SimpleMovingAverage {
    /// Computes the SMA of a whole array at once: TA-Lib's output shape (aligned with the
    /// input, NaN before warm-up), bit-identical to streaming the same values through a fresh
    /// indicator, without per-update state traffic.
    ///
    /// - Complexity: O(n).
    @inlinable
    public func values(over inputs: [Double]) -> [Double] {
        let period = self.period, divisor = Double(period)
        return inputs.withUnsafeBufferPointer { input in
            [Double](unsafeUninitializedCapacity: input.count) { output, initialized in
                var sum = 0.0, nonFinite = 0, sinceRecompute = 0
                for t in 0..<input.count {
                    let value = input[t]
                    if t >= period {
                        let leaving = input[t - period]
                        if leaving.isFinite && value.isFinite {
                            sum += value - leaving
                        } else {
                            if leaving.isFinite { sum -= leaving } else { nonFinite -= 1 }
                            if value.isFinite { sum += value } else { nonFinite += 1 }
                        }
                    } else if value.isFinite {
                        sum += value
                    } else {
                        nonFinite += 1
                    }
                    sinceRecompute += 1
                    if sinceRecompute == period {
                        sinceRecompute = 0
                        let first = t + 1 - period
                        sum = RollingSum.exactSum(count: period) { input[first + $0] }
                    }
                    output[t] = t < period - 1 || nonFinite > 0 ? .nan : sum / divisor
                }
                initialized = input.count
            }
        }
    }
}

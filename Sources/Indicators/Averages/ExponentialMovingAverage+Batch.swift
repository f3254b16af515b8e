extension ExponentialMovingAverage {
    /// Computes the EMA of a whole array at once: TA-Lib's output shape (aligned with the
    /// input, NaN before warm-up), bit-identical to streaming the same values through a fresh
    /// indicator, without per-update state traffic.
    ///
    /// - Complexity: O(n).
    @inlinable
    public func values(over inputs: [Double]) -> [Double] {
        let period = self.period, smoothing = self.smoothing
        return inputs.withUnsafeBufferPointer { input in
            [Double](unsafeUninitializedCapacity: input.count) { output, initialized in
                var average = 0.0
                let seedEnd = Swift.min(period, input.count)
                for t in 0..<seedEnd {
                    average += input[t]
                    output[t] = .nan
                }
                if input.count >= period {
                    average /= Double(period)
                    output[period - 1] = average
                    for t in period..<input.count {
                        average = average.addingProduct(input[t] - average, smoothing)
                        output[t] = average
                    }
                }
                initialized = input.count
            }
        }
    }
}

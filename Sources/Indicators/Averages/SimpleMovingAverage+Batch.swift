extension SimpleMovingAverage {
    /// Computes the SMA of a whole array at once: TA-Lib's output shape (aligned with the
    /// input, NaN before warm-up), bit-identical to streaming the same values through a fresh
    /// indicator (and so to TA-Lib on ordinary data), without per-update state traffic.
    ///
    /// After the first window, the input is taken in blocks of `period` elements — the
    /// streaming path's drift-check schedule — and each block runs a branch-light loop of
    /// `sum = (sum − leaving) + new` that assumes finite data; a block whose running sum comes
    /// out non-finite is redone with the per-element non-finite bookkeeping.
    ///
    /// - Complexity: O(n).
    @inlinable
    public func values(over inputs: [Double]) -> [Double] {
        let period = self.period, divisor = Double(period)
        return inputs.withUnsafeBufferPointer { input in
            [Double](unsafeUninitializedCapacity: input.count) { output, initialized in
                let count = input.count
                // The first window: plain accumulation, oldest first (as `RollingSum`).
                let warmUp = Swift.min(count, period)
                var sum = 0.0, nonFinite = 0
                for t in 0..<warmUp {
                    let value = input[t]
                    if value.isFinite { sum += value } else { nonFinite += 1 }
                    output[t] = .nan
                }
                guard count >= period else {
                    initialized = count
                    return
                }
                output[period - 1] = nonFinite > 0 ? .nan : sum / divisor
                var blockStart = period
                while blockStart < count {
                    // The drift check after the block's last element, as streaming does.
                    let blockEnd = Swift.min(blockStart + period, count)
                    var fastSum = sum
                    if nonFinite == 0 {
                        for t in blockStart..<blockEnd {
                            fastSum = (fastSum - input[t - period]) + input[t]
                            output[t] = fastSum / divisor
                        }
                    }
                    if nonFinite == 0 && fastSum.isFinite {
                        sum = fastSum
                    } else {
                        for t in blockStart..<blockEnd {
                            RollingSum.slide(&sum, &nonFinite, input[t], leaving: input[t - period])
                            output[t] = nonFinite > 0 ? .nan : sum / divisor
                        }
                    }
                    if blockEnd - blockStart == period {
                        let first = blockEnd - period
                        let fresh = RollingSum.exactSum(count: period) { input[first + $0] }
                        let magnitude = { RollingSum.exactSum(count: period) { abs(input[first + $0]) } }
                        if RollingSum.hasDrifted(sum, from: fresh, magnitude: magnitude) {
                            sum = fresh
                            output[blockEnd - 1] = nonFinite > 0 ? .nan : sum / divisor
                        }
                    }
                    blockStart = blockEnd
                }
                initialized = count
            }
        }
    }
}

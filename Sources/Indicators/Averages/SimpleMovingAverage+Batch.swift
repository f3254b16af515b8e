extension SimpleMovingAverage {
    /// Computes the SMA of a whole array at once: TA-Lib's output shape (aligned with the
    /// input, NaN before warm-up), bit-identical to streaming the same values through a fresh
    /// indicator, without per-update state traffic.
    ///
    /// After the first window, the input is taken in blocks of `period` elements — the
    /// streaming path's exact-recompute schedule — and each block runs a branch-light loop of
    /// `sum += new − leaving` that assumes finite data; a block whose running sum comes out
    /// non-finite is redone with the per-element non-finite bookkeeping.
    ///
    /// - Complexity: O(n).
    @inlinable
    public func values(over inputs: [Double]) -> [Double] {
        let period = self.period, divisor = Double(period)
        return inputs.withUnsafeBufferPointer { input in
            [Double](unsafeUninitializedCapacity: input.count) { output, initialized in
                let count = input.count
                // The first window: plain accumulation, then the exact sum (as `RollingSum`).
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
                sum = RollingSum.exactSum(count: period) { input[$0] }
                output[period - 1] = nonFinite > 0 ? .nan : sum / divisor
                var blockStart = period
                while blockStart < count {
                    // Recompute after the block's last element, as streaming does.
                    let blockEnd = Swift.min(blockStart + period, count)
                    let recomputes = blockEnd - blockStart == period
                    let last = recomputes ? blockEnd - 1 : blockEnd
                    var fastSum = sum
                    if nonFinite == 0 {
                        for t in blockStart..<last {
                            fastSum += input[t] - input[t - period]
                            output[t] = fastSum / divisor
                        }
                    }
                    if nonFinite == 0 && fastSum.isFinite {
                        sum = fastSum
                    } else {
                        for t in blockStart..<last {
                            Self.slide(&sum, &nonFinite, input[t], leaving: input[t - period])
                            output[t] = nonFinite > 0 ? .nan : sum / divisor
                        }
                    }
                    if recomputes {
                        Self.slide(&sum, &nonFinite, input[last], leaving: input[last - period])
                        sum = RollingSum.exactSum(count: period) { input[last + 1 - period + $0] }
                        output[last] = nonFinite > 0 ? .nan : sum / divisor
                    }
                    blockStart = blockEnd
                }
                initialized = count
            }
        }
    }

    /// One slide of the window sum with `RollingSum.push(_:)`'s arithmetic and non-finite
    /// bookkeeping.
    @inlinable @inline(__always)
    static func slide(_ sum: inout Double, _ nonFinite: inout Int, _ value: Double, leaving: Double) {
        let change = value - leaving
        if change.isFinite {
            sum += change
        } else {
            if leaving.isFinite { sum -= leaving } else { nonFinite -= 1 }
            if value.isFinite { sum += value } else { nonFinite += 1 }
        }
    }
}

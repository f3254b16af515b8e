extension BarSeries {
    /// The series aggregated to a coarser ``Timeframe`` with ``BarResampler``: first open,
    /// highest high, lowest low, last close, summed volume, each bar stamped at its bucket's
    /// end. A trailing partial bucket is included, stamped at its bucket's end like the others.
    ///
    /// - Parameters:
    ///   - timeframe: the output bar length.
    ///   - origin: an instant on a bucket boundary (default: the epoch, so days end at UTC midnight).
    /// - Complexity: O(n).
    public func resampled(to timeframe: Timeframe, origin: Timestamp = Timestamp(rawValue: 0)) -> BarSeries {
        var resampler = BarResampler(timeframe: timeframe, origin: origin)
        var output = BarSeries(symbol: symbol)
        func append(_ bar: Bar) {
            do {
                try output.append(bar)
            } catch {
                preconditionFailure("resampled buckets are increasing: \(error)")
            }
        }
        for index in 0..<count {
            resampler.update(self[index], emit: append)
        }
        resampler.flush(append)
        return output
    }
}

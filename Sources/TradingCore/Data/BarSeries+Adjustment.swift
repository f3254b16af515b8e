extension BarSeries {
    /// Back-adjusts the series for corporate actions, so that the latest prices stay as
    /// they are and earlier prices are put on the same scale.
    ///
    /// Method (the CRSP / Yahoo convention): walk from the last bar backwards keeping a
    /// cumulative price factor `P` and volume factor `V`, both starting at 1. Each bar's
    /// open, high, low and close are multiplied by `P` and its volume by `V`. At an action's
    /// ex-date bar `i` (the first bar at or after `exDate`), the bars before `i` get
    /// * a split of `ratio`: `P ← P / ratio`, `V ← V × ratio`;
    /// * a dividend of `amount`: `P ← P × (1 − amount / close[i − 1])`, with the unadjusted
    ///   close of the bar before the ex-date.
    /// Actions before the first bar or after the last, splits with ratio 0 or 1, zero
    /// dividends and dividends not below the previous close are ignored.
    ///
    /// - Parameter actions: the events, in any order.
    /// - Returns: the adjusted series (same timestamps and symbol).
    /// - Complexity: O(n + k log k) for n bars and k actions.
    public func backAdjusted(for actions: [CorporateAction]) -> BarSeries {
        guard count > 1, !actions.isEmpty else { return self }
        var priceStep = [Double](repeating: 1, count: count)
        var volumeStep = [Double](repeating: 1, count: count)
        for action in actions {
            let index = firstIndex(atOrAfter: action.exDate)
            guard index > 0, index < count else { continue }
            switch action {
            case .split(_, let ratio):
                guard ratio > 0, ratio != 1, ratio.isFinite else { continue }
                priceStep[index] /= ratio
                volumeStep[index] *= ratio
            case .dividend(_, let amount):
                let previousClose = close[index - 1]
                guard amount > 0, amount < previousClose else { continue }
                priceStep[index] *= 1 - amount / previousClose
            }
        }
        var open = open, high = high, low = low, close = close, volume = volume
        var priceFactor = 1.0, volumeFactor = 1.0
        for index in stride(from: count - 1, through: 0, by: -1) {
            open[index] *= priceFactor
            high[index] *= priceFactor
            low[index] *= priceFactor
            close[index] *= priceFactor
            volume[index] *= volumeFactor
            priceFactor *= priceStep[index]
            volumeFactor *= volumeStep[index]
        }
        return BarSeries(validatedSymbol: symbol, timestamps: timestamps, open: open, high: high, low: low, close: close, volume: volume)
    }

    /// Back-adjusts with an adjusted-close column: each bar's open, high and low are scaled
    /// by `adjustedClose[i] / close[i]` and the close becomes `adjustedClose[i]`; volume is
    /// unchanged.
    ///
    /// - Precondition: `adjustedClose.count == count`.
    /// - Complexity: O(n).
    public func backAdjusted(toAdjustedClose adjustedClose: [Double]) -> BarSeries {
        precondition(adjustedClose.count == count, "one adjusted close per bar is required")
        var open = open, high = high, low = low, close = close
        for index in 0..<count {
            let ratio = adjustedClose[index] / close[index]
            open[index] *= ratio
            high[index] *= ratio
            low[index] *= ratio
            close[index] = adjustedClose[index]
        }
        return BarSeries(validatedSymbol: symbol, timestamps: timestamps, open: open, high: high, low: low, close: close, volume: volume)
    }

    /// Creates a series from columns already known to be consistent (same lengths, strictly
    /// increasing timestamps), as produced by transforming a valid series.
    init(validatedSymbol symbol: String, timestamps: [Timestamp], open: [Double], high: [Double], low: [Double], close: [Double], volume: [Double]) {
        do {
            try self.init(symbol: symbol, timestamps: timestamps, open: open, high: high, low: low, close: close, volume: volume)
        } catch {
            preconditionFailure("internal inconsistency: \(error)")
        }
    }
}

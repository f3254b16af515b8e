import TradingCore

extension Indicator {
    /// Runs a freshly reset copy of this indicator over `inputs`: the batch form of
    /// ``update(_:)``.
    ///
    /// The result is aligned with the input — element `i` is the output for input `i`, `nil`
    /// while the indicator warms up — and equals what streaming the same inputs gives. `self`
    /// is not modified.
    ///
    /// - Complexity: O(n) updates.
    @inlinable
    public func outputs<Inputs: Sequence<Input>>(over inputs: Inputs) -> [Output?] {
        var indicator = self
        indicator.reset()
        var result: [Output?] = []
        result.reserveCapacity(inputs.underestimatedCount)
        for input in inputs { result.append(indicator.update(input)) }
        return result
    }
}

extension Indicator where Input == Bar {
    /// Runs a freshly reset copy of this indicator over every bar of `series`, aligned with it
    /// (`nil` while warming up).
    ///
    /// - Complexity: O(n) updates.
    @inlinable
    public func outputs(over series: BarSeries) -> [Output?] {
        var indicator = self
        indicator.reset()
        var result: [Output?] = []
        result.reserveCapacity(series.count)
        for index in 0..<series.count { result.append(indicator.update(series[index])) }
        return result
    }
}

extension Indicator where Input == Double {
    /// Runs a freshly reset copy of this indicator over one price column of `series` (the
    /// closes unless `column` says otherwise), aligned with it (`nil` while warming up).
    ///
    /// - Parameter column: picks the column, e.g. `{ $0.volume }`.
    /// - Complexity: O(n) updates.
    @inlinable
    public func outputs(over series: BarSeries, column: (BarSeries) -> [Double] = { $0.close }) -> [Output?] {
        outputs(over: column(series))
    }
}

extension Indicator where Output == Double {
    /// Runs a freshly reset copy of this indicator over `inputs` and returns TA-Lib-style
    /// output: aligned with the input, NaN where the indicator is not ready.
    ///
    /// - Complexity: O(n) updates.
    @inlinable
    public func values<Inputs: Sequence<Input>>(over inputs: Inputs) -> [Double] {
        var indicator = self
        indicator.reset()
        var result: [Double] = []
        result.reserveCapacity(inputs.underestimatedCount)
        for input in inputs { result.append(indicator.update(input) ?? .nan) }
        return result
    }
}

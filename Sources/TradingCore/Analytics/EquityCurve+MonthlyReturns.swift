extension EquityCurve {
    /// The simple return of equity in each calendar month (UTC) the curve covers, in order.
    ///
    /// A month's return is `last equity of the month / last equity of the previous month − 1`;
    /// the first month is measured from the curve's first point. Months without points are
    /// absent; a month whose base equity is not positive (or not finite) is skipped, so
    /// every value is finite. Compounding the returns of consecutive months gives the
    /// return over the whole span.
    ///
    /// - Complexity: O(n).
    public var monthlyReturns: [MonthlyReturn] {
        guard let first = equity.first else { return [] }
        var result: [MonthlyReturn] = []
        var base = first
        var current = timestamps[0].components
        var last = first
        func close() {
            let value = last / base - 1
            if base > 0 && value.isFinite { result.append(MonthlyReturn(year: current.year, month: current.month, value: value)) }
            base = last
        }
        for index in timestamps.indices {
            let date = timestamps[index].components
            if date.year != current.year || date.month != current.month {
                close()
                current = date
            }
            last = equity[index]
        }
        close()
        return result
    }
}

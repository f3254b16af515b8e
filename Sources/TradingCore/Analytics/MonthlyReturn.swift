/// The return of equity over one calendar month (UTC), as shown in a monthly-returns heat map.
public struct MonthlyReturn: Hashable, Sendable, Codable {
    /// The calendar year.
    public var year: Int
    /// The month, 1 through 12.
    public var month: Int
    /// The simple return over the month as a fraction: the month's last equity over the
    /// previous month's last equity (the curve's first equity for its first month), minus 1.
    public var value: Double

    /// Creates a monthly return.
    public init(year: Int, month: Int, value: Double) {
        self.year = year
        self.month = month
        self.value = value
    }
}

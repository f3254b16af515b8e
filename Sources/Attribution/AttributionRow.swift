/// One line of an ``AttributionReport``: the profit and loss assigned to one key of one
/// dimension, e.g. `(symbol, MU, 1234.5)`.
public struct AttributionRow: Hashable, Sendable, Codable {
    /// The dimension the key belongs to.
    public var dimension: AttributionDimension
    /// The factor name, symbol, month (`YYYY-MM`) or strategy name.
    public var key: String
    /// The profit and loss, net of commission, assigned to the key.
    public var pnl: Double

    /// Creates a row.
    ///
    /// - Parameters:
    ///   - dimension: the dimension the key belongs to.
    ///   - key: the factor name, symbol, month or strategy name.
    ///   - pnl: the profit and loss assigned to the key.
    public init(dimension: AttributionDimension, key: String, pnl: Double) {
        self.dimension = dimension
        self.key = key
        self.pnl = pnl
    }
}

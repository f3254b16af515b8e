/// The account at one timestamp: one point of an ``EquityCurve``, and what a ``Broker``
/// reports as its ``AccountSnapshot``.
///
/// The engine appends one per step (``Portfolio/point(at:)``) to its ``EquityCurve``, which
/// stores them column by column.
public struct EquityPoint: Hashable, Sendable, Codable {
    /// The bar timestamp.
    public var timestamp: Timestamp
    /// Cash plus the value of all positions.
    public var equity: Double
    /// Cash.
    public var cash: Double
    /// Σ |position value|.
    public var grossExposure: Double
    /// Σ position value (longs positive, shorts negative).
    public var netExposure: Double

    /// Creates a point.
    public init(timestamp: Timestamp, equity: Double, cash: Double, grossExposure: Double, netExposure: Double) {
        self.timestamp = timestamp
        self.equity = equity
        self.cash = cash
        self.grossExposure = grossExposure
        self.netExposure = netExposure
    }
}

/// A broker account's balances at one instant.
public struct AccountSnapshot: Hashable, Sendable, Codable {
    /// Cash.
    public var cash: Double
    /// Cash plus marked positions.
    public var equity: Double
    /// Σ |position value|.
    public var grossExposure: Double
    /// Σ position value.
    public var netExposure: Double
    /// When the snapshot was taken.
    public var time: Timestamp

    /// Creates a snapshot.
    public init(cash: Double, equity: Double, grossExposure: Double, netExposure: Double, time: Timestamp) {
        self.cash = cash
        self.equity = equity
        self.grossExposure = grossExposure
        self.netExposure = netExposure
        self.time = time
    }
}

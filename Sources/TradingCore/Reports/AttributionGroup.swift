/// PnL split along one dimension (factor, symbol, month, strategy), as written to
/// `attribution.csv` and drawn in the HTML report.
public struct AttributionGroup: Hashable, Sendable {
    /// One part of the split: a key within the dimension and the PnL attributed to it.
    public struct Part: Hashable, Sendable {
        /// The key within the dimension (`"momentum"`, `"GOOG"`, `"2024-03"`, …).
        public var key: String
        /// The PnL attributed to the key, in account currency.
        public var pnl: Double

        /// Creates a part.
        public init(key: String, pnl: Double) {
            self.key = key
            self.pnl = pnl
        }
    }

    /// The dimension's name (`"factor"`, `"symbol"`, `"month"`, `"strategy"`).
    public var dimension: String
    /// The parts, in the order they are written and drawn.
    public var parts: [Part]

    /// Creates a group.
    public init(dimension: String, parts: [Part]) {
        self.dimension = dimension
        self.parts = parts
    }

    /// The sum of the parts' PnL.
    ///
    /// - Complexity: O(parts).
    public var totalPnL: Double { parts.reduce(0) { $0 + $1.pnl } }
}

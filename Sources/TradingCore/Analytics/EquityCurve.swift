/// A portfolio's marked-to-market state at each bar, stored column by column.
///
/// The engine appends one point per timestamp after fills and marking; metrics, reports
/// and attribution read it. Exposures are signed sums of position values (`net`) and sums
/// of their absolute values (`gross`), in account currency.
public struct EquityCurve: Hashable, Sendable, Codable {
    /// The bar timestamps, strictly increasing.
    public private(set) var timestamps: [Timestamp] = []
    /// Equity (cash plus the value of all positions) at each timestamp.
    public private(set) var equity: [Double] = []
    /// Cash at each timestamp.
    public private(set) var cash: [Double] = []
    /// Gross exposure, Σ |position value|, at each timestamp.
    public private(set) var grossExposure: [Double] = []
    /// Net exposure, Σ position value, at each timestamp.
    public private(set) var netExposure: [Double] = []

    /// Creates an empty curve, reserving room for `capacity` points.
    ///
    /// Columns of many megabytes are advised for huge pages (see `HugePages`), so that
    /// filling them costs one page fault per 2 MiB rather than per 4 KiB.
    public init(reservingCapacity capacity: Int = 0) {
        timestamps.reserveCapacity(capacity)
        equity.reserveCapacity(capacity)
        cash.reserveCapacity(capacity)
        grossExposure.reserveCapacity(capacity)
        netExposure.reserveCapacity(capacity)
        timestamps.adviseHugePages()
        equity.adviseHugePages()
        cash.adviseHugePages()
        grossExposure.adviseHugePages()
        netExposure.adviseHugePages()
    }

    /// The number of points.
    @inlinable
    public var count: Int { timestamps.count }

    private enum CodingKeys: String, CodingKey {
        case timestamps, equity, cash, grossExposure, netExposure
    }

    /// Decodes a curve, checking what ``append(timestamp:equity:cash:grossExposure:netExposure:)``
    /// enforces: five columns of one length and strictly increasing timestamps.
    ///
    /// - Throws: `DecodingError.dataCorrupted` naming the column that breaks a rule.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        timestamps = try container.decode([Timestamp].self, forKey: .timestamps)
        equity = try container.decode([Double].self, forKey: .equity)
        cash = try container.decode([Double].self, forKey: .cash)
        grossExposure = try container.decode([Double].self, forKey: .grossExposure)
        netExposure = try container.decode([Double].self, forKey: .netExposure)
        for (key, column) in [(CodingKeys.equity, equity), (.cash, cash), (.grossExposure, grossExposure), (.netExposure, netExposure)]
        where column.count != timestamps.count {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: container.codingPath + [key],
                debugDescription: "\(column.count) values for \(timestamps.count) timestamps"))
        }
        if let index = timestamps.indices.dropFirst().first(where: { timestamps[$0 - 1] >= timestamps[$0] }) {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: container.codingPath + [CodingKeys.timestamps],
                debugDescription: "timestamp \(index) is not after the one before it"))
        }
    }

    /// Whether the curve has no points.
    @inlinable
    public var isEmpty: Bool { timestamps.isEmpty }

    /// Appends `point`.
    ///
    /// - Precondition: its timestamp is after the last point's.
    public mutating func append(_ point: EquityPoint) {
        append(timestamp: point.timestamp, equity: point.equity, cash: point.cash,
               grossExposure: point.grossExposure, netExposure: point.netExposure)
    }

    /// Appends one point.
    ///
    /// - Precondition: `timestamp` is after the last point's timestamp.
    public mutating func append(timestamp: Timestamp, equity: Double, cash: Double, grossExposure: Double, netExposure: Double) {
        precondition(timestamps.last.map { $0 < timestamp } ?? true, "equity curve timestamps must increase")
        timestamps.append(timestamp)
        self.equity.append(equity)
        self.cash.append(cash)
        self.grossExposure.append(grossExposure)
        self.netExposure.append(netExposure)
    }

    /// Appends `points`, column by column (one uniqueness check per column, not per point).
    ///
    /// - Precondition: the timestamps strictly increase, after the last point's.
    /// - Complexity: O(points).
    public mutating func append(contentsOf points: [EquityPoint]) {
        let count = points.count
        for index in points.indices.dropFirst() {
            precondition(points[index - 1].timestamp < points[index].timestamp, "equity curve timestamps must increase")
        }
        // The fields gathered into scratch columns (trivial values: no deinitialization).
        withUnsafeTemporaryAllocation(of: Timestamp.self, capacity: count) { times in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: 4 * count) { values in
                for (index, point) in points.enumerated() {
                    times.initializeElement(at: index, to: point.timestamp)
                    values.initializeElement(at: index, to: point.equity)
                    values.initializeElement(at: count + index, to: point.cash)
                    values.initializeElement(at: 2 * count + index, to: point.grossExposure)
                    values.initializeElement(at: 3 * count + index, to: point.netExposure)
                }
                func column(_ number: Int) -> UnsafeBufferPointer<Double> {
                    UnsafeBufferPointer(rebasing: values[(number * count)..<((number + 1) * count)])
                }
                append(timestamps: UnsafeBufferPointer(times), equity: column(0), cash: column(1), grossExposure: column(2),
                       netExposure: column(3))
            }
        }
    }

    /// Appends points given column by column (equal counts), one copy per column.
    ///
    /// - Precondition: the timestamps strictly increase, after the last point's. Only the
    ///   first is checked here (against the last point): the callers check the rest, or hold
    ///   points that increase by construction (the engine's, one per step, each step's time
    ///   checked against the previous one), so a second pass over every block is not made.
    /// - Complexity: O(points).
    mutating func append(timestamps newTimestamps: UnsafeBufferPointer<Timestamp>, equity newEquity: UnsafeBufferPointer<Double>,
                         cash newCash: UnsafeBufferPointer<Double>, grossExposure newGross: UnsafeBufferPointer<Double>,
                         netExposure newNet: UnsafeBufferPointer<Double>) {
        let count = newTimestamps.count
        precondition(newEquity.count == count && newCash.count == count && newGross.count == count && newNet.count == count,
                     "equity curve columns must have equal counts")
        guard let first = newTimestamps.first else { return }
        precondition(timestamps.last.map { $0 < first } ?? true, "equity curve timestamps must increase")
        timestamps.append(contentsOf: newTimestamps)
        equity.append(contentsOf: newEquity)
        cash.append(contentsOf: newCash)
        grossExposure.append(contentsOf: newGross)
        netExposure.append(contentsOf: newNet)
    }

    /// Drawdown at each point as a fraction of the running equity peak: `equity / peak − 1` (≤ 0).
    ///
    /// - Complexity: O(n).
    public var drawdown: [Double] {
        var peak = -Double.infinity
        return equity.map { value in
            peak = Swift.max(peak, value)
            return peak > 0 ? value / peak - 1 : 0
        }
    }

    /// Per-bar simple returns of equity, `equity[i] / equity[i − 1] − 1`, as the metrics use
    /// them (``PerformanceMetrics/simpleReturns(of:)``): steps from a previous equity that is
    /// not positive, or with a value that is not finite, are skipped, so there may be fewer
    /// than `count − 1` and none is NaN or infinite.
    ///
    /// - Complexity: O(n).
    public var returns: [Double] { PerformanceMetrics.simpleReturns(of: equity) }
}

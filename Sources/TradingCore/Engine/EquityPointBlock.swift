/// The engine's latest equity points, column by column in one fixed buffer, on their way
/// into the ``EquityCurve``.
///
/// The engine writes a point per step. Appending it to the curve's five columns directly
/// would cost five copy-on-write checks and five capacity checks per step; here a point is
/// one check and five stores, and a full block moves into the curve with one copy per column.
/// Each slot holds a value's bit pattern (timestamps and doubles alike), so the five
/// columns share one array.
struct EquityPointBlock: Sendable {
    /// The points a block holds before it moves into the curve.
    static let capacity = 1_024
    /// Column `c` (timestamp, equity, cash, gross exposure, net exposure) of point `i` is
    /// slot `c × capacity + i`.
    private var slots = [UInt64](repeating: 0, count: 5 * capacity)
    /// The number of points held.
    private(set) var count = 0

    /// Whether the block holds no points.
    var isEmpty: Bool { count == 0 }

    /// Whether the block is full (move it into the curve before the next append).
    var isFull: Bool { count == Self.capacity }

    /// Appends `point`.
    ///
    /// - Precondition: the block is not full.
    @inline(__always)
    mutating func append(_ point: EquityPoint) {
        let (index, capacity) = (count, Self.capacity)
        precondition(index < capacity, "equity point block is full")
        slots.withUnsafeMutableBufferPointer { slots in
            slots[index] = UInt64(bitPattern: point.timestamp.rawValue)
            slots[capacity + index] = point.equity.bitPattern
            slots[2 * capacity + index] = point.cash.bitPattern
            slots[3 * capacity + index] = point.grossExposure.bitPattern
            slots[4 * capacity + index] = point.netExposure.bitPattern
        }
        count = index + 1
    }

    /// Appends the points to `curve`, one copy per column.
    ///
    /// - Precondition: their timestamps strictly increase, after the curve's last one (the
    ///   curve checks the first; the engine stages one point per step, and checks each step's
    ///   time against the previous one).
    func append(to curve: inout EquityCurve) {
        guard count > 0 else { return }
        let (count, capacity) = (count, Self.capacity)
        slots.withUnsafeBufferPointer { slots in
            let base = slots.baseAddress!
            base.withMemoryRebound(to: Timestamp.self, capacity: count) { timestamps in
                (base + capacity).withMemoryRebound(to: Double.self, capacity: 4 * capacity) { values in
                    curve.append(timestamps: UnsafeBufferPointer(start: timestamps, count: count),
                                 equity: UnsafeBufferPointer(start: values, count: count),
                                 cash: UnsafeBufferPointer(start: values + capacity, count: count),
                                 grossExposure: UnsafeBufferPointer(start: values + 2 * capacity, count: count),
                                 netExposure: UnsafeBufferPointer(start: values + 3 * capacity, count: count))
                }
            }
        }
    }

    /// Forgets the points (keeps the buffer).
    mutating func removeAll() { count = 0 }
}

/// The momentum: the change over `period` values (TA-Lib `MOM`).
///
/// `MOM(t) = x(t) − x(t−period)`. Warm-up: `period + 1` values. A non-finite input makes the
/// two outputs that use it NaN.
public struct Momentum: Indicator {
    /// How many values back the reference value lies.
    public let period: Int
    @usableFromInline var history: RingBuffer

    /// Creates a momentum indicator.
    ///
    /// - Parameter period: TA-Lib accepts 1…100 000; the default is 10.
    /// - Precondition: `period > 0`.
    public init(period: Int = 10) {
        precondition(period > 0, "Momentum period must be positive")
        self.period = period
        history = RingBuffer(capacity: period + 1)
    }

    /// `period + 1` values.
    @inlinable public var warmUpPeriod: Int { period + 1 }
    /// Whether `period + 1` values have been seen.
    @inlinable public var isReady: Bool { history.isFull }

    /// Consumes one value; returns the change from `period` values ago.
    @inlinable
    public mutating func update(_ value: Double) -> Double? {
        history.push(value)
        guard history.isFull else { return nil }
        let reference = history.oldest
        guard value.isFinite, reference.isFinite else { return .nan }
        return value - reference
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() { history.removeAll() }
}

/// TA-Lib's name for ``Momentum``.
public typealias MOM = Momentum

/// The bars of all instruments that close at one timestamp: what a strategy sees per step.
///
/// Instruments are addressed by index (their position in the run's instrument list); an
/// instrument without a bar at this timestamp (holiday, halt, later listing) reads `nil`.
/// Drivers reuse one slice for the whole run, so stepping allocates nothing.
public struct BarSlice: Sendable {
    /// The close instant shared by the bars.
    @inlinable
    public var timestamp: Timestamp { storedTimestamp }
    @usableFromInline var storedTimestamp: Timestamp
    @usableFromInline var bars: InstrumentValues<Bar>
    @usableFromInline var present: InstrumentValues<Bool>

    /// Creates an empty slice for `instrumentCount` instruments.
    public init(instrumentCount: Int, timestamp: Timestamp = Timestamp(rawValue: 0)) {
        self.storedTimestamp = timestamp
        let empty = Bar(timestamp: timestamp, open: 0, high: 0, low: 0, close: 0, volume: 0)
        bars = InstrumentValues(repeating: empty, count: instrumentCount)
        present = InstrumentValues(repeating: false, count: instrumentCount)
    }

    /// Creates a slice holding `bars` (by instrument index; `nil` for no bar).
    public init(timestamp: Timestamp, bars: [Bar?]) {
        self.init(instrumentCount: bars.count, timestamp: timestamp)
        for (index, bar) in bars.enumerated() {
            if let bar { set(bar, at: index) }
        }
    }

    /// The number of instruments.
    @inlinable
    public var instrumentCount: Int { bars.count }

    /// The bar of instrument `index`, or `nil` when it has none at this timestamp.
    @inlinable
    public subscript(index: Int) -> Bar? { present[index] ? bars[index] : nil }

    /// The close of instrument `index`'s bar (read without building an optional `Bar`), or
    /// NaN when it has no bar at this timestamp (``hasBar(_:)`` is `false`).
    ///
    /// Whether an instrument has a bar depends on the data (a halt, a holiday of its market,
    /// a later listing), so a missing bar reads as NaN, the value that marks missing data
    /// everywhere else (indicators, ``OrderIntent/refusalReason``), rather than trapping.
    ///
    /// - Parameter index: the instrument's index; it must be below ``instrumentCount``.
    @inlinable
    public func close(_ index: Int) -> Double {
        present[index] ? bars[index].close : .nan
    }

    /// Whether instrument `index` has a bar at this timestamp.
    @inlinable
    public func hasBar(_ index: Int) -> Bool { present[index] }

    /// Whether every instrument has a bar at this timestamp.
    ///
    /// - Complexity: O(instruments).
    @inlinable
    public var isComplete: Bool {
        // One instrument (the venue asks on every step): its flag, without setting up the
        // scan of the others (−1 instruction a bar).
        present.count == 1 ? present.first : present.allTrue
    }

    /// Calls `body` with the index and bar of every instrument that has a bar at this
    /// timestamp, in instrument order.
    ///
    /// Cheaper than looping over `0..<instrumentCount` with ``hasBar(_:)`` and ``subscript(_:)``:
    /// the first instrument is read in place and the others without a per-index range check.
    ///
    /// - Complexity: O(instruments).
    @inlinable
    public func forEachBar(_ body: (_ index: Int, _ bar: Bar) throws -> Void) rethrows {
        guard present.count > 0 else { return }
        if present.first { try body(0, bars.first) }
        for offset in present.others.indices where present.others[offset] {
            try body(offset + 1, bars.others[offset])
        }
    }

    /// Makes this one-instrument slice hold `bar` at its timestamp (the single-series feed's
    /// step: no reset pass).
    ///
    /// - Precondition: the slice has exactly one instrument. Not checked here: the one
    ///   caller, ``HistoricalFeed/next()``, calls it only on the slice it made for its one
    ///   series (the check cost six instructions a bar in the run loop).
    @inlinable
    mutating func setSole(_ bar: Bar) {
        storedTimestamp = bar.timestamp
        bars.first = bar
        present.first = true
    }

    /// Starts a new step at `timestamp` with no bars.
    ///
    /// - Complexity: O(instruments).
    public mutating func reset(timestamp: Timestamp) {
        self.storedTimestamp = timestamp
        for index in 0..<present.count { present[index] = false }
    }

    /// Stores the bar of instrument `index`.
    ///
    /// - Precondition: `bar.timestamp == timestamp`.
    public mutating func set(_ bar: Bar, at index: Int) {
        precondition(bar.timestamp == timestamp, "a slice holds bars of one timestamp")
        bars[index] = bar
        present[index] = true
    }
}

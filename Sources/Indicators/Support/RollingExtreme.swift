/// Which extreme a ``RollingExtreme`` tracks, fixed at compile time so the window's inner
/// comparison is a single instruction rather than a branch on a flag.
@usableFromInline
protocol ExtremeOrder: Sendable {
    /// Whether a new value makes an older `candidate` irrelevant (ties favour the newer).
    static func supersedes(_ value: Double, _ candidate: Double) -> Bool
    /// The value every finite value supersedes (−∞ for highs, +∞ for lows).
    static var identity: Double { get }
}

/// The rolling maximum's order.
@usableFromInline
enum Highest: ExtremeOrder {
    @inlinable @inline(__always)
    static func supersedes(_ value: Double, _ candidate: Double) -> Bool { candidate <= value }
    @inlinable static var identity: Double { -.infinity }
}

/// The rolling minimum's order.
@usableFromInline
enum Lowest: ExtremeOrder {
    @inlinable @inline(__always)
    static func supersedes(_ value: Double, _ candidate: Double) -> Bool { candidate >= value }
    @inlinable static var identity: Double { .infinity }
}

/// The maximum or minimum of the last `period` values: the window's values in a ring plus the
/// slot of the current extreme, TA-Lib's own scheme (`ta_MAX.c`, `ta_AROON.c`).
///
/// A pushed value that ties or beats the extreme becomes the extreme (ties keep the newest, as
/// TA-Lib's `AROON` scan with `>=` for highs and `<=` for lows); when the extreme leaves the
/// window, the window is rescanned oldest to newest. One store and one comparison per push
/// otherwise, which is several times cheaper than a monotonic deque on market-like data.
///
/// - Complexity: O(1) per push, plus an O(`period`) rescan each time the extreme leaves the
///   window. On data with no persistent trend the extreme rarely survives its whole window,
///   so this is O(1) amortized in practice; the worst case is a strictly monotonic run against
///   the order (a falling market for the maximum), where every push rescans: O(`period`) per
///   push. Memory: `period` values.
///
/// Non-finite values are stored; the newest one's sequence number tells whether one is inside
/// the window (`containsNonFinite`), and while one is, `extreme` and `extremeAge` are
/// unspecified. Once it leaves, they are again those of the (finite) window.
@usableFromInline
struct RollingExtreme<Order: ExtremeOrder>: Sendable {
    @usableFromInline let period: Int
    /// The last `period` values; the value with sequence number `s` is in slot `s mod period`
    /// (inline for short windows, so a push pays no copy-on-write check).
    @usableFromInline var window: WindowStorage
    /// The slot the next value goes to (= `pushed mod period`).
    @usableFromInline var nextSlot = 0
    /// The window's extreme, or NaN when the window holds no finite value.
    @usableFromInline var extremeValue = Double.nan
    /// Sequence number of the extreme, or −1 when the window holds no finite value.
    @usableFromInline var extremeSequence = -1
    /// Sequence number of the next pushed value (= values pushed so far).
    @usableFromInline var pushed = 0
    /// Sequence number of the newest non-finite value pushed, or −1.
    @usableFromInline var lastNonFinite = -1

    @usableFromInline
    init(period: Int) {
        precondition(period > 0, "period must be positive")
        self.period = period
        window = WindowStorage(capacity: period)
    }

    /// Whether `period` values have been pushed.
    @inlinable var isFull: Bool { pushed >= period }
    /// Whether a non-finite value is inside the window.
    @inlinable var containsNonFinite: Bool { lastNonFinite >= 0 && lastNonFinite > pushed - 1 - period }

    /// The window's extreme (NaN when it holds no finite value; unspecified while
    /// `containsNonFinite`).
    @inlinable var extreme: Double { extremeValue }

    /// How many pushes ago the extreme arrived (0 = the newest value).
    @inlinable var extremeAge: Int { pushed - 1 - extremeSequence }

    /// Slides the window by one value.
    @inlinable @inline(__always)
    mutating func push(_ value: Double) {
        let sequence = pushed
        pushed = sequence + 1
        let slot = nextSlot
        nextSlot = slot + 1 == period ? 0 : slot + 1
        window[slot] = value
        // Selects rather than branches: whether a new value takes over is a coin toss on
        // market data, so a branch would be mispredicted often. `extremeValue` is NaN (so
        // `supersedes` is false) only when `extremeSequence` is −1.
        let finite = value.isFinite
        let takesOver = finite && (extremeSequence < 0 || Order.supersedes(value, extremeValue))
        extremeValue = takesOver ? value : extremeValue
        extremeSequence = takesOver ? sequence : extremeSequence
        lastNonFinite = finite ? lastNonFinite : sequence
        // A value that took over is the newest, so it cannot have left the window.
        if extremeSequence >= 0 && extremeSequence <= sequence - period { rescan(newest: sequence) }
    }

    /// Finds the newest extreme of the window ending at `newest` (see
    /// ``newestExtreme(_:oldestSlot:)``).
    @inlinable @inline(__always)
    mutating func rescan(newest: Int) {
        let oldestSlot = nextSlot
        // A short window is rescanned often and cheaply: inline. A longer one through a call
        // that is passed the slots rather than `self`, so the caller's state can stay in
        // registers.
        let (best, offset) = window.withUnsafeBufferPointer { values in
            values.count <= 8
                ? Self.newestExtremeInline(values, oldestSlot: oldestSlot) : Self.newestExtreme(values, oldestSlot: oldestSlot)
        }
        extremeValue = offset < 0 ? .nan : best
        extremeSequence = offset < 0 ? -1 : newest - period + 1 + offset
    }

    /// ``newestExtremeInline(_:oldestSlot:)`` for a longer window, out of line and with
    /// branches (over a long window a new extreme is rarely found, so they are well
    /// predicted). Inlinable so that clients specialize it for `Order`; never inlined, as it is
    /// the cold path.
    @inlinable @inline(never)
    static func newestExtreme(_ values: UnsafeBufferPointer<Double>, oldestSlot: Int) -> (value: Double, offset: Int) {
        let period = values.count
        var best = Order.identity, bestOffset = -1
        // Oldest to newest: slots oldestSlot..<period, then 0..<oldestSlot.
        for slot in oldestSlot..<period where Order.supersedes(values[slot], best) {
            best = values[slot]
            bestOffset = slot - oldestSlot
        }
        let wrapped = period - oldestSlot
        for slot in 0..<oldestSlot where Order.supersedes(values[slot], best) {
            best = values[slot]
            bestOffset = wrapped + slot
        }
        return (best, bestOffset)
    }

    /// The newest extreme of a full window whose oldest value is in `oldestSlot`, and its
    /// offset from the oldest (−1 when the window holds no finite value). NaN never
    /// supersedes, so it is skipped; an infinity may become the extreme, but only while it is
    /// in the window, when `containsNonFinite` makes the extreme irrelevant.
    @inlinable @inline(__always)
    static func newestExtremeInline(_ values: UnsafeBufferPointer<Double>, oldestSlot: Int) -> (value: Double, offset: Int) {
        let period = values.count
        var best = Order.identity, bestOffset = -1
        // Oldest to newest, one loop of `period` steps (a fixed trip count) with selects
        // (whether a value supersedes is unpredictable).
        var slot = oldestSlot
        for offset in 0..<period {
            let value = values[slot]
            let supersedes = Order.supersedes(value, best)
            best = supersedes ? value : best
            bestOffset = supersedes ? offset : bestOffset
            slot = slot + 1 == period ? 0 : slot + 1
        }
        return (best, bestOffset)
    }

    @inlinable
    mutating func removeAll() {
        nextSlot = 0
        extremeValue = .nan
        extremeSequence = -1
        pushed = 0
        lastNonFinite = -1
    }
}

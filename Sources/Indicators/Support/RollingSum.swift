/// A windowed sum of `Double`s that tolerates non-finite inputs and does not drift.
///
/// Non-finite inputs (NaN, ±∞) are counted rather than added, so `containsNonFinite` says
/// whether the window holds one and the sum recovers once it leaves. Each slide adds
/// `new − leaving` (one dependent addition per update), which accumulates rounding error, so
/// the sum is recomputed exactly from the window after every `capacity` updates
/// (``exactSum(count:_:)``, when the window fills and whenever its oldest slot wraps to 0): O(1) amortized, and the error stays that of one window no matter
/// how long the run.
@usableFromInline
struct RollingSum: Sendable {
    @usableFromInline var window: RingBuffer
    @usableFromInline var sum: Double = 0
    @usableFromInline var nonFiniteCount = 0

    @usableFromInline
    init(capacity: Int) { window = RingBuffer(capacity: capacity) }

    @inlinable var isFull: Bool { window.isFull }
    @inlinable var containsNonFinite: Bool { nonFiniteCount > 0 }

    /// Slides the window by one value.
    ///
    /// Inlined into every caller, guaranteed from Swift 6.3 on (`@inline(always)`, SE-0496):
    /// the optimizer treats `@inline(__always)` as a hint and refuses it for a function as
    /// large as this one (with the window sum recomputed inline), which left the update of
    /// every SMA-based indicator an out-of-line call that keeps its running state in memory
    /// (STOCH: 340 instructions per update instead of 298, 19 M updates/s instead of 23.5 at
    /// best). Earlier compilers fall back to the hint. Every other use of `@inline(always)`
    /// in the module (the SMA's and `MovingAverage`'s updates, the `update` of ULTOSC, CCI,
    /// BBANDS and others) has the same reason and points here.
    #if compiler(>=6.3)
    @inline(always)
    #else
    @inline(__always)
    #endif
    @inlinable
    mutating func push(_ value: Double) {
        if window.isFull {
            let leaving = window.replaceOldest(with: value)
            // Both finite (the usual case) makes the difference finite, barring overflow,
            // which the slow path handles like any other case.
            let change = value - leaving
            if change.isFinite {
                sum += change
            } else {
                if leaving.isFinite { sum -= leaving } else { nonFiniteCount -= 1 }
                if value.isFinite { sum += value } else { nonFiniteCount += 1 }
            }
            // The oldest slot wraps back to 0 once every `capacity` slides.
            if window.start == 0 { recompute() }
        } else {
            window.push(value)
            if value.isFinite { sum += value } else { nonFiniteCount += 1 }
            if window.isFull { recompute() }
        }
    }

    /// Recomputes `sum` exactly from the window (``exactSum(count:_:)``).
    ///
    /// `push` calls it only when the window is full and its oldest value sits in slot 0, so
    /// the slots hold the window oldest first and are summed in place: inline for a window of
    /// up to 8 values (recomputed every few updates, where a call would cost more than the
    /// sum), otherwise through ``windowSum(_:)``, a call that is passed the slots rather than
    /// `self`, so the caller's other state can stay in registers.
    #if compiler(>=6.3)
    @inline(always)  // see push(_:)
    #else
    @inline(__always)
    #endif
    @inlinable
    mutating func recompute() {
        assert(window.start == 0 && window.isFull, "the window is re-summed only when its oldest value is in slot 0")
        sum = window.storage.withUnsafeBufferPointer { slots in
            slots.count <= 8 ? Self.windowSumInline(slots) : Self.windowSum(slots)
        }
    }

    /// The exact sum of `slots`, a full window held oldest first.
    @usableFromInline @inline(never)
    static func windowSum(_ slots: UnsafeBufferPointer<Double>) -> Double {
        windowSumInline(slots)
    }

    /// ``windowSum(_:)``, inline.
    @inlinable @inline(__always)
    static func windowSumInline(_ slots: UnsafeBufferPointer<Double>) -> Double {
        exactSum(count: slots.count) { slots[$0] }
    }

    /// The sum of the finite values among `count` values given oldest first, in a fixed
    /// order: four interleaved partial sums (value i goes to lane i mod 4), then
    /// `(lane0 + lane1) + (lane2 + lane3)` — short dependency chains, and the one order both
    /// the streaming and the array paths use, so they agree bit for bit.
    @inlinable @inline(__always)
    static func exactSum(count: Int, _ value: (Int) -> Double) -> Double {
        var lanes = (0.0, 0.0, 0.0, 0.0)
        var index = 0
        while index + 4 <= count {
            let (a, b, c, d) = (value(index), value(index + 1), value(index + 2), value(index + 3))
            if a.isFinite { lanes.0 += a }
            if b.isFinite { lanes.1 += b }
            if c.isFinite { lanes.2 += c }
            if d.isFinite { lanes.3 += d }
            index += 4
        }
        if index < count, case let a = value(index), a.isFinite { lanes.0 += a }
        if index + 1 < count, case let b = value(index + 1), b.isFinite { lanes.1 += b }
        if index + 2 < count, case let c = value(index + 2), c.isFinite { lanes.2 += c }
        return (lanes.0 + lanes.1) + (lanes.2 + lanes.3)
    }

    @inlinable
    mutating func removeAll() {
        window.removeAll()
        sum = 0
        nonFiniteCount = 0
    }
}

/// A windowed sum of `Double`s that tolerates non-finite inputs and does not drift, updated
/// with TA-Lib's arithmetic.
///
/// Non-finite inputs (NaN, ±∞) are counted rather than added, so `containsNonFinite` says
/// whether the window holds one and the sum recovers once it leaves. The first window is
/// summed oldest first and each slide computes `(sum − leaving) + value`, the operations and
/// order of TA-Lib's `periodTotal` (`ta_SMA.c`: add the new value, read, subtract the trailing
/// one), so on ordinary data the sum is TA-Lib's to the bit.
///
/// Drift check: a running sum accumulates rounding, and a huge value that passes through the
/// window leaves an error of its own size behind (TA-Lib keeps it forever). So after every
/// `capacity` slides (whenever the oldest slot wraps to 0) the window is summed afresh
/// (``exactSum(count:_:)``, with `Σ|x|`), and the fresh sum replaces the running one only when
/// they differ by more than ``driftBound`` × `Σ|x|`: O(1) amortized, the error stays that of
/// one window no matter how long the run, and ordinary rounding (~1e-16 × `Σ|x|` per slide)
/// never trips it, so the TA-Lib value is kept. A window of zeros (`Σ|x| = 0`) keeps the
/// residue the values that left it carried, as TA-Lib does (an MFI side without flow, a KAMA
/// path over a flat stretch: replacing the residue by 0 would change TA-Lib's output); it is
/// corrected at the first check whose window holds data again.
@usableFromInline
struct RollingSum: Sendable {
    @usableFromInline var window: RingBuffer
    @usableFromInline var sum: Double = 0
    @usableFromInline var nonFiniteCount = 0

    @usableFromInline
    init(capacity: Int) { window = RingBuffer(capacity: capacity) }

    @inlinable var isFull: Bool { window.isFull }
    @inlinable var containsNonFinite: Bool { nonFiniteCount > 0 }

    /// The largest difference between the running sum and a fresh sum of the window, as a
    /// fraction of the window's `Σ|x|`, that is left alone as rounding: 1e-9. Ordinary rounding
    /// adds ~1e-16 of the largest sum seen per slide and accumulates like a random walk, so
    /// TA-Lib's own sum can drift to ~1e-10 of a window whose values have become small
    /// against earlier ones (a TRIMA of a stochastic after 6 000 bars of MU: 1.06e-10); the
    /// bound leaves that alone, so the value stays TA-Lib's, while the error a 1e14 spike
    /// leaves in a window of 1e4 prices (≥ 0.0078 against `Σ|x|` = 5e5: 1.6e-8, `DriftTests`)
    /// is corrected. An output therefore carries at most 1e-9 of its window's magnitude.
    @inlinable static var driftBound: Double { 1e-9 }

    /// Slides the window by one value.
    ///
    /// Inlined into every caller, guaranteed from Swift 6.3 on (`@inline(always)`, SE-0496):
    /// the optimizer treats `@inline(__always)` as a hint and refuses it for a function as
    /// large as this one (with the window sum checked inline), which left the update of
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
            Self.slide(&sum, &nonFiniteCount, value, leaving: leaving)
            // The oldest slot wraps back to 0 once every `capacity` slides.
            if window.start == 0 { checkDrift() }
        } else {
            window.push(value)
            if value.isFinite { sum += value } else { nonFiniteCount += 1 }
        }
    }

    /// One slide of a window sum: `(sum − leaving) + value` (TA-Lib's order) when both are
    /// finite, which makes the result finite barring overflow; otherwise, or on overflow, the
    /// non-finite one is counted rather than added.
    @inlinable @inline(__always)
    static func slide(_ sum: inout Double, _ nonFinite: inout Int, _ value: Double, leaving: Double) {
        let slid = (sum - leaving) + value
        if slid.isFinite {
            sum = slid
        } else {
            if leaving.isFinite { sum -= leaving } else { nonFinite -= 1 }
            if value.isFinite { sum += value } else { nonFinite += 1 }
        }
    }

    /// The drift check (see the type's comment): re-sums the window and replaces `sum` when
    /// it has drifted by more than ``driftBound`` × `Σ|x|`.
    ///
    /// `push` calls it only when the window is full and its oldest value sits in slot 0, so
    /// the slots hold the window oldest first and are summed in place: inline for a window of
    /// up to 8 values (checked every few updates, where a call would cost more than the
    /// sum), otherwise through ``windowSum(_:)``, a call that is passed the slots rather than
    /// `self`, so the caller's other state can stay in registers. `Σ|x|` is summed only when
    /// the difference exceeds ``driftBound`` × `|Σx|` (which `Σ|x|` bounds from above): on
    /// ordinary data, never.
    #if compiler(>=6.3)
    @inline(always)  // see push(_:)
    #else
    @inline(__always)
    #endif
    @inlinable
    mutating func checkDrift() {
        assert(window.start == 0 && window.isFull, "the window is re-summed only when its oldest value is in slot 0")
        let fresh = window.storage.withUnsafeBufferPointer { slots in
            slots.count <= 8 ? Self.windowSumInline(slots) : Self.windowSum(slots)
        }
        let drifted = Self.hasDrifted(sum, from: fresh) {
            window.storage.withUnsafeBufferPointer { Self.windowMagnitude($0) }
        }
        if drifted { sum = fresh }
    }

    /// Whether a running sum has drifted from `fresh`, the exact sum of a window whose
    /// finite values' magnitudes `magnitude()` sums: by more than ``driftBound`` × `Σ|x|`, in
    /// a window that is not all zeros. `Σ|x|` is computed only when the cheap test against
    /// `|fresh|` (which `Σ|x|` bounds from above) fails (see ``checkDrift()``).
    @inlinable @inline(__always)
    static func hasDrifted(_ running: Double, from fresh: Double, magnitude: () -> Double) -> Bool {
        let difference = abs(fresh - running)
        guard difference > driftBound * abs(fresh) else { return false }
        let magnitude = magnitude()
        return magnitude > 0 && difference > driftBound * magnitude
    }

    /// The exact sum of the finite values of `slots`, a full window held oldest first.
    @usableFromInline @inline(never)
    static func windowSum(_ slots: UnsafeBufferPointer<Double>) -> Double {
        windowSumInline(slots)
    }

    /// ``windowSum(_:)``, inline.
    @inlinable @inline(__always)
    static func windowSumInline(_ slots: UnsafeBufferPointer<Double>) -> Double {
        exactSum(count: slots.count) { slots[$0] }
    }

    /// `Σ|x|` over the finite values of `slots`.
    @usableFromInline @inline(never)
    static func windowMagnitude(_ slots: UnsafeBufferPointer<Double>) -> Double {
        exactSum(count: slots.count) { abs(slots[$0]) }
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

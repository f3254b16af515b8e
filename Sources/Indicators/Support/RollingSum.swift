/// A windowed sum of `Double`s that tolerates non-finite inputs and does not drift.
///
/// Non-finite inputs (NaN, ±∞) are counted rather than added, so `containsNonFinite` says
/// whether the window holds one and the sum recovers once it leaves. Adding the newest and
/// subtracting the oldest value accumulates rounding error, so the sum is recomputed
/// exactly from the window after every `capacity` updates: O(1) amortized, and the error
/// stays that of one window no matter how long the run.
@usableFromInline
struct RollingSum: Sendable {
    @usableFromInline var window: RingBuffer
    @usableFromInline var sum: Double = 0
    @usableFromInline var nonFiniteCount = 0
    @usableFromInline var updatesSinceRecompute = 0

    @usableFromInline
    init(capacity: Int) { window = RingBuffer(capacity: capacity) }

    @inlinable var isFull: Bool { window.isFull }
    @inlinable var containsNonFinite: Bool { nonFiniteCount > 0 }

    /// Slides the window by one value.
    @inlinable @inline(__always)
    mutating func push(_ value: Double) {
        if window.isFull {
            let leaving = window.oldest
            if leaving.isFinite { sum -= leaving } else { nonFiniteCount -= 1 }
        }
        window.push(value)
        if value.isFinite { sum += value } else { nonFiniteCount += 1 }
        updatesSinceRecompute += 1
        if updatesSinceRecompute == window.capacity { recompute() }
    }

    @usableFromInline @inline(never)
    mutating func recompute() {
        updatesSinceRecompute = 0
        var exact = 0.0
        window.forEachOldestFirst { if $0.isFinite { exact += $0 } }
        sum = exact
    }

    @inlinable
    mutating func removeAll() {
        window.removeAll()
        sum = 0
        nonFiniteCount = 0
        updatesSinceRecompute = 0
    }
}

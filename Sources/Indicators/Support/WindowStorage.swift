/// The fixed number of `Double` slots behind a rolling window (``RingBuffer``,
/// ``RollingExtreme``), with value semantics and no copy-on-write check on the common path.
///
/// A window of up to ``inlineCapacity`` slots is stored inline, in the struct itself: copying
/// the window copies the slots, so a write needs no uniqueness check. (An `Array` or a
/// class-owned buffer pays a call to the runtime's uniqueness check on every write; the call
/// clobbers every floating-point register, which forces a rolling sum's running state through
/// memory on each update and roughly halves a streaming SMA's throughput.) A longer window
/// lives in a heap buffer with copy-on-write: a write first checks that the buffer is uniquely
/// referenced and copies it otherwise, as `Array` does.
///
/// Either way a copied window is independent of the original: writing to one never changes
/// the other. Slots start at 0.
@usableFromInline
struct WindowStorage: Sendable {
    /// Eight inline slots.
    @usableFromInline
    typealias Eight = (Double, Double, Double, Double, Double, Double, Double, Double)
    /// The inline slots: eight times eight, laid out contiguously (a homogeneous tuple has
    /// the layout of a C array).
    @usableFromInline
    typealias InlineSlots = (Eight, Eight, Eight, Eight, Eight, Eight, Eight, Eight)

    /// The longest window stored inline (512 bytes).
    @inlinable static var inlineCapacity: Int { 64 }

    @usableFromInline var inlineSlots: InlineSlots
    /// The slots of a window longer than ``inlineCapacity``; otherwise a shared empty
    /// buffer, never written. (Not an optional: an optional here would make every
    /// `Optional` of a type holding a window — `MovingAverage`'s averages — test its case
    /// through an out-of-line call.)
    @usableFromInline var heap: HeapSlots
    /// The number of slots.
    @usableFromInline let capacity: Int

    /// Creates `capacity` slots, all 0.
    ///
    /// - Precondition: `capacity > 0`.
    @usableFromInline
    init(capacity: Int) {
        precondition(capacity > 0, "a window needs a positive capacity")
        assert(MemoryLayout<InlineSlots>.size == Self.inlineCapacity * MemoryLayout<Double>.stride, "inline slots are not contiguous")
        let zeros: Eight = (0, 0, 0, 0, 0, 0, 0, 0)
        inlineSlots = (zeros, zeros, zeros, zeros, zeros, zeros, zeros, zeros)
        heap = capacity > Self.inlineCapacity ? HeapSlots(count: capacity) : HeapSlots.empty
        self.capacity = capacity
    }

    /// Whether the slots are in `heap` rather than inline.
    @inlinable var isOnHeap: Bool { capacity > Self.inlineCapacity }

    /// Calls `body` with the slots for reading; the slots do not change.
    ///
    /// `mutating` only to reach the inline slots in place: a non-mutating access to them
    /// through a pointer makes the compiler copy all 512 bytes first.
    @inlinable @inline(__always)
    mutating func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Double>) -> Result) -> Result {
        if isOnHeap {
            return body(UnsafeBufferPointer(start: heap.base, count: capacity))
        }
        let capacity = self.capacity
        return Swift.withUnsafeMutableBytes(of: &inlineSlots) { bytes in
            body(UnsafeBufferPointer(start: bytes.baseAddress!.assumingMemoryBound(to: Double.self), count: capacity))
        }
    }

    /// Calls `body` with the slots for writing, after making a shared heap buffer unique.
    @inlinable @inline(__always)
    mutating func withUnsafeMutableBufferPointer<Result>(_ body: (UnsafeMutableBufferPointer<Double>) -> Result) -> Result {
        if isOnHeap {
            return body(UnsafeMutableBufferPointer(start: uniqueHeapBase(), count: capacity))
        }
        let capacity = self.capacity
        return Swift.withUnsafeMutableBytes(of: &inlineSlots) { bytes in
            body(UnsafeMutableBufferPointer(start: bytes.baseAddress!.assumingMemoryBound(to: Double.self), count: capacity))
        }
    }

    /// The first slot of `heap`, after copying the buffer if it is shared. Out of line: the
    /// long-window path already pays the runtime's uniqueness call, and keeping its branches
    /// out of every inlined write keeps the updates that contain one small (the optimizer
    /// weighs a callee's size before honouring `@inline(__always)`).
    @usableFromInline @inline(never)
    mutating func uniqueHeapBase() -> UnsafeMutablePointer<Double> {
        if !isKnownUniquelyReferenced(&heap) { heap = heap.copy() }
        return heap.base
    }

    /// The value in `slot`; `0 ≤ slot < capacity` (checked in debug builds only). The getter
    /// is `mutating` for the reason given at ``withUnsafeBufferPointer(_:)``.
    @inlinable
    subscript(slot: Int) -> Double {
        @inline(__always) mutating get {
            assert(slot >= 0 && slot < capacity, "slot out of range")
            return withUnsafeBufferPointer { $0[slot] }
        }
        @inline(__always) set {
            assert(slot >= 0 && slot < capacity, "slot out of range")
            withUnsafeMutableBufferPointer { $0[slot] = newValue }
        }
    }

    /// ``exchange(slot:with:)`` for inline slots: no test of where the slots are, so no
    /// call on any path.
    ///
    /// - Precondition: `!isOnHeap` and `0 ≤ slot < capacity` (checked in debug builds only;
    ///   callers test ``isOnHeap`` first).
    @inlinable @inline(__always)
    mutating func exchangeInline(slot: Int, with value: Double) -> Double {
        assert(!isOnHeap && slot >= 0 && slot < capacity, "not an inline slot")
        return Swift.withUnsafeMutableBytes(of: &inlineSlots) { bytes in
            let slots = bytes.baseAddress!.assumingMemoryBound(to: Double.self)
            let previous = slots[slot]
            slots[slot] = value
            return previous
        }
    }

    /// Stores `value` in `slot` and returns the value it replaces: one read and one write.
    @inlinable @inline(__always)
    mutating func exchange(slot: Int, with value: Double) -> Double {
        assert(slot >= 0 && slot < capacity, "slot out of range")
        return withUnsafeMutableBufferPointer { slots in
            let previous = slots[slot]
            slots[slot] = value
            return previous
        }
    }
}

/// The heap buffer of a ``WindowStorage`` longer than ``WindowStorage/inlineCapacity``: a
/// class that owns `count` slots.
///
/// `@unchecked Sendable`: the slots are written only through
/// ``WindowStorage/withUnsafeMutableBufferPointer(_:)``, which first makes the buffer uniquely
/// referenced, so a buffer reachable from more than one value (or thread) is never written.
@usableFromInline
final class HeapSlots: @unchecked Sendable {
    /// The first slot.
    @usableFromInline let base: UnsafeMutablePointer<Double>
    /// The number of slots.
    @usableFromInline let count: Int

    /// The buffer of every inline ``WindowStorage``: no slots.
    @usableFromInline static let empty = HeapSlots(count: 0)

    /// A buffer of `count` slots, all 0.
    @usableFromInline
    init(count: Int) {
        base = .allocate(capacity: count)
        base.initialize(repeating: 0, count: count)
        self.count = count
    }

    /// A new buffer with the same slots.
    @usableFromInline @inline(never)
    func copy() -> HeapSlots {
        let copy = HeapSlots(count: count)
        copy.base.update(from: base, count: count)
        return copy
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }
}

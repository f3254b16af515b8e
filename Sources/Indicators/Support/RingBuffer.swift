/// A fixed-capacity first-in-first-out window of `Double`s, the storage behind every
/// rolling indicator (after swift-nio's `CircularBuffer`, without growth).
///
/// The slots are a ``WindowStorage`` (inline up to 64 elements, so a write pays no
/// copy-on-write check; copy-on-write heap storage beyond), allocated once in `init`;
/// `push(_:)` overwrites the oldest element once the window is full, so an update never
/// allocates. A copy is independent of the original.
@usableFromInline
struct RingBuffer: Sendable {
    @usableFromInline var storage: WindowStorage
    /// The slot of the oldest element.
    @usableFromInline var start = 0
    /// The number of elements held, at most `capacity`.
    @usableFromInline var count = 0
    /// The number of slots.
    @usableFromInline let capacity: Int

    @usableFromInline
    init(capacity: Int) {
        precondition(capacity > 0, "a window needs a positive capacity")
        storage = WindowStorage(capacity: capacity)
        self.capacity = capacity
    }

    @inlinable var isFull: Bool { count == capacity }

    /// The oldest element; `count > 0`. The reads below are `mutating` only to reach inline
    /// slots in place (see ``WindowStorage/withUnsafeBufferPointer(_:)``); they change nothing.
    @inlinable @inline(__always) var oldest: Double { mutating get { storage[start] } }

    /// The element `age` pushes ago (0 = the newest); `age < count`.
    @inlinable @inline(__always)
    mutating func element(age: Int) -> Double {
        var index = start + count - 1 - age
        if index >= capacity { index -= capacity }
        return storage[index]
    }

    /// Overwrites the oldest element of a full window with `value` and returns the element
    /// that left: one read and one write of the storage.
    @inlinable @inline(__always)
    mutating func replaceOldest(with value: Double) -> Double {
        let slot = start
        // `slot < capacity`, so `slot + 1` cannot overflow: no overflow check (one
        // instruction an update).
        start = slot &+ 1 == capacity ? 0 : slot &+ 1
        return storage.exchange(slot: slot, with: value)
    }

    /// ``replaceOldest(with:)`` for a window whose storage is inline (the caller has tested
    /// `!storage.isOnHeap`): no call on any path.
    @inlinable @inline(__always)
    mutating func replaceOldestInline(with value: Double) -> Double {
        let slot = start
        start = slot &+ 1 == capacity ? 0 : slot &+ 1
        return storage.exchangeInline(slot: slot, with: value)
    }

    /// Appends `value`, evicting the oldest element when the window is full.
    @inlinable @inline(__always)
    mutating func push(_ value: Double) {
        if count == capacity {
            storage[start] = value
            start += 1
            if start == capacity { start = 0 }
        } else {
            var slot = start + count
            if slot >= capacity { slot -= capacity }
            storage[slot] = value
            count += 1
        }
    }

    /// Removes the oldest element; `count > 0`.
    @inlinable
    mutating func dropOldest() {
        start += 1
        if start == capacity { start = 0 }
        count -= 1
    }

    /// Calls `body` on every element in storage order — the window's elements in an order
    /// that is a rotation of oldest-first; for sums, TA-Lib's own order (`ta_CCI.c`).
    @inlinable
    mutating func forEachInStorageOrder(_ body: (Double) -> Void) {
        let count = count
        storage.withUnsafeBufferPointer { buffer in
            for index in 0..<count { body(buffer[index]) }
        }
    }

    /// Calls `body` on every element from the oldest to the newest.
    @inlinable
    mutating func forEachOldestFirst(_ body: (Double) -> Void) {
        let (start, count, capacity) = (start, count, capacity)
        storage.withUnsafeBufferPointer { buffer in
            for offset in 0..<count {
                let index = start + offset
                body(buffer[index < capacity ? index : index - capacity])
            }
        }
    }

    @inlinable
    mutating func removeAll() {
        start = 0
        count = 0
    }
}

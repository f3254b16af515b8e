/// A fixed-capacity first-in-first-out window of `Double`s, the storage behind every
/// rolling indicator (after swift-nio's `CircularBuffer`, without growth).
///
/// The storage is allocated once in `init`; `push(_:)` overwrites the oldest element once
/// the window is full, so an update never allocates.
@usableFromInline
struct RingBuffer: Sendable {
    @usableFromInline var storage: [Double]
    /// The slot of the oldest element.
    @usableFromInline var start = 0
    /// The number of elements held, at most `capacity`.
    @usableFromInline var count = 0
    /// `storage.count`, kept inline so hot paths need not read the array header.
    @usableFromInline let capacity: Int

    @usableFromInline
    init(capacity: Int) {
        precondition(capacity > 0, "a window needs a positive capacity")
        storage = Array(repeating: 0, count: capacity)
        self.capacity = capacity
    }

    @inlinable var isFull: Bool { count == capacity }

    /// The oldest element; `count > 0`.
    @inlinable @inline(__always) var oldest: Double { storage[start] }

    /// The element `age` pushes ago (0 = the newest); `age < count`.
    @inlinable @inline(__always)
    func element(age: Int) -> Double {
        var index = start + count - 1 - age
        if index >= capacity { index -= capacity }
        return storage[index]
    }

    /// Overwrites the oldest element of a full window with `value` and returns the element
    /// that left: one read and one write of the storage.
    @inlinable @inline(__always)
    mutating func replaceOldest(with value: Double) -> Double {
        let slot = start
        start = slot + 1 == capacity ? 0 : slot + 1
        return storage.withUnsafeMutableBufferPointer { buffer in
            let leaving = buffer[slot]
            buffer[slot] = value
            return leaving
        }
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
    func forEachInStorageOrder(_ body: (Double) -> Void) {
        storage.withUnsafeBufferPointer { buffer in
            for index in 0..<count { body(buffer[index]) }
        }
    }

    /// Calls `body` on every element from the oldest to the newest.
    @inlinable
    func forEachOldestFirst(_ body: (Double) -> Void) {
        for age in stride(from: count - 1, through: 0, by: -1) { body(element(age: age)) }
    }

    @inlinable
    mutating func removeAll() {
        start = 0
        count = 0
    }
}

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

    @usableFromInline
    init(capacity: Int) {
        precondition(capacity > 0, "a window needs a positive capacity")
        storage = Array(repeating: 0, count: capacity)
    }

    @inlinable var capacity: Int { storage.count }
    @inlinable var isFull: Bool { count == storage.count }

    /// The oldest element; `count > 0`.
    @inlinable @inline(__always) var oldest: Double { storage[start] }

    /// The element `age` pushes ago (0 = the newest); `age < count`.
    @inlinable @inline(__always)
    func element(age: Int) -> Double {
        var index = start + count - 1 - age
        if index >= storage.count { index -= storage.count }
        return storage[index]
    }

    /// Appends `value`, evicting the oldest element when the window is full.
    @inlinable @inline(__always)
    mutating func push(_ value: Double) {
        if count == storage.count {
            storage[start] = value
            start += 1
            if start == storage.count { start = 0 }
        } else {
            var slot = start + count
            if slot >= storage.count { slot -= storage.count }
            storage[slot] = value
            count += 1
        }
    }

    /// Removes the oldest element; `count > 0`.
    @inlinable
    mutating func dropOldest() {
        start += 1
        if start == storage.count { start = 0 }
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

/// A growable, uniquely owned column of values for the CSV reader's row loop.
///
/// `Array.append` is not fully inlined across the standard-library boundary and checks
/// uniqueness on every call; with eight columns per row that dominated the loop. This
/// buffer appends with one capacity check and a store, and hands its contents over as an
/// `Array` once at the end.
struct ColumnBuffer<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    /// Creates an empty buffer with room for `capacity` elements (at least 16).
    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 16)
        base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Appends `element`, doubling the storage when full.
    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    private mutating func grow() {
        let newCapacity = capacity * 2
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// The elements as an array (one copy).
    func makeArray() -> [Element] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }
}

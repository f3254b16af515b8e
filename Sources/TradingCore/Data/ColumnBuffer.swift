/// A column of values being appended to by the CSV reader's row loop.
///
/// `Array.append` is not fully inlined across the standard-library boundary and checks
/// uniqueness on every call; with eight columns per row that dominated the loop. This
/// buffer appends into a small reused staging block with one capacity check and a store,
/// and moves each full block into the destination array with one bulk copy while it is
/// still in cache; the destination is written once.
struct ColumnBuffer<Element>: ~Copyable {
    private static var blockSize: Int { 4_096 }

    private let staging: UnsafeMutablePointer<Element>
    private var stagedCount = 0
    private var destination: [Element] = []

    /// Creates an empty column expecting about `expectedCount` elements.
    init(expectedCount: Int) {
        staging = UnsafeMutablePointer<Element>.allocate(capacity: Self.blockSize)
        destination.reserveCapacity(expectedCount)
        destination.adviseHugePages()
    }

    deinit {
        staging.deinitialize(count: stagedCount)
        staging.deallocate()
    }

    /// Appends `element`.
    @inline(__always)
    mutating func append(_ element: Element) {
        (staging + stagedCount).initialize(to: element)
        stagedCount += 1
        if stagedCount == Self.blockSize { flush() }
    }

    /// Appends `elements` after the ones appended so far.
    mutating func append(contentsOf elements: [Element]) {
        flush()
        destination.reserveAdvisingHugePages(forAdding: elements.count)
        destination.append(contentsOf: elements)
    }

    private mutating func flush() {
        destination.reserveAdvisingHugePages(forAdding: stagedCount)
        destination.append(contentsOf: UnsafeBufferPointer(start: staging, count: stagedCount))
        staging.deinitialize(count: stagedCount)
        stagedCount = 0
    }

    /// Returns every element appended so far and leaves the column empty.
    mutating func takeArray() -> [Element] {
        flush()
        defer { destination = [] }
        return destination
    }
}

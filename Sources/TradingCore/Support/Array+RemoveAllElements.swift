extension Array {
    /// Removes every element and keeps the capacity, one `removeLast()` at a time.
    ///
    /// The engine's per-step buffers (reports, commands, requests) hold one
    /// or two elements when they are cleared; for them this is several times cheaper than
    /// `removeAll(keepingCapacity: true)`, which goes through the generic
    /// `replaceSubrange` (≈ 200 instructions per call for `ExecutionReport`).
    ///
    /// - Complexity: O(count).
    @inlinable
    mutating func removeAllElements() {
        while !isEmpty { removeLast() }
    }
}

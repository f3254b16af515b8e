#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Transparent huge pages for the few buffers that grow to many megabytes: the equity
/// curve's columns, the bar columns a CSV file is loaded into, the run's order, fill,
/// risk-decision and trade records.
///
/// A fresh buffer is backed by zeroed pages on first touch, one page fault per 4 KiB. On
/// Linux, where transparent huge pages are commonly enabled on request only
/// (`/sys/kernel/mm/transparent_hugepage/enabled` = `madvise`), `madvise(MADV_HUGEPAGE)`
/// lets the kernel back the buffer with 2 MiB pages instead: one fault per 2 MiB. On this
/// project's machine a fault costs ≈ 2.6 µs, so a 1M-bar run's ≈ 49 000 faults were about a
/// fifth of its time (see BENCHMARKS.md). The advice changes no value and no semantics; where
/// huge pages are off (`never`) or unknown (other systems), nothing is done.
enum HugePages {
    /// Buffers smaller than this are left alone (they would not span an aligned 2 MiB block,
    /// and small allocations share pages with the heap).
    static let minimumByteCount = 4 << 20

    /// The most address space `Array.reserveAddressSpace(forUpTo:)` reserves for one array.
    static let maximumReservedByteCount = 64 << 20

    /// Advises huge pages for `byteCount` bytes at `start` when they span at least
    /// ``minimumByteCount`` (for buffers filled in place, such as an array's uninitialized
    /// storage).
    static func adviseIfLarge(_ start: UnsafeMutableRawPointer, byteCount: Int) {
        if byteCount >= minimumByteCount { advise(start, byteCount: byteCount) }
    }

    /// Advises huge pages for the page-aligned part of `byteCount` bytes at `start`.
    @inline(never)
    static func advise(_ start: UnsafeMutableRawPointer, byteCount: Int) {
        #if os(Linux)
        let pageSize = 4_096
        let first = (Int(bitPattern: start) + pageSize - 1) & ~(pageSize - 1)
        let end = (Int(bitPattern: start) + byteCount) & ~(pageSize - 1)
        guard end > first, let address = UnsafeMutableRawPointer(bitPattern: first) else { return }
        // Failure (an old kernel, THP compiled out) only means small pages, as before.
        _ = madvise(address, end - first, Int32(MADV_HUGEPAGE))
        #endif
    }
}

extension Array {
    /// Advises huge pages for this array's whole storage (its capacity, not just its count)
    /// when it spans at least ``HugePages/minimumByteCount`` bytes. Call it right after
    /// reserving the capacity, before the elements are written: the advice applies to the
    /// pages faulted in afterwards.
    mutating func adviseHugePages() {
        #if os(Linux)
        let byteCount = capacity * MemoryLayout<Element>.stride
        guard byteCount >= HugePages.minimumByteCount else { return }
        withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress { HugePages.advise(UnsafeMutableRawPointer(base), byteCount: byteCount) }
        }
        #endif
    }

    /// Reserves room for `count` elements, but for no more than
    /// ``HugePages/maximumReservedByteCount`` bytes, advised for huge pages (see
    /// ``adviseHugePages()``); an array that already has the room is left alone.
    ///
    /// For records whose number is not known in advance but has a natural bound (the
    /// engine's orders, fills, decisions and trades: about one per step at most, for most
    /// strategies). Reserved room that is never written is address space, not memory: the
    /// kernel backs a page when it is first touched. The reservation saves the copies of
    /// fourfold growth and the page faults of the buffers it would pass through (the 1M-bar
    /// SmaCross bench's faults halved; BENCHMARKS.md, engine round 6), and the bound keeps a very long
    /// run from asking for more address space than a strict overcommit policy allows.
    mutating func reserveAddressSpace(forUpTo count: Int) {
        let bounded = Swift.min(count, HugePages.maximumReservedByteCount / Swift.max(1, MemoryLayout<Element>.stride))
        guard bounded > capacity else { return }
        reserveCapacity(bounded)
        adviseHugePages()
    }

    /// Appends `element`, growing like ``reserveAdvisingHugePages(forAdding:)``.
    ///
    /// - Complexity: amortized O(1), like `append(_:)`.
    @inline(__always)
    mutating func appendAdvisingHugePages(_ element: consuming Element) {
        if count == capacity { reserveAdvisingHugePages(forAdding: 1) }
        append(element)
    }

    /// Makes room for `additional` more elements. When the storage must grow to a large size,
    /// it moves to a buffer of at least four times the capacity that is advised for huge pages
    /// *before* the elements are copied in, so that the copy, too, faults 2 MiB at a time
    /// (`Array`'s own growth would copy into small pages first).
    ///
    /// Growing fourfold rather than twofold copies each element a third as often (a copy of a
    /// record with strings retains them, and the old buffer's release releases them again)
    /// and costs no memory that is used: the part of the capacity never written is address
    /// space only, as the kernel backs pages on first touch.
    ///
    /// - Complexity: O(count) when it grows, which the geometric growth makes amortized O(1)
    ///   per element.
    mutating func reserveAdvisingHugePages(forAdding additional: Int) {
        let needed = count + additional
        guard needed > capacity else { return }
        let doubled = Swift.max(needed, capacity * 2)
        guard doubled * MemoryLayout<Element>.stride >= HugePages.minimumByteCount else {
            reserveCapacity(doubled)
            return
        }
        let grownCapacity = Swift.max(needed, capacity * 4)
        var grown: [Element] = []
        grown.reserveCapacity(grownCapacity)
        grown.adviseHugePages()
        grown.append(contentsOf: self)
        self = grown
    }
}

import Testing
@testable import TradingCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Huge-page buffers")
struct HugePagesTests {
    /// A record with a reference-counted field, so that growth must copy references correctly.
    struct Record: Equatable {
        var name: String
        var value: Double
    }

    @Test("appending past the huge-page threshold keeps every element, for trivial and reference-counted records")
    func appendKeepsElements() {
        var numbers: [Int] = []
        let count = HugePages.minimumByteCount / MemoryLayout<Int>.stride * 3 + 17
        for index in 0..<count { numbers.appendAdvisingHugePages(index * 3) }
        #expect(numbers.count == count)
        #expect(numbers.enumerated().allSatisfy { $0.element == $0.offset * 3 })

        var records: [Record] = []
        let recordCount = HugePages.minimumByteCount / MemoryLayout<Record>.stride + 1_000
        for index in 0..<recordCount {
            records.appendAdvisingHugePages(Record(name: "a name long enough to live on the heap #\(index)", value: Double(index)))
        }
        #expect(records.count == recordCount)
        for index in stride(from: 0, to: recordCount, by: 997) {
            #expect(records[index] == Record(name: "a name long enough to live on the heap #\(index)", value: Double(index)))
        }
    }

    @Test("reserving room grows to at least the need and at least double, keeping the contents")
    func reserveGrows() {
        var values = Array(0..<1_000).map(Double.init)
        let before = values.capacity
        values.reserveAdvisingHugePages(forAdding: 0)
        #expect(values.capacity == before)
        values.reserveAdvisingHugePages(forAdding: before)
        #expect(values.capacity >= 2 * before)
        let large = HugePages.minimumByteCount / MemoryLayout<Double>.stride
        values.reserveAdvisingHugePages(forAdding: large)
        #expect(values.capacity >= 1_000 + large)
        #expect(values == Array(0..<1_000).map(Double.init))
    }

    @Test("reserving address space gives room for the count within the byte bound, and never shrinks or moves what is there")
    func reserveAddressSpace() {
        var small: [Double] = [1, 2, 3]
        small.reserveAddressSpace(forUpTo: 1_000)
        #expect(small.capacity >= 1_000 && small == [1, 2, 3])
        let kept = small.capacity
        small.reserveAddressSpace(forUpTo: 10)
        #expect(small.capacity == kept)

        let bound = HugePages.maximumReservedByteCount / MemoryLayout<Record>.stride
        var records: [Record] = [Record(name: "kept", value: 1)]
        records.reserveAddressSpace(forUpTo: 1 << 40)
        #expect(records.capacity >= bound && records.capacity < 2 * bound)
        #expect(records == [Record(name: "kept", value: 1)])
    }

    @Test("the equity curve's reserved columns hold exactly the appended points")
    func reservedCurve() {
        var curve = EquityCurve(reservingCapacity: 1_000_000)
        for index in 0..<1_000 {
            curve.append(timestamp: Timestamp(rawValue: Int64(index)), equity: Double(index), cash: 1, grossExposure: 2, netExposure: 3)
        }
        #expect(curve.count == 1_000)
        #expect(curve.equity.last == 999)
        #expect(curve.timestamps.capacity >= 1_000_000)
    }

    #if os(Linux)
    @Test("on Linux the kernel records the advice on the buffer's mapping (VmFlags hg)")
    func adviceReachesKernel() throws {
        // Only meaningful where the kernel has transparent huge pages at all.
        guard access("/sys/kernel/mm/transparent_hugepage/enabled", R_OK) == 0 else { return }
        var values: [Double] = []
        values.reserveCapacity(HugePages.minimumByteCount / MemoryLayout<Double>.stride * 2)
        values.adviseHugePages()
        values.append(1)
        let address = values.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } + UInt(HugePages.minimumByteCount)
        let flags = try #require(Self.vmFlags(containing: address))
        #expect(flags.contains("hg"), "VmFlags: \(flags)")
    }

    /// The `VmFlags` of the mapping in `/proc/self/smaps` that contains `address`.
    static func vmFlags(containing address: UInt) -> [Substring]? {
        guard let file = fopen("/proc/self/smaps", "r") else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 4_096)
        var inMapping = false
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let dash = text.firstIndex(of: "-"), let space = text.firstIndex(of: " "), dash < space,
               let low = UInt(text[..<dash], radix: 16), let high = UInt(text[text.index(after: dash)..<space], radix: 16) {
                inMapping = low <= address && address < high
            } else if inMapping && text.hasPrefix("VmFlags:") {
                return text.dropFirst("VmFlags:".count).split(whereSeparator: \.isWhitespace)
            }
        }
        return nil
    }
    #endif
}

import Foundation
import Testing
import TradingCore

@Suite("Local files")
struct LocalFileTests {
    private static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("tradingkit-local-\(ProcessInfo.processInfo.processIdentifier)-\(name)").path
    }

    @Test("createDirectory makes missing parents, accepts an existing directory and a trailing slash")
    func createDirectory() throws {
        let root = Self.temporaryPath("tree")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let nested = root + "/a//b/c/"
        try LocalFile.createDirectory(atPath: nested)
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: root + "/a/b/c", isDirectory: &isDirectory) && isDirectory.boolValue)
        try LocalFile.createDirectory(atPath: nested)
        try LocalFile.createDirectory(atPath: root + "/a")
    }

    @Test("a file in the way or an unwritable place is reported with the path that failed")
    func createDirectoryFailures() throws {
        let root = Self.temporaryPath("blocked")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try LocalFile.createDirectory(atPath: root)
        try LocalFile.write("x", toPath: root + "/file")
        #expect(throws: ReportWriteError(path: root + "/file", reason: "not a directory")) {
            try LocalFile.createDirectory(atPath: root + "/file/sub")
        }
        #if os(Linux)
        // procfs refuses new entries, even to root (which this suite may run as).
        #expect(throws: ReportWriteError(path: "/proc/tradingkit-nope", reason: "No such file or directory")) {
            try LocalFile.createDirectory(atPath: "/proc/tradingkit-nope/sub")
        }
        #endif
    }

    #if os(Linux)
    @Test("a FIFO is refused at once instead of blocking, and a procfs file is read although it reports size 0")
    func specialFiles() throws {
        let fifo = Self.temporaryPath("fifo")
        defer { try? FileManager.default.removeItem(atPath: fifo) }
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: LocalFileReadError(path: fifo, reason: "not a regular file")) { try LocalFile.bytes(atPath: fifo) }
        let status = try LocalFile.bytes(atPath: "/proc/self/status")
        #expect(String(decoding: status, as: UTF8.self).hasPrefix("Name:"))
    }
    #endif

    @Test("writeAll replaces a set of files together, or leaves every one of them as it was")
    func writeAllIsAllOrNothing() throws {
        let root = Self.temporaryPath("set")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try LocalFile.createDirectory(atPath: root)
        let files = ["a.csv", "b.csv"].map { root + "/" + $0 }
        try LocalFile.writeAll(files) { (staged) throws(ReportWriteError) in
            for (file, path) in zip(files, staged) { try LocalFile.write("first " + file, toPath: path) }
        }
        #expect(try files.map { String(decoding: try LocalFile.bytes(atPath: $0), as: UTF8.self) } == files.map { "first " + $0 })
        // A failure while writing: nothing replaced, nothing staged left behind, the final path named.
        #expect(throws: ReportWriteError(path: files[1], reason: "disk full")) {
            try LocalFile.writeAll(files) { (staged) throws(ReportWriteError) in
                try LocalFile.write("second", toPath: staged[0])
                throw ReportWriteError(path: staged[1], reason: "disk full")
            }
        }
        // A final path that is a directory: refused before anything is replaced.
        try FileManager.default.removeItem(atPath: files[1])
        try LocalFile.createDirectory(atPath: files[1])
        #expect(throws: ReportWriteError(path: files[1], reason: "Is a directory")) {
            try LocalFile.writeAll(files) { (staged) throws(ReportWriteError) in
                for path in staged { try LocalFile.write("third", toPath: path) }
            }
        }
        #expect(String(decoding: try LocalFile.bytes(atPath: files[0]), as: UTF8.self) == "first " + files[0])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["a.csv", "b.csv"])
    }

    @Test("write then bytes round-trips UTF-8 text, empty text included; missing files and directories are reported")
    func writeAndRead() throws {
        let path = Self.temporaryPath("text.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = "{\"name\": \"naïve — ✓\"}\n"
        try LocalFile.write(text, toPath: path)
        #expect(try LocalFile.bytes(atPath: path) == Array(text.utf8))
        try LocalFile.write("", toPath: path)
        #expect(try LocalFile.bytes(atPath: path).isEmpty)
        let missing = Self.temporaryPath("missing.json")
        #expect(throws: LocalFileReadError(path: missing, reason: "No such file or directory")) { try LocalFile.bytes(atPath: missing) }
        #expect(throws: LocalFileReadError(path: "/tmp", reason: "not a regular file")) { try LocalFile.bytes(atPath: "/tmp") }
        #expect(LocalFileReadError(path: "a.json", reason: "gone").description == "cannot read a.json: gone")
        #expect(throws: ReportWriteError(path: "/nonexistent-tradingkit-directory/x", reason: "No such file or directory")) {
            try LocalFile.write("x", toPath: "/nonexistent-tradingkit-directory/x")
        }
    }
}

@Suite("Fixed-decimal number text")
struct FixedNumberTextTests {
    @Test("fixed decimals round the exact binary value as printf does, away from zero on exact ties")
    func fixedMatchesPrintf() {
        var random = SplitMix64(seed: 2_026)
        var checked = 0
        for _ in 0..<200_000 {
            let decimals = Int(random.next() % 10)
            // Magnitudes from 1e-12 to 1e15, both signs, and values on a grid of half-units
            // of the last decimal (which are often exact ties).
            let exponent = Double(Int(random.next() % 28)) - 12
            var value = (random.nextUnitInterval() + 0.1) * Foundation.pow(10, exponent) * (random.next() % 2 == 0 ? 1 : -1)
            if random.next() % 4 == 0 { value = (value * Foundation.pow(10, Double(decimals)) * 2).rounded() / 2 / Foundation.pow(10, Double(decimals)) }
            guard value.magnitude * Foundation.pow(10, Double(decimals)) < 9e15 else { continue }
            let printf = String(format: "%.\(decimals)f", value)
            let text = NumberText.fixed(value, decimals: decimals)
            // printf rounds exact ties to even, fixed text away from zero; printf keeps the
            // sign of a negative value that rounds to zero, fixed text drops it.
            if isExactTie(value, decimals: decimals) { continue }
            let expected = printf.hasPrefix("-") && Double(printf) == 0 ? String(printf.dropFirst()) : printf
            #expect(text == expected, "\(value) to \(decimals) decimals")
            checked += 1
        }
        #expect(checked > 150_000)
    }

    /// Whether `value`·10^`decimals` is exactly k + ½ (checked with exact rational arithmetic
    /// on the double's significand).
    private func isExactTie(_ value: Double, decimals: Int) -> Bool {
        let text = String(format: "%.\(decimals + 30)f", value.magnitude)  // glibc prints the exact binary value
        guard let point = text.firstIndex(of: ".") else { return false }
        let digits = text[text.index(after: point)...]
        let afterKept = digits.dropFirst(decimals)
        return afterKept.first == "5" && afterKept.dropFirst().allSatisfy { $0 == "0" }
    }

    @Test("exact ties go away from zero; grouping, signs, zero and large values")
    func fixedCases() {
        #expect(NumberText.fixed(0.125, decimals: 2) == "0.13")
        #expect(NumberText.fixed(-0.125, decimals: 2) == "-0.13")
        #expect(NumberText.fixed(31.25, decimals: 1) == "31.3")
        #expect(NumberText.fixed(2.5, decimals: 0) == "3")
        #expect(NumberText.fixed(1.005, decimals: 2) == "1.00")  // 1.00499999999999989…
        #expect(NumberText.fixed(-0.0001, decimals: 2) == "0.00")
        #expect(NumberText.fixed(1_234_567.891, decimals: 2, grouping: true) == "1,234,567.89")
        #expect(NumberText.fixed(-999.995, decimals: 2, grouping: true) == "-1,000.00")  // −999.99500000000000454…
        #expect(NumberText.fixed(.leastNonzeroMagnitude, decimals: 9) == "0.000000000")
        #expect(NumberText.fixed(123_456_789_012_345.67, decimals: 0, grouping: true) == "123,456,789,012,346")
        #expect(NumberText.fixed(1e300, decimals: 2) == NumberText.plain(1e300))
        #expect(NumberText.fixed(.nan, decimals: 2) == "—")
        #expect(NumberText.plain(0.1) == "0.1" && NumberText.plain(1e-5) == "0.00001")
    }
}

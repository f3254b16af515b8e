/// A growable UTF-8 byte buffer for the CSV writers.
///
/// Building a large CSV by `String` concatenation allocates several temporaries per field;
/// this buffer keeps one zero-filled array as its storage and formats every field straight
/// into it at the end of the text (no temporary per field, no `append(contentsOf:)`; a row
/// reserves its room once and is written through a ``RowWriter``), with
/// timestamps written without the intermediate strings of ``Timestamp/description``, which
/// it reproduces byte for byte. Writers that stream to a file hand its bytes to
/// ``ReportFile`` every few thousand rows and ``removeAll()``, so the whole file never
/// sits in memory.
struct TextBuffer {
    /// The storage: its first `count` bytes are the text, the rest is room to write into.
    private var storage: [UInt8]
    /// The number of bytes of text.
    private(set) var count = 0

    /// The most bytes a number takes in ``NumberText/plain(_:)``'s form (`-`, 309 digits
    /// and `.0` for the largest doubles, `0.` and 324 digits for the smallest subnormals).
    static var maximumNumberLength: Int { 330 }

    init(reservingCapacity capacity: Int) {
        storage = [UInt8](repeating: 0, count: Swift.max(capacity, 1_024))
    }

    /// The buffer's contents as a string.
    var text: String {
        storage.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[..<count]), as: UTF8.self) }
    }

    /// Calls `body` with the bytes of text.
    func withBytes<Result, Failure: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result) throws(Failure) -> Result {
        // withUnsafeBufferPointer's closure is untyped-rethrowing; keep the typed error by hand.
        let result: Swift.Result<Result, Failure> = storage.withUnsafeBufferPointer { all in
            do throws(Failure) {
                return .success(try body(UnsafeBufferPointer(rebasing: all[..<count])))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Empties the text, keeping the storage for the next chunk.
    mutating func removeAll() {
        count = 0
    }

    /// Makes room for `length` more bytes, then lets `body` write at most that many at the
    /// end of the text and return how many it wrote.
    ///
    /// - Complexity: amortised O(1) beyond `body` (the storage doubles when full).
    @inline(__always)
    mutating func write(atMost length: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if storage.count - count < length { grow(toHold: count + length) }
        let start = count
        count = start + storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
    }

    private mutating func grow(toHold minimum: Int) {
        storage.append(contentsOf: repeatElement(0, count: Swift.max(minimum, storage.count * 2) - storage.count))
    }

    /// Appends `string`'s UTF-8 bytes.
    mutating func append(_ string: String) {
        writeRow(atMost: string.utf8.count) { $0.text(string) }
    }

    /// Writes a comma, then a finite `value` as ``NumberText/plain(_:)`` does (nothing for a
    /// non-finite one), at `output` (room for 1 + ``maximumNumberLength`` bytes); returns the
    /// bytes written.
    @inline(__always)
    static func write(commaAndNumber value: Double, to output: UnsafeMutablePointer<UInt8>) -> Int {
        output[0] = UInt8(ascii: ",")
        guard value.isFinite else { return 1 }
        return 1 + write(plain: value, to: output + 1)
    }

    /// Writes a finite `value` as ``NumberText/plain(_:)`` does at `output` (room for
    /// ``maximumNumberLength`` bytes); returns the bytes written. The rare values outside
    /// ``ShortestDecimal/write(_:to:)``'s fast path are copied from ``NumberText/plain(_:)``.
    @inline(__always)
    static func write(plain value: Double, to output: UnsafeMutablePointer<UInt8>) -> Int {
        if let count = ShortestDecimal.write(value, to: output) { return count }
        var text = NumberText.plain(value)
        return text.withUTF8 { utf8 in
            output.update(from: utf8.baseAddress!, count: utf8.count)
            return utf8.count
        }
    }

    /// Writes the UTC date of `timestamp`, `YYYY-MM-DD`, at `output` (room for 10 bytes);
    /// returns the bytes written.
    @inline(__always)
    static func writeDate(of timestamp: Timestamp, to output: UnsafeMutablePointer<UInt8>) -> Int {
        let c = timestamp.components
        var count = writeDigits(UInt(c.year), width: 4, to: output)
        output[count] = UInt8(ascii: "-")
        count += 1 + writeDigits(UInt(c.month), width: 2, to: output + count + 1)
        output[count] = UInt8(ascii: "-")
        count += 1 + writeDigits(UInt(c.day), width: 2, to: output + count + 1)
        return count
    }

    /// Writes `value` in decimal, left-padded with zeros to `width` digits, at `output`;
    /// returns the bytes written.
    @inline(__always)
    static func writeDigits(_ value: UInt, width: Int, to output: UnsafeMutablePointer<UInt8>) -> Int {
        let length = Swift.max(ShortestDecimal.digitCount(UInt64(value)), width)
        let start = ShortestDecimal.writeDigits(UInt64(value), endingAt: output + length)
        if start > output { output.initialize(repeating: UInt8(ascii: "0"), count: start - output) }
        return length
    }
}

/// A cursor that writes one CSV row into the room a ``TextBuffer`` reserved for it
/// (``TextBuffer/writeRow(atMost:_:)``).
///
/// A row written field by field through the buffer's `append` methods checks the storage's
/// uniqueness and room once per field; a row written through this cursor checks them once.
/// The caller's bound must cover every byte the row writes: ``TextBuffer/maximumNumberLength``
/// plus one per number with its comma, 32 per timestamp, ``fieldBound(_:)`` per quoted field.
struct RowWriter {
    /// Where the next byte goes.
    private(set) var position: UnsafeMutablePointer<UInt8>

    @inline(__always)
    init(position: UnsafeMutablePointer<UInt8>) { self.position = position }

    /// The most bytes ``field(_:)`` writes for `text`: two quotes, and every byte doubled.
    @inline(__always)
    static func fieldBound(_ text: String) -> Int { 2 + 2 * text.utf8.count }

    /// One ASCII character.
    @inline(__always)
    mutating func ascii(_ character: Unicode.Scalar) {
        position[0] = UInt8(ascii: character)
        position += 1
    }

    /// `text`'s bytes as they are (names and tags known to need no quoting).
    @inline(__always)
    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            if let base = utf8.baseAddress { position.update(from: base, count: utf8.count) }
            position += utf8.count
        }
    }

    /// `text` as a CSV field, as ``CSVExport/field(_:)`` writes it: as it is, or in double
    /// quotes with its quotes doubled when it holds a comma, a quote or a line break.
    @inline(__always)
    mutating func field(_ text: String) {
        guard CSVExport.needsQuoting(text) else { return self.text(text) }
        ascii("\"")
        // A quote byte never occurs inside a multi-byte UTF-8 sequence, so doubling bytes
        // doubles exactly the quote characters.
        for byte in text.utf8 {
            position[0] = byte
            position += 1
            if byte == UInt8(ascii: "\"") { ascii("\"") }
        }
        ascii("\"")
    }

    /// A comma, then `value` as ``TextBuffer/write(commaAndNumber:to:)`` writes it.
    @inline(__always)
    mutating func commaAndNumber(_ value: Double) {
        position += TextBuffer.write(commaAndNumber: value, to: position)
    }

    /// A finite `value` as ``NumberText/plain(_:)`` writes it; nothing for a non-finite one.
    @inline(__always)
    mutating func number(_ value: Double) {
        guard value.isFinite else { return }
        position += TextBuffer.write(plain: value, to: position)
    }

    /// `timestamp` as ``Timestamp/description`` writes it, with `cache` holding the text of
    /// the column's latest date (one cache per column: its dates repeat from row to row).
    @inline(__always)
    mutating func timestamp(_ timestamp: Timestamp, cache: inout TimestampText) {
        position += cache.write(timestamp, to: position)
    }

    /// `value` in decimal, `-` before negatives (at most 21 bytes).
    @inline(__always)
    mutating func integer(_ value: Int) {
        if value < 0 { ascii("-") }
        position += TextBuffer.writeDigits(value.magnitude, width: 1, to: position)
    }

    /// `id` as ``ClientOrderID/description`` writes it (`O-0000042`; at most 22 bytes).
    @inline(__always)
    mutating func id(_ id: ClientOrderID) {
        guard id.rawValue >= 0 else { return text(id.description) }
        ascii("O")
        ascii("-")
        position += TextBuffer.writeDigits(UInt(id.rawValue), width: 7, to: position)
    }
}

extension TextBuffer {
    /// Makes room for `length` more bytes and lets `body` write a row there through a
    /// ``RowWriter``.
    ///
    /// - Precondition: `body` writes at most `length` bytes.
    @inline(__always)
    mutating func writeRow(atMost length: Int, _ body: (inout RowWriter) -> Void) {
        write(atMost: length) { start in
            var row = RowWriter(position: start)
            body(&row)
            let written = row.position - start
            precondition(written <= length, "a CSV row wrote more than the room reserved for it")
            return written
        }
    }
}

/// One value per instrument, with instrument 0's stored inline.
///
/// The engine keeps per-instrument state (the slice's bars, the venue's latest bars, the
/// visible history counts) in this shape so that a one-instrument run — the common case —
/// reads and writes it as plain stored properties: no array bounds check and no
/// copy-on-write uniqueness check per bar. Instruments 1… live in an ordinary array.
@usableFromInline
struct InstrumentValues<Element: Sendable>: Sendable {
    @usableFromInline var first: Element
    @usableFromInline var others: [Element]
    /// The number of instruments.
    @usableFromInline let count: Int

    /// `count` copies of `value` (`value` is also the placeholder when `count` is 0).
    @usableFromInline
    init(repeating value: Element, count: Int) {
        precondition(count >= 0, "negative instrument count")
        first = value
        others = Array(repeating: value, count: Swift.max(0, count - 1))
        self.count = count
    }

    /// The value of instrument `index`.
    ///
    /// - Precondition: `0 ≤ index < count`.
    @inlinable
    subscript(index: Int) -> Element {
        get {
            precondition(index >= 0 && index < count, "instrument index out of range")
            return index == 0 ? first : others[index - 1]
        }
        set {
            precondition(index >= 0 && index < count, "instrument index out of range")
            if index == 0 { first = newValue } else { setOther(index, to: newValue) }
        }
    }

    /// Writes instrument `index ≥ 1`. Kept out of line so that a write to instrument 0 never
    /// touches (and never has to make unique) the array of the others; inlinable all the
    /// same, so that callers in other modules get a specialized copy instead of the generic
    /// one, which looks up `Array`'s metadata on every call.
    @inlinable @inline(never)
    mutating func setOther(_ index: Int, to value: Element) {
        others[index - 1] = value
    }
}

extension InstrumentValues where Element == Bool {
    /// Whether every instrument's flag is set (`true` when there are none).
    ///
    /// - Complexity: O(instruments).
    @inlinable
    var allTrue: Bool { count == 0 || (first && !others.contains(false)) }
}

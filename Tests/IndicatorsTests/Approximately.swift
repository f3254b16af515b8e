/// Whether `actual` matches `expected` within a relative tolerance: `|a − e| ≤ tolerance ·
/// max(|e|, 1)` (absolute below magnitude 1). `nil` matches only `nil`; NaN matches only NaN.
func matches(_ actual: Double?, _ expected: Double?, tolerance: Double) -> Bool {
    switch (actual, expected) {
    case (nil, nil): return true
    case let (a?, e?):
        if a.isNaN || e.isNaN { return a.isNaN && e.isNaN }
        if a.isInfinite || e.isInfinite { return a == e }
        return abs(a - e) <= tolerance * max(abs(e), 1)
    default: return false
    }
}

/// The first index where two aligned columns disagree (see ``matches(_:_:tolerance:)``), or `nil`.
func firstMismatch(_ actual: [Double?], _ expected: [Double?], tolerance: Double) -> Int? {
    if actual.count != expected.count { return min(actual.count, expected.count) }
    return actual.indices.first { !matches(actual[$0], expected[$0], tolerance: tolerance) }
}

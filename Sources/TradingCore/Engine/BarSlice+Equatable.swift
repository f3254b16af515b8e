extension BarSlice: Equatable {
    /// Slices are equal when they have the same timestamp and the same bar (or none) for
    /// every instrument; what an absent instrument's storage holds does not matter.
    public static func == (lhs: BarSlice, rhs: BarSlice) -> Bool {
        guard lhs.timestamp == rhs.timestamp, lhs.instrumentCount == rhs.instrumentCount else { return false }
        return (0..<lhs.instrumentCount).allSatisfy { lhs[$0] == rhs[$0] }
    }
}

/// A running sum with Neumaier's compensation (Neumaier 1974, "improved Kahan–Babuška"),
/// so that adding many terms of mixed sign and magnitude loses no more than a couple of
/// units in the last place of the result.
struct CompensatedSum: Sendable {
    private var sum = 0.0
    private var compensation = 0.0

    /// Adds `term` to the sum.
    mutating func add(_ term: Double) {
        let total = sum + term
        if sum.magnitude >= term.magnitude {
            compensation += (sum - total) + term
        } else {
            compensation += (term - total) + sum
        }
        sum = total
    }

    /// The compensated sum of every term added.
    var value: Double { sum + compensation }
}

/// Clipping (time-series winsorizing) of a score to a closed interval.
///
/// `apply(x) = min(max(x, lower), upper)`; NaN passes through unchanged so that a missing
/// score stays missing. Clipping a z-score at ±3 is the usual way to winsorize at three
/// standard deviations (Grinold & Kahn, *Active Portfolio Management*, ch. 14).
public struct Clipping: Hashable, Sendable {
    /// The smallest value `apply(_:)` returns for a non-NaN input.
    public let lower: Double
    /// The largest value `apply(_:)` returns for a non-NaN input.
    public let upper: Double

    /// Creates a clipping to `lower...upper`.
    ///
    /// - Precondition: `lower <= upper`, neither NaN.
    public init(lower: Double, upper: Double) {
        precondition(lower <= upper, "Clipping needs lower <= upper")
        self.lower = lower
        self.upper = upper
    }

    /// Creates the symmetric clipping `-limit...limit`.
    ///
    /// - Precondition: `limit > 0`.
    public init(limit: Double) {
        precondition(limit > 0, "Clipping limit must be positive")
        self.init(lower: -limit, upper: limit)
    }

    /// The clipping that leaves every value unchanged.
    public static let none = Clipping(lower: -.infinity, upper: .infinity)

    /// Returns `value` clipped to `lower...upper`; NaN stays NaN.
    @inlinable
    public func apply(_ value: Double) -> Double {
        value.isNaN ? value : min(max(value, lower), upper)
    }
}

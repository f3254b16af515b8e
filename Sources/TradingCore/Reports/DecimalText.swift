/// Number text for people and for machines, without Foundation (no locale: `.` is the
/// decimal point, `,` the thousands separator).
public enum DecimalText {
    /// `value` rounded to `decimals` places (0…9), half away from zero from its exact binary
    /// value, optionally with thousands separators, e.g. `1,234.50`; `"—"` when not finite.
    /// Magnitudes beyond 9.2e15 are written as ``shortest(_:)`` writes them.
    public static func fixed(_ value: Double, decimals: Int, grouping: Bool = false) -> String {
        NumberText.fixed(value, decimals: decimals, grouping: grouping)
    }

    /// The shortest decimal that reads back as `value`, in positional notation (`0.00001`,
    /// never `1e-05`; `-0.0` as `0.0`), as the CSV and JSON reports write numbers.
    ///
    /// - Precondition: `value.isFinite`.
    public static func shortest(_ value: Double) -> String { NumberText.plain(value) }
}

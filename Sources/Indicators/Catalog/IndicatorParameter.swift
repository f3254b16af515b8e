/// One parameter of a catalog indicator: its TA-Lib name, default and valid range.
public struct IndicatorParameter: Hashable, Sendable {
    /// The TA-Lib parameter name in lower case (`timeperiod`, `nbdevup`).
    public var name: String
    /// The value used when the parameter is omitted (TA-Lib's default).
    public var defaultValue: Double
    /// The accepted values (TA-Lib's range unless the indicator documents otherwise).
    public var range: ClosedRange<Double>
    /// Whether the value must be a whole number.
    public var isInteger: Bool

    /// Creates a whole-number parameter.
    public static func integer(_ name: String, default defaultValue: Int, range: ClosedRange<Int>) -> IndicatorParameter {
        IndicatorParameter(name: name, defaultValue: Double(defaultValue), range: Double(range.lowerBound)...Double(range.upperBound), isInteger: true)
    }

    /// Creates a real-valued parameter.
    public static func real(_ name: String, default defaultValue: Double, range: ClosedRange<Double>) -> IndicatorParameter {
        IndicatorParameter(name: name, defaultValue: defaultValue, range: range, isInteger: false)
    }

    /// Whether `value` is acceptable for this parameter.
    public func accepts(_ value: Double) -> Bool {
        range.contains(value) && (!isInteger || value.rounded(.towardZero) == value)
    }
}

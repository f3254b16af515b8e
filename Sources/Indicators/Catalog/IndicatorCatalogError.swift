/// A catalog lookup or parameter problem, worded for a command-line user.
public enum IndicatorCatalogError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No catalog entry has this name.
    case unknownIndicator(name: String, valid: [String])
    /// The indicator has no parameter with this name.
    case unknownParameter(indicator: String, parameter: String, valid: [String])
    /// The value is outside the parameter's range or not a whole number where one is needed.
    case invalidValue(indicator: String, parameter: IndicatorParameter, value: Double)

    /// The message for the user, listing what is valid.
    public var description: String {
        switch self {
        case let .unknownIndicator(name, valid):
            return "unknown indicator '\(name)'; valid: \(valid.map { $0.lowercased() }.joined(separator: ", "))"
        case let .unknownParameter(indicator, parameter, valid):
            let list = valid.isEmpty ? "none" : valid.joined(separator: ", ")
            return "\(indicator.lowercased()) has no parameter '\(parameter)'; valid: \(list)"
        case let .invalidValue(indicator, parameter, value):
            let kind = parameter.isInteger ? "a whole number" : "a number"
            let shown = value.rounded(.towardZero) == value && abs(value) < 1e15 ? String(Int(value)) : value.description
            var text = "\(indicator.lowercased()) --\(parameter.name) \(shown) is invalid; it must be \(kind) in "
            text += parameter.isInteger
                ? "\(Int(parameter.range.lowerBound))...\(Int(parameter.range.upperBound))"
                : "\(parameter.range.lowerBound)...\(parameter.range.upperBound)"
            if parameter.name.hasSuffix("matype") {
                text += " among the implemented moving-average types \(MovingAverageType.allCases.map { "\($0.rawValue) (\($0))" }.joined(separator: ", "))"
            }
            return text
        }
    }
}

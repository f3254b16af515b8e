/// Validated parameter values handed to a catalog factory; omitted ones hold their defaults.
public struct IndicatorArguments: Sendable {
    @usableFromInline var values: [String: Double]

    /// Wraps values already checked against their parameters.
    init(values: [String: Double]) { self.values = values }

    /// The whole-number parameter `name`; it must be one the specification declares.
    public func integer(_ name: String) -> Int {
        guard let value = values[name] else { preconditionFailure("undeclared indicator parameter \(name)") }
        return Int(value)
    }

    /// The moving-average type parameter `name` (already validated as implemented).
    public func averageType(_ name: String) -> MovingAverageType {
        guard let type = MovingAverageType(rawValue: integer(name)) else { preconditionFailure("unvalidated moving-average type \(name)") }
        return type
    }

    /// The real-valued parameter `name`; it must be one the specification declares.
    public func real(_ name: String) -> Double {
        guard let value = values[name] else { preconditionFailure("undeclared indicator parameter \(name)") }
        return value
    }
}

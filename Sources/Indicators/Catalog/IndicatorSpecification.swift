/// A catalog entry: how to build one indicator from TA-Lib-style named parameters.
///
/// The catalog (``IndicatorCatalog``) is a table of these; the command line and the golden
/// tests both go through it, so a name, its parameters, defaults and output names are
/// declared exactly once.
public struct IndicatorSpecification: Sendable {
    /// The name in upper case (`SMA`, `BBANDS`, `PRICE_VS_MA`); lookups ignore case.
    public var name: String
    /// A one-line description, naming the Swift type.
    public var summary: String
    /// The parameters in TA-Lib's order.
    public var parameters: [IndicatorParameter]
    /// The output names in TA-Lib's order (`real` for single outputs).
    public var outputNames: [String]
    /// Builds the indicator from validated arguments.
    public var make: @Sendable (IndicatorArguments) -> AnyBarIndicator

    /// Creates a catalog entry.
    public init(
        name: String, summary: String, parameters: [IndicatorParameter], outputNames: [String] = ["real"],
        make: @escaping @Sendable (IndicatorArguments) -> AnyBarIndicator
    ) {
        self.name = name
        self.summary = summary
        self.parameters = parameters
        self.outputNames = outputNames
        self.make = make
    }

    /// Builds the indicator from parameter values keyed by lower-case name; omitted
    /// parameters take their defaults.
    ///
    /// - Throws: ``IndicatorCatalogError`` for an unknown parameter or a value out of range.
    public func makeIndicator(_ values: [String: Double] = [:]) throws(IndicatorCatalogError) -> AnyBarIndicator {
        var resolved: [String: Double] = [:]
        for parameter in parameters { resolved[parameter.name] = parameter.defaultValue }
        for (name, value) in values {
            guard let parameter = parameters.first(where: { $0.name == name.lowercased() }) else {
                throw .unknownParameter(indicator: self.name, parameter: name, valid: parameters.map(\.name))
            }
            guard parameter.accepts(value) else {
                throw .invalidValue(indicator: self.name, parameter: parameter, value: value)
            }
            resolved[parameter.name] = value
        }
        try validate(resolved)
        return make(IndicatorArguments(values: resolved))
    }

    /// Cross-parameter rules TA-Lib does not express as ranges: the moving-average type
    /// parameters (`matype`, `slowk_matype`, …) accept only the types implemented here.
    private func validate(_ values: [String: Double]) throws(IndicatorCatalogError) {
        for parameter in parameters where parameter.name.hasSuffix("matype") {
            let value = values[parameter.name] ?? parameter.defaultValue
            guard MovingAverageType(rawValue: Int(value)) != nil else {
                throw .invalidValue(indicator: name, parameter: parameter, value: value)
            }
        }
    }
}

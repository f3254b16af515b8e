extension IndicatorCatalog {
    /// Volume-based indicators.
    static let volume: [IndicatorSpecification] = [
    ]
}

extension IndicatorCatalog {
    /// Trend and directional-movement indicators.
    static let trend: [IndicatorSpecification] = [
    ]
}

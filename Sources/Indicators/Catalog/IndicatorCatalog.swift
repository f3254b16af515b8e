import TradingCore

/// The table of every indicator reachable by name: TA-Lib functions under their TA-Lib names
/// and the TrendBreakout features under documented lower-case names.
///
/// Single-input TA-Lib functions read the bar's close (volume for `VOLUME_ZSCORE`); the
/// others read the bar fields TA-Lib's function takes. Each family lists its entries in its
/// own extension file; this type joins them and answers lookups.
public enum IndicatorCatalog {
    /// Every specification, TA-Lib functions first, then the features.
    public static let all: [IndicatorSpecification] = averages + momentum + volatility + volume + trend + statistics + features

    /// The specification named `name`, ignoring case.
    ///
    /// - Throws: ``IndicatorCatalogError/unknownIndicator(name:valid:)`` listing the valid names.
    public static func specification(named name: String) throws(IndicatorCatalogError) -> IndicatorSpecification {
        let upper = name.uppercased()
        guard let found = all.first(where: { $0.name == upper }) else {
            throw .unknownIndicator(name: name, valid: all.map(\.name))
        }
        return found
    }

    /// The common `timeperiod` parameter with TA-Lib's default and range.
    static func timePeriod(default value: Int, minimum: Int = 2) -> IndicatorParameter {
        .integer("timeperiod", default: value, range: minimum...100_000)
    }

    /// A TA-Lib moving-average type parameter; only implemented types pass validation.
    static func movingAverageType(_ name: String, default value: Int) -> IndicatorParameter {
        .integer(name, default: value, range: 0...8)
    }

    /// Wraps a single-output indicator fed with closes.
    static func closes<Base: Indicator>(_ indicator: Base) -> AnyBarIndicator where Base.Input == Double, Base.Output == Double {
        AnyBarIndicator(indicator, input: { $0.close }, outputs: { [$0] })
    }

    /// Wraps a single-output indicator fed with whole bars.
    static func bars<Base: Indicator>(_ indicator: Base) -> AnyBarIndicator where Base.Input == Bar, Base.Output == Double {
        AnyBarIndicator(indicator, input: { $0 }, outputs: { [$0] })
    }
}

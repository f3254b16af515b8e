import TradingCore

extension AttributionReport {
    /// The report as the groups TradingKit's reports consume: one ``TradingCore/AttributionGroup``
    /// per dimension that has rows, in report order (factor, symbol, month, strategy).
    ///
    /// - Complexity: O(number of rows).
    public var groups: [AttributionGroup] {
        AttributionDimension.allCases.compactMap { dimension in
            let parts = rows(for: dimension).map { AttributionGroup.Part(key: $0.key, pnl: $0.pnl) }
            return parts.isEmpty ? nil : AttributionGroup(dimension: dimension.rawValue, parts: parts)
        }
    }

    /// The report as `attribution.csv`: the header `dimension,key,pnl` and one line per row,
    /// in report order, written by ``TradingCore/CSVExport/attribution(_:)`` (RFC 4180
    /// quoting, shortest round-tripping positional numbers, `\n` line ends).
    ///
    /// - Complexity: O(number of rows).
    public var csv: String { CSVExport.attribution(groups) }
}

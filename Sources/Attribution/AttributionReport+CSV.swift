extension AttributionReport {
    /// The report as CSV: the header `dimension,key,pnl` and one line per row, in report
    /// order, with `\n` line endings. Keys containing a comma, quote or line break are
    /// quoted per RFC 4180; PnL is written with Swift's shortest round-tripping form.
    ///
    /// - Complexity: O(number of rows).
    public var csv: String {
        var text = "dimension,key,pnl\n"
        for row in rows {
            text += "\(row.dimension.rawValue),\(Self.csvField(row.key)),\(row.pnl)\n"
        }
        return text
    }

    /// `field`, quoted and with quotes doubled when it contains a comma, quote or line break.
    static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        var quoted = "\""
        for character in field {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        quoted.append("\"")
        return quoted
    }
}

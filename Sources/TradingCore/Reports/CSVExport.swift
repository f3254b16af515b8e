/// Writers for TradingKit's CSV outputs (`equity.csv`, `trades.csv`, `attribution.csv`).
///
/// Format (RFC 4180 with `\n` line ends): a header line, then one line per record, each
/// line ending in `\n`. Text fields are quoted when they contain a comma, quote, or line
/// break (quotes doubled). Timestamps are ISO 8601 in UTC (``Timestamp/description``).
/// Numbers are the shortest decimal that round-trips to the same `Double`, always in
/// positional notation (`0.00001`, never `1e-05`), so spreadsheets and `pandas.read_csv`
/// read them back exactly; non-finite numbers are written as an empty field.
public enum CSVExport {
    /// The equity curve, one line per bar.
    ///
    /// Header: `timestamp,equity,cash,grossExposure,netExposure,drawdown`, where
    /// `drawdown` is ``EquityCurve/drawdown`` (a fraction ≤ 0).
    ///
    /// - Complexity: O(n).
    public static func equity(_ curve: EquityCurve) -> String {
        var buffer = TextBuffer(reservingCapacity: 64 + curve.count * 128)
        buffer.append("timestamp,equity,cash,grossExposure,netExposure,drawdown\n")
        let drawdown = curve.drawdown
        for index in 0..<curve.count {
            buffer.append(curve.timestamps[index])
            buffer.append(commaAndNumber: curve.equity[index])
            buffer.append(commaAndNumber: curve.cash[index])
            buffer.append(commaAndNumber: curve.grossExposure[index])
            buffer.append(commaAndNumber: curve.netExposure[index])
            buffer.append(commaAndNumber: drawdown[index])
            buffer.append(ascii: "\n")
        }
        return buffer.text
    }

    /// The round-trip trades, one line per trade.
    ///
    /// Header: `symbol,side,quantity,entryTime,entryPrice,exitTime,exitPrice,pnl,commission,returnPct,barsHeld,strategy`
    /// (`side` is `long` or `short`; `pnl` is net of commission; `returnPct` is ``Trade/returnPct``).
    ///
    /// - Complexity: O(trades).
    public static func trades(_ trades: [Trade]) -> String {
        var buffer = TextBuffer(reservingCapacity: 128 + trades.count * 160)
        buffer.append("symbol,side,quantity,entryTime,entryPrice,exitTime,exitPrice,pnl,commission,returnPct,barsHeld,strategy\n")
        for trade in trades {
            buffer.append(field(trade.symbol))
            buffer.append(ascii: ",")
            buffer.append(trade.side.rawValue)
            buffer.append(commaAndNumber: trade.quantity)
            buffer.append(ascii: ",")
            buffer.append(trade.entryTime)
            buffer.append(commaAndNumber: trade.entryPrice)
            buffer.append(ascii: ",")
            buffer.append(trade.exitTime)
            buffer.append(commaAndNumber: trade.exitPrice)
            buffer.append(commaAndNumber: trade.pnl)
            buffer.append(commaAndNumber: trade.commission)
            buffer.append(commaAndNumber: trade.returnPct)
            buffer.append(ascii: ",")
            buffer.append(trade.barsHeld)
            buffer.append(ascii: ",")
            buffer.append(field(trade.strategy))
            buffer.append(ascii: "\n")
        }
        return buffer.text
    }

    /// PnL attribution, one line per part of every group, groups in order.
    ///
    /// Header: `dimension,key,pnl`.
    ///
    /// - Complexity: O(total parts).
    public static func attribution(_ groups: [AttributionGroup]) -> String {
        var buffer = TextBuffer(reservingCapacity: 64)
        buffer.append("dimension,key,pnl\n")
        for group in groups {
            for part in group.parts {
                buffer.append(field(group.dimension))
                buffer.append(ascii: ",")
                buffer.append(field(part.key))
                buffer.append(commaAndNumber: part.pnl)
                buffer.append(ascii: "\n")
            }
        }
        return buffer.text
    }

    /// A text field, quoted when it contains a comma, quote or line break.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        var quoted = "\""
        for character in text {
            quoted.append(character)
            if character == "\"" { quoted.append("\"") }
        }
        return quoted + "\""
    }

    /// A number as written in every TradingKit CSV: shortest round-trip positional decimal,
    /// empty when not finite.
    public static func number(_ value: Double) -> String {
        value.isFinite ? NumberText.plain(value) : ""
    }
}

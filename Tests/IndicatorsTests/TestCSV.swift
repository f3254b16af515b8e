import Foundation
import TradingCore

/// A minimal reader for `date,Open,High,Low,Close,Volume` files (the backtesting.py layout,
/// empty first header), used until TradingCore's CSV loader is available to this branch.
enum TestCSV {
    struct Malformed: Error, CustomStringConvertible {
        var path: String
        var line: Int
        var description: String { "\(path):\(line): malformed row" }
    }

    static func readDaily(path: String, symbol: String) throws -> BarSeries {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var bars: [Bar] = []
        for (offset, line) in text.split(whereSeparator: \.isNewline).enumerated().dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            let date = fields.first?.split(separator: "-").compactMap { Int($0) } ?? []
            let numbers = fields.dropFirst().compactMap { Double($0) }
            guard fields.count == 6, date.count == 3, numbers.count == 5 else { throw Malformed(path: path, line: offset + 1) }
            bars.append(Bar(
                timestamp: Timestamp(year: date[0], month: date[1], day: date[2]),
                open: numbers[0], high: numbers[1], low: numbers[2], close: numbers[3], volume: numbers[4]))
        }
        return try BarSeries(symbol: symbol, bars: bars)
    }
}

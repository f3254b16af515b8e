import TradingCore

/// Locates ../shared (beside the package root) and reads its plain daily CSV files, so the
/// regression tests need neither Foundation nor the data module's loader.
enum ReferenceData {
    /// `<package root>/../shared/data/real/<name>`.
    static func path(_ name: String) -> String {
        var components = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast(3)
        return components.joined(separator: "/") + "/../shared/data/real/" + name
    }

    /// Whether the file exists and can be read.
    static func isAvailable(_ name: String) -> Bool { contents(of: path(name)) != nil }

    /// Parses `Date,Open,High,Low,Close,Volume` rows (header skipped; dates `YYYY-MM-DD`).
    static func series(_ name: String, symbol: String) throws -> BarSeries {
        guard let text = contents(of: path(name)) else { throw BarSeriesError.columnLengthMismatch(symbol: symbol) }
        var bars: [Bar] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            let date = fields[0].split(separator: "-").compactMap { Int($0) }
            let numbers = fields[1...5].compactMap { Double($0) }
            guard date.count == 3, numbers.count == 5 else { continue }
            bars.append(Bar(timestamp: Timestamp(year: date[0], month: date[1], day: date[2]),
                            open: numbers[0], high: numbers[1], low: numbers[2], close: numbers[3], volume: numbers[4]))
        }
        return try BarSeries(symbol: symbol, bars: bars)
    }

    private static func contents(of path: String) -> String? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let read = fread(&buffer, 1, buffer.count, file)
            if read <= 0 { break }
            bytes.append(contentsOf: buffer[0..<read])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

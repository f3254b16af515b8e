#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TradingCore

/// Locates the real market data in `../shared` beside the package root and loads it with
/// the library's own CSV loader.
enum ReferenceData {
    /// `<package root>/../shared/data/real/<name>`.
    static func path(_ name: String) -> String {
        var components = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast(3)
        return components.joined(separator: "/") + "/../shared/data/real/" + name
    }

    /// Whether the file exists and can be read (tests that need it are skipped otherwise).
    static func isAvailable(_ name: String) -> Bool { access(path(name), R_OK) == 0 }

    /// Loads `name` as one instrument's series.
    static func series(_ name: String, symbol: String) throws -> BarSeries {
        try BarSeries(contentsOfCSVFile: path(name), symbol: symbol)
    }
}

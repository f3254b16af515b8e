#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths to the shared real-data folder beside the package (`../shared`), for tests that
/// skip cleanly when it is absent.
enum TestData {
    /// The package root, found from this file's path (`Tests/TradingCoreTests/TestData.swift`).
    static let packageRoot: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    /// `../shared/data/real` relative to the package root.
    static let realDataFolder = packageRoot + "/../shared/data/real"

    /// The real CSV files, relative to ``realDataFolder``.
    static let realFiles = ["GOOG-2004-2013.csv", "daily/MU.csv", "daily/GLD.csv", "daily/GOOG.csv", "daily/SPY.csv"]

    /// Whether the real-data folder is present.
    static var hasRealData: Bool { fileExists(realDataFolder + "/SOURCES.md") }

    static func fileExists(_ path: String) -> Bool {
        guard let handle = fopen(path, "rb") else { return false }
        fclose(handle)
        return true
    }
}

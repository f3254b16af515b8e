import Foundation
import TradingCore

/// The shared real data and TA-Lib reference outputs, found relative to the package root
/// (`../shared`), so tests skip cleanly on a clone without them.
enum SharedData {
    /// `<package root>/../shared`.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // this file's folder, Tests/IndicatorsTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package root
        .appendingPathComponent("../shared")
        .standardized

    /// The TA-Lib reference folder.
    static let referenceRoot = root.appendingPathComponent("reference/talib")

    /// The GOOG 2004–2013 daily file every reference case was computed from.
    static let googPath = root.appendingPathComponent("data/real/GOOG-2004-2013.csv").path

    /// Whether the GOOG file and at least one reference case list are present.
    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: googPath) && !ReferenceCase.caseFiles().isEmpty
    }

    /// The GOOG series (raw columns), loaded once.
    static let goog: BarSeries? = try? BarSeries(contentsOfCSVFile: googPath, symbol: "GOOG")
}

import Foundation
import Testing

/// Runs one of the package's executables from the build products directory and captures
/// its exit status and output.
struct ExecutableRun {
    var status: Int32
    var standardOutput: String
    var standardError: String

    /// The directory holding the built products: beside the test bundle.
    static var productsDirectory: URL? {
        #if os(macOS)
        return Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
        #else
        return Bundle.main.bundleURL
        #endif
    }

    /// Whether `name` has been built (tests that need it are skipped otherwise).
    static func isBuilt(_ name: String) -> Bool {
        guard let directory = productsDirectory else { return false }
        return FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent(name).path)
    }

    /// Runs `name` with `arguments` in `directory` and waits for it; with `outputFile`, its
    /// standard output goes to that file (`/dev/full`, say) instead of ``standardOutput``.
    init(_ name: String, _ arguments: [String], in directory: URL? = nil, outputFile: String? = nil) throws {
        let process = Process()
        process.executableURL = try #require(Self.productsDirectory).appendingPathComponent(name)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let error = Pipe()
        if let outputFile {
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputFile))
            try output.fileHandleForWriting.close()
        } else {
            process.standardOutput = output
        }
        process.standardError = error
        try process.run()
        let outputData = outputFile == nil ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        standardOutput = String(decoding: outputData, as: UTF8.self)
        standardError = String(decoding: errorData, as: UTF8.self)
    }

    /// A fresh, empty temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tradingkit-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `<package root>/../shared/data/real/daily`.
    static var realDailyDirectory: String {
        var components = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast(3)
        return components.joined(separator: "/") + "/../shared/data/real/daily"
    }
}

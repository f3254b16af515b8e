#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TradingCore

/// Reads JSON configuration files into `Decodable` configuration values.
///
/// This is the one place the Factors module uses Foundation — `JSONDecoder` at the file
/// edge, from `FoundationEssentials` where the toolchain has it (no ICU to load); the file
/// is read with ``TradingCore/LocalFile``. Decoding failures become a
/// ``ConfigurationError`` naming the file and the member, or the line and column of a
/// syntax error.
public enum ConfigurationFile {
    /// Reads and decodes the JSON file at `path`.
    ///
    /// - Parameters:
    ///   - type: the configuration type, e.g. ``FactorConfiguration``.
    ///   - path: the file to read.
    /// - Returns: the decoded configuration.
    /// - Throws: ``ConfigurationError`` when the file cannot be read, is not strict JSON
    ///   (trailing commas, a member named twice in one object), or a member is unknown,
    ///   missing, mistyped or invalid.
    public static func decode<Configuration: Decodable>(_ type: Configuration.Type, fromFile path: String) throws(ConfigurationError) -> Configuration {
        let bytes: [UInt8]
        do throws(LocalFileReadError) {
            bytes = try LocalFile.bytes(atPath: path)
        } catch {
            throw ConfigurationError(file: path, field: nil, message: "cannot read the file (\(error.reason))")
        }
        return try decode(type, from: Data(bytes), source: path)
    }

    /// Decodes JSON text, reporting errors against `source`.
    ///
    /// - Parameters:
    ///   - type: the configuration type.
    ///   - json: the JSON text.
    ///   - source: the name errors report as the file.
    /// - Returns: the decoded configuration.
    /// - Throws: ``ConfigurationError`` as ``decode(_:fromFile:)``.
    public static func decode<Configuration: Decodable>(_ type: Configuration.Type, json: String, source: String) throws(ConfigurationError) -> Configuration {
        try decode(type, from: Data(json.utf8), source: source)
    }

    private static func decode<Configuration: Decodable>(_ type: Configuration.Type, from data: Data, source: String) throws(ConfigurationError) -> Configuration {
        // Strict RFC 8259 first: the decoder accepts trailing commas and keeps one of two
        // members of the same name without a word (the other setting silently ignored).
        let bytes = Array(data)
        if let problem = JSONSyntax.firstProblem(in: bytes) {
            throw ConfigurationError(file: source, field: nil, message: "not valid JSON: \(problem)")
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw ConfigurationError(file: source, decodingError: error, json: bytes) { variant in
                do {
                    _ = try JSONDecoder().decode(type, from: Data(variant))
                    return nil
                } catch {
                    return error as? DecodingError
                }
            }
        } catch {
            throw ConfigurationError(file: source, field: nil, message: "not valid JSON (\(error))")
        }
    }
}

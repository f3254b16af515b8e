import Foundation

/// Reads JSON configuration files into `Decodable` configuration values.
///
/// This is the one place the Factors module uses Foundation: `JSONDecoder` at the file
/// edge. Decoding failures become a ``ConfigurationError`` naming the file and the member.
public enum ConfigurationFile {
    /// Reads and decodes the JSON file at `path`.
    ///
    /// - Parameters:
    ///   - type: the configuration type, e.g. ``FactorConfiguration``.
    ///   - path: the file to read.
    /// - Returns: the decoded configuration.
    /// - Throws: ``ConfigurationError`` when the file cannot be read, is not JSON, or a
    ///   member is unknown, missing, mistyped or invalid.
    public static func decode<Configuration: Decodable>(_ type: Configuration.Type, fromFile path: String) throws(ConfigurationError) -> Configuration {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ConfigurationError(file: path, field: nil, message: "cannot read the file (\(error.localizedDescription))")
        }
        return try decode(type, from: data, source: path)
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
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw ConfigurationError(file: source, decodingError: error)
        } catch {
            throw ConfigurationError(file: source, field: nil, message: "not valid JSON (\(error.localizedDescription))")
        }
    }
}

extension ConfigurationError {
    /// Translates a `DecodingError` into a message naming the member's path.
    init(file: String, decodingError: DecodingError) {
        func path(_ codingPath: [any CodingKey]) -> String? {
            guard !codingPath.isEmpty else { return nil }
            var text = ""
            for key in codingPath {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return text
        }
        switch decodingError {
        case let .keyNotFound(key, context):
            self.init(file: file, field: path(context.codingPath + [key]), message: "required member is missing")
        case let .typeMismatch(expected, context):
            self.init(file: file, field: path(context.codingPath), message: "expected \(Self.describe(expected))")
        case let .valueNotFound(expected, context):
            self.init(file: file, field: path(context.codingPath), message: "expected \(Self.describe(expected)), found null")
        case let .dataCorrupted(context):
            if context.codingPath.isEmpty {
                let detail = context.underlyingError.map { " (\(String(describing: $0)))" } ?? ""
                self.init(file: file, field: nil, message: "not valid JSON: \(context.debugDescription)\(detail)")
            } else {
                self.init(file: file, field: path(context.codingPath), message: context.debugDescription)
            }
        @unknown default:
            self.init(file: file, field: nil, message: String(describing: decodingError))
        }
    }

    /// A user-facing name for an expected JSON type.
    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        default: String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }
}

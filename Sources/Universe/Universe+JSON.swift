#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TradingCore

extension Universe {
    /// Reads a universe from a JSON file of the form
    ///
    /// ```json
    /// { "instruments": [
    ///     { "symbol": "MU", "assetClass": "equity", "sector": "Semiconductors",
    ///       "currency": "USD", "tickSize": 0.01, "lotSize": 1, "shortable": true,
    ///       "marginRequirement": 1, "name": "Micron Technology" } ] }
    /// ```
    ///
    /// Only `symbol` is required; the other fields default as in ``TradingCore/Instrument``
    /// (`equity`, `USD`, tick 0.01, lot 1, shortable, margin 1) and sector and name are optional.
    ///
    /// The text must be strict JSON (RFC 8259: no trailing commas, no member given twice in
    /// one object), and every member must be one of those above: a misspelt field is an
    /// error, never silently replaced by its default.
    ///
    /// - Throws: ``UniverseError`` naming the file and the field (e.g. `instruments[2].tickSize`),
    ///   or the line and column of a syntax error.
    public init(contentsOfJSONFile path: String) throws(UniverseError) {
        let bytes: [UInt8]
        do throws(LocalFileReadError) {
            bytes = try LocalFile.bytes(atPath: path)
        } catch {
            throw .unreadableFile(file: path, reason: error.reason)
        }
        try self.init(jsonData: Data(bytes), source: path)
    }

    /// Reads a universe from JSON bytes in the format of ``init(contentsOfJSONFile:)``.
    ///
    /// - Parameter source: the name used in error messages.
    /// - Throws: ``UniverseError``.
    public init(jsonData: Data, source: String) throws(UniverseError) {
        // Strict RFC 8259 first: the decoder accepts trailing commas and keeps one of two
        // members of the same name without a word (the other value silently ignored).
        let bytes = Array(jsonData)
        if let problem = JSONSyntax.firstProblem(in: bytes) {
            throw .invalidJSON(file: source, field: "", reason: "\(problem)")
        }
        let file: UniverseFile
        do {
            file = try JSONDecoder().decode(UniverseFile.self, from: jsonData)
        } catch let error as DecodingError {
            throw Self.describe(error, source: source, json: bytes)
        } catch {
            throw .invalidJSON(file: source, field: "", reason: "\(error)")
        }
        var members: [UniverseMember] = []
        var seen: Set<String> = []
        for (index, entry) in file.instruments.enumerated() {
            func field(_ name: String) -> String { "instruments[\(index)].\(name)" }
            guard !entry.symbol.isEmpty else { throw .invalidValue(file: source, field: field("symbol"), reason: "symbol is empty") }
            guard seen.insert(entry.symbol).inserted else {
                throw .duplicateSymbol(entry.symbol, file: source, field: field("symbol"))
            }
            for (name, value) in [("tickSize", entry.tickSize), ("lotSize", entry.lotSize), ("marginRequirement", entry.marginRequirement)] {
                if let value, !(value > 0 && value.isFinite) {
                    throw .invalidValue(file: source, field: field(name), reason: "\(value) is not a positive number")
                }
            }
            let instrument = Instrument(
                symbol: entry.symbol,
                assetClass: entry.assetClass.map { AssetClass(rawValue: $0.lowercased()) } ?? .equity,
                currency: entry.currency ?? "USD",
                tickSize: entry.tickSize ?? 0.01,
                lotSize: entry.lotSize ?? 1,
                isShortable: entry.shortable ?? true,
                marginRequirement: entry.marginRequirement ?? 1
            )
            members.append(UniverseMember(instrument: instrument, sector: entry.sector, name: entry.name))
        }
        try self.init(members)
    }

    private static func describe(_ error: DecodingError, source: String, json: [UInt8]) -> UniverseError {
        let path = JSONSyntax.memberPath
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            return .invalidJSON(file: source, field: parent.isEmpty ? key.stringValue : parent + "." + key.stringValue, reason: "required field is missing")
        case .typeMismatch(let type, let context):
            return .invalidJSON(file: source, field: path(context.codingPath), reason: "expected \(type)")
        case .valueNotFound(let type, let context):
            return .invalidJSON(file: source, field: path(context.codingPath), reason: "expected \(type), found null")
        case .dataCorrupted(let context):
            // A number the decoder could not convert, which it reports without a member.
            if context.codingPath.isEmpty, let number = JSONSyntax.unreadableNumber(in: json, decode: { bytes in
                do {
                    _ = try JSONDecoder().decode(UniverseFile.self, from: Data(bytes))
                    return nil
                } catch {
                    return error as? DecodingError
                }
            }) {
                return .invalidJSON(file: source, field: number.token.path, reason: "\(number)")
            }
            let reason = context.underlyingError.map { "\(context.debugDescription) (\($0))" } ?? context.debugDescription
            return .invalidJSON(file: source, field: path(context.codingPath), reason: reason)
        @unknown default:
            return .invalidJSON(file: source, field: "", reason: "\(error)")
        }
    }
}

/// The JSON file's shape. A member it does not know is an error naming it, so that a
/// misspelt field (`tick_size`) fails loudly instead of leaving its default in place.
private struct UniverseFile: Decodable {
    var instruments: [Entry]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case instruments
    }

    init(from decoder: any Decoder) throws {
        try JSONSyntax.rejectUnknownKeys(in: decoder, allowing: CodingKeys.allCases.map(\.stringValue))
        instruments = try decoder.container(keyedBy: CodingKeys.self).decode([Entry].self, forKey: .instruments)
    }

    struct Entry: Decodable {
        var symbol: String
        var assetClass: String?
        var sector: String?
        var name: String?
        var currency: String?
        var tickSize: Double?
        var lotSize: Double?
        var shortable: Bool?
        var marginRequirement: Double?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case symbol, assetClass, sector, name, currency, tickSize, lotSize, shortable, marginRequirement
        }

        init(from decoder: any Decoder) throws {
            try JSONSyntax.rejectUnknownKeys(in: decoder, allowing: CodingKeys.allCases.map(\.stringValue))
            let container = try decoder.container(keyedBy: CodingKeys.self)
            symbol = try container.decode(String.self, forKey: .symbol)
            assetClass = try container.decodeIfPresent(String.self, forKey: .assetClass)
            sector = try container.decodeIfPresent(String.self, forKey: .sector)
            name = try container.decodeIfPresent(String.self, forKey: .name)
            currency = try container.decodeIfPresent(String.self, forKey: .currency)
            tickSize = try container.decodeIfPresent(Double.self, forKey: .tickSize)
            lotSize = try container.decodeIfPresent(Double.self, forKey: .lotSize)
            shortable = try container.decodeIfPresent(Bool.self, forKey: .shortable)
            marginRequirement = try container.decodeIfPresent(Double.self, forKey: .marginRequirement)
        }
    }
}

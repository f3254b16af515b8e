import Foundation
import Testing

/// One TA-Lib reference output: a function, its parameters and the expected columns
/// (`nil` before TA-Lib's first output), read from `reference/talib/*/cases.json`.
struct ReferenceCase: Sendable, CustomTestStringConvertible {
    var function: String
    var parameters: [String: Double]
    var outputNames: [String]
    var csvPath: String

    var testDescription: String {
        let list = parameters.keys.sorted().map { "\($0)=\(parameters[$0]!)" }.joined(separator: ",")
        return "\(function)(\(list))"
    }

    /// Every `cases.json` under the reference folder.
    static func caseFiles() -> [URL] {
        let folders = (try? FileManager.default.contentsOfDirectory(at: SharedData.referenceRoot, includingPropertiesForKeys: nil)) ?? []
        return folders.map { $0.appendingPathComponent("cases.json") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
            .sorted { $0.path < $1.path }
    }

    /// Every case of every `cases.json`; empty when the reference data is absent.
    static func all() -> [ReferenceCase] {
        caseFiles().flatMap { file -> [ReferenceCase] in
            guard let data = try? Data(contentsOf: file),
                  let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let cases = json["cases"] as? [[String: Any]] else { return [] }
            return cases.compactMap { entry in
                guard let function = entry["function"] as? String,
                      let parameters = entry["parameters"] as? [String: Any],
                      let outputs = entry["outputs"] as? [String],
                      let name = entry["file"] as? String else { return nil }
                return ReferenceCase(
                    function: function,
                    parameters: parameters.compactMapValues { ($0 as? NSNumber)?.doubleValue },
                    outputNames: outputs,
                    csvPath: file.deletingLastPathComponent().appendingPathComponent(name).path)
            }
        }
    }

    /// The expected columns, one array per output, `nil` where TA-Lib gives no value.
    func expectedColumns() throws -> [[Double?]] {
        let text = try String(contentsOfFile: csvPath, encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline)
        var columns = Array(repeating: [Double?](), count: outputNames.count)
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).dropFirst()
            for (column, field) in fields.enumerated() where column < columns.count {
                columns[column].append(field.isEmpty ? nil : Double(field))
            }
        }
        return columns
    }
}

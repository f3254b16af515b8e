import Factors
import Foundation
import Testing

@Suite("FactorConfiguration")
struct FactorConfigurationTests {
    static func decode(_ json: String) throws(ConfigurationError) -> FactorConfiguration {
        try ConfigurationFile.decode(FactorConfiguration.self, json: json, source: "test.json")
    }

    @Test("an empty object gives the documented defaults")
    func defaults() throws {
        let configuration = try Self.decode("{}")
        #expect(configuration == FactorConfiguration())
        #expect(configuration.momentum.horizons == [21, 63, 126] && configuration.momentum.horizonWeights == [1, 1, 1])
        #expect(configuration.momentum.movingAveragePeriod == 50 && configuration.momentum.movingAverageWeight == 1)
        #expect(configuration.breakout == BreakoutFactor.Parameters(channelPeriod: 55, volatilityPeriod: 20, volumePeriod: 20, distanceWeight: 1, volumeWeight: 0.5, volumeClip: 3))
        #expect(configuration.normalizationWindow == 126 && configuration.clipLimit == 3)
        #expect(configuration.composite == CompositeScore(["momentum": 0.5, "breakout": 0.5]))
    }

    @Test("every member is read")
    func fullFile() throws {
        let configuration = try Self.decode("""
        {"momentum": {"horizons": [10, 20], "horizonWeights": [2, 1], "movingAveragePeriod": 30, "movingAverageWeight": 0.5},
         "breakout": {"channelPeriod": 20, "volatilityPeriod": 14, "volumePeriod": 10, "distanceWeight": 2, "volumeWeight": 0, "volumeClip": 2},
         "normalizationWindow": 60, "clipLimit": 2.5, "momentumWeight": 0.7, "breakoutWeight": 0.3}
        """)
        #expect(configuration.momentum == MomentumFactor.Parameters(horizons: [10, 20], horizonWeights: [2, 1], movingAveragePeriod: 30, movingAverageWeight: 0.5))
        #expect(configuration.breakout == BreakoutFactor.Parameters(channelPeriod: 20, volatilityPeriod: 14, volumePeriod: 10, distanceWeight: 2, volumeWeight: 0, volumeClip: 2))
        #expect(configuration.normalizationWindow == 60 && configuration.clipLimit == 2.5)
        #expect(configuration.composite.weights == [0.7, 0.3])
    }

    @Test("null members take their defaults")
    func nullMembers() throws {
        #expect(try Self.decode(#"{"momentum": null, "clipLimit": null}"#) == FactorConfiguration())
    }

    @Test("horizons without weights weigh 1 each")
    func horizonsOnly() throws {
        let configuration = try Self.decode(#"{"momentum": {"horizons": [5, 10, 20, 40]}}"#)
        #expect(configuration.momentum.horizonWeights == [1, 1, 1, 1])
    }

    @Test("encoding writes every member and decodes back to the same value")
    func roundTrip() throws {
        let original = FactorConfiguration(momentum: .init(horizons: [5], horizonWeights: [3]), normalizationWindow: 40, breakoutWeight: -0.25)
        let json = String(decoding: try JSONEncoder().encode(original), as: UTF8.self)
        #expect(json.contains("\"volumeClip\""))
        #expect(try Self.decode(json) == original)
    }

    @Test("errors name the file and the member", arguments: [
        (#"{"momentum": {"horizon": [5]}}"#, "momentum.horizon", "unknown field"),
        (#"{"momentum": {"horizons": [5, "x"]}}"#, "momentum.horizons[1]", "expected an integer"),
        (#"{"momentum": {"horizons": [5, -3]}}"#, "momentum.horizons", "horizon -3 is not positive"),
        (#"{"momentum": {"horizons": [5, 10], "horizonWeights": [1]}}"#, "momentum.horizonWeights", "1 weights for 2 horizons"),
        (#"{"breakout": {"volumePeriod": 1}}"#, "breakout.volumePeriod", "at least 2"),
        (#"{"breakout": {"volumeClip": 0}}"#, "breakout.volumeClip", "positive"),
        (#"{"clipLimit": "high"}"#, "clipLimit", "expected a number"),
        (#"{"normalizationWindow": 1}"#, "normalizationWindow", "at least 2"),
        (#"{"momentumWeight": true}"#, "momentumWeight", "expected a number"),
        (#"{"weights": {"momentum": 1}}"#, "weights", "unknown field"),
    ])
    func fieldErrors(json: String, field: String, message: String) {
        do {
            _ = try Self.decode(json)
            Issue.record("expected an error for \(json)")
        } catch {
            #expect(error.file == "test.json")
            #expect(error.field == field)
            #expect(error.message.contains(message), "\(error.message)")
            #expect(error.description.hasPrefix("test.json: field '\(field)': "))
        }
    }

    @Test("a setting given twice or a trailing comma is an error, not silently resolved", arguments: [
        ("{\"clipLimit\": 1,\n \"clipLimit\": 2}", "test.json: not valid JSON: line 2, column 2: member \"clipLimit\" appears twice in the same object"),
        ("{\"breakout\": {\"volumePeriod\": 3,}}", "test.json: not valid JSON: line 1, column 33: unexpected '}', expected a member name in double quotes"),
    ])
    func strictJSON(json: String, message: String) {
        #expect(throws: ConfigurationError(file: "test.json", field: nil, message: String(message.dropFirst("test.json: ".count)))) {
            try Self.decode(json)
        }
    }

    @Test("a malformed file names the file", arguments: ["{", "[1, 2]", "", "{\"momentum\": 3}"])
    func malformed(json: String) {
        #expect(throws: ConfigurationError.self) { try Self.decode(json) }
        do {
            _ = try Self.decode(json)
        } catch {
            #expect(error.description.hasPrefix("test.json: "))
        }
    }

    @Test("files are read from disk; a missing file is an error naming it")
    func files() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("factors-\(ProcessInfo.processInfo.processIdentifier).json").path
        try #"{"clipLimit": 2}"#.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configuration = try ConfigurationFile.decode(FactorConfiguration.self, fromFile: path)
        #expect(configuration.clipLimit == 2)
        do {
            _ = try ConfigurationFile.decode(FactorConfiguration.self, fromFile: path + ".missing")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == path + ".missing" && error.field == nil)
            #expect(error.message == "cannot read the file (No such file or directory)")
        }
    }

    @Test("a number the decoder cannot convert is reported with its member, line and column", arguments: [
        ("{\"clipLimit\": 2.5,\n \"momentum\": {\"horizons\": [21, 63.5]}}",
         "momentum.horizons[1]", "line 2, column 32: 63.5 is not a whole number in the range of an integer"),
        ("{\"momentum\": {\"horizons\": [99999999999999999999]}}",
         "momentum.horizons[0]", "line 1, column 28: 99999999999999999999 is not a whole number in the range of an integer"),
        ("{\"clipLimit\": 1e400}", "clipLimit", "line 1, column 15: 1e400 is beyond the range of a number"),
    ])
    func unreadableNumber(_ json: String, field: String, message: String) {
        do {
            _ = try ConfigurationFile.decode(FactorConfiguration.self, json: json, source: "numbers.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.field == field)
            #expect(error.message == message)
        }
    }

    @Test("windows longer than TA-Lib's bound on a period are refused before anything is allocated", arguments: [
        ("{\"normalizationWindow\": 9223372036854775807}", "normalizationWindow"),
        ("{\"momentum\": {\"horizons\": [21, 1000000]}}", "momentum.horizons"),
        ("{\"momentum\": {\"movingAveragePeriod\": 100001}}", "momentum.movingAveragePeriod"),
        ("{\"breakout\": {\"channelPeriod\": 100001}}", "breakout.channelPeriod"),
    ])
    func windowBound(_ json: String, field: String) {
        do {
            _ = try ConfigurationFile.decode(FactorConfiguration.self, json: json, source: "windows.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.field == field)
        }
    }

    @Test("a syntax error is reported with its line and column")
    func syntaxError() {
        do {
            _ = try ConfigurationFile.decode(FactorConfiguration.self, json: "{\"clipLimit\": 2,\n  \"weights\": }", source: "bad.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "bad.json" && error.field == nil)
            #expect(error.message == "not valid JSON: line 2, column 14: unexpected '}', expected a value")
        }
    }
}

import ExampleStrategies
import Factors
import Foundation
import Testing

@Suite("TrendBreakoutParameters")
struct TrendBreakoutParametersTests {
    static func decode(_ json: String) throws(ConfigurationError) -> TrendBreakoutParameters {
        try ConfigurationFile.decode(TrendBreakoutParameters.self, json: json, source: "tb.json")
    }

    @Test("documented defaults")
    func defaults() throws {
        let parameters = TrendBreakoutParameters()
        #expect(parameters.entryThreshold == 0.5 && parameters.exitThreshold == -0.25)
        #expect(parameters.minimumVolumeZScore == 0.5 && parameters.stopMultiple == 3 && parameters.maximumHoldingBars == 120)
        #expect(!parameters.allowsShorts && parameters.sizing == .equalWeight)
        #expect(parameters.investedFraction == 0.95 && parameters.riskFraction == 0.01)
        #expect(parameters.factors == FactorConfiguration())
        #expect(try Self.decode("{}") == parameters)
    }

    @Test("members are read, nested factor settings included, and round-trip")
    func members() throws {
        let parameters = try Self.decode("""
        {"entryThreshold": 1, "exitThreshold": 0, "sizing": "fixed-risk", "allowsShorts": true, "riskFraction": 0.02,
         "factors": {"momentumWeight": 0.8, "breakout": {"channelPeriod": 20}}}
        """)
        #expect(parameters.entryThreshold == 1 && parameters.exitThreshold == 0)
        #expect(parameters.sizing == .fixedRisk && parameters.allowsShorts && parameters.riskFraction == 0.02)
        #expect(parameters.factors.momentumWeight == 0.8 && parameters.factors.breakout.channelPeriod == 20)
        let json = String(decoding: try JSONEncoder().encode(parameters), as: UTF8.self)
        #expect(try Self.decode(json) == parameters)
        #expect(parameters.with(sizing: .equalWeight).sizing == .equalWeight)
    }

    @Test("errors name the member", arguments: [
        (#"{"entryTreshold": 1}"#, "entryTreshold"),
        (#"{"exitThreshold": 0.9}"#, "exitThreshold"),
        (#"{"sizing": "kelly"}"#, "sizing"),
        (#"{"maximumHoldingBars": 0}"#, "maximumHoldingBars"),
        (#"{"riskFraction": 2}"#, "riskFraction"),
        (#"{"factors": {"clipLimit": -1}}"#, "factors.clipLimit"),
    ])
    func errors(json: String, field: String) {
        do {
            _ = try Self.decode(json)
            Issue.record("expected an error for \(json)")
        } catch {
            #expect(error.field == field, "\(error)")
            #expect(error.description.hasPrefix("tb.json: field '\(field)'"))
        }
    }
}

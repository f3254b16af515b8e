import Testing
import TradingCore

@Suite("CommandLineArguments")
struct CommandLineArgumentsTests {
    @Test("options, flags, variadic values and positionals are consumed")
    func parsing() throws {
        var arguments = CommandLineArguments(["--csv", "a.csv", "b.csv", "--json", "--cash=5000", "--slippage-bps", "-3", "extra"])
        #expect(try arguments.values("csv", variadic: true) == ["a.csv", "b.csv"])
        let json = arguments.flag("json")
        #expect(json)
        #expect(try arguments.number("cash", as: Double.self) == 5000)
        #expect(try arguments.number("slippage-bps", as: Double.self) == -3)
        #expect(arguments.positionals() == ["extra"])
        try arguments.finish()
    }

    @Test("usage errors name the option")
    func errors() {
        var missing = CommandLineArguments(["--cash"])
        #expect(throws: CommandLineUsageError("option --cash needs a value")) { try missing.value("cash") }
        var empty = CommandLineArguments(["--out", ""])
        #expect(throws: CommandLineUsageError("option --out needs a value")) { try empty.value("out") }
        var malformed = CommandLineArguments(["--cash", "lots"])
        #expect(throws: CommandLineUsageError("option --cash: 'lots' is not a valid Double")) { try malformed.number("cash", as: Double.self) }
        let unknown = CommandLineArguments(["--bogus"])
        #expect(throws: CommandLineUsageError("unknown argument '--bogus'")) { try unknown.finish() }
    }
}

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

    @Test("a value list ends at a single-dash option, which stays unknown; negative numbers are values")
    func singleDashEndsList() throws {
        var arguments = CommandLineArguments(["--csv", "a.csv", "b.csv", "-v", "c.csv"])
        #expect(try arguments.values("csv", variadic: true) == ["a.csv", "b.csv"])
        #expect(throws: CommandLineUsageError("unknown argument '-v'")) { try arguments.finish() }
        var numbers = CommandLineArguments(["--levels", "1", "-2.5", "-", "3"])
        #expect(try numbers.values("levels", variadic: true) == ["1", "-2.5", "-", "3"])
    }

    @Test("a flag given twice is a usage error, as a repeated option is")
    func repeatedFlag() {
        var arguments = CommandLineArguments(["--json", "--cash", "5", "--json"])
        let json = arguments.flag("json")
        #expect(json)
        #expect(throws: CommandLineUsageError("option --json given more than once")) { try arguments.finish() }
    }

    @Test("numbers are decimal only: no hexadecimal, infinity or NaN", arguments: ["0x10", "inf", "nan", "Infinity", "1_000", "e5", "."])
    func decimalNumbersOnly(_ text: String) {
        var arguments = CommandLineArguments(["--cash", text])
        #expect(throws: CommandLineUsageError("option --cash: '\(text)' is not a valid Double")) { try arguments.number("cash", as: Double.self) }
    }

    @Test("decimal numbers in every notation are read", arguments: [("-0.5", -0.5), ("+3", 3), ("2.5e3", 2_500), ("1E-2", 0.01), (".5", 0.5)])
    func decimalNumbers(_ text: String, _ value: Double) throws {
        var arguments = CommandLineArguments(["--cash", text])
        #expect(try arguments.number("cash", as: Double.self) == value)
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

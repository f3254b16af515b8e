import Testing
import TradingCore

@Suite("JSON syntax errors")
struct JSONSyntaxTests {
    private func problem(_ text: String) -> JSONSyntax.Problem? { JSONSyntax.firstProblem(in: Array(text.utf8)) }

    @Test("valid texts have no problem", arguments: [
        "{}", "[]", " {\"a\": [1, -2.5e+3, 0, 0.25, 1E9, true, false, null, \"\\u00e9\\n\\\"\"]}\n", "\"text\"", "-0",
        "{\"é\": {\"b\": [[], {}]}}", "[1,\r\n\t2]",
    ])
    func valid(_ text: String) {
        #expect(problem(text) == nil)
    }

    @Test("each problem is located at its line and column (characters, not bytes) with what was expected")
    func located() {
        let cases: [(String, JSONSyntax.Problem)] = [
            ("{\"a\": 1,\n \"b\": }", .init(line: 2, column: 7, message: "unexpected '}', expected a value")),
            ("{\"a\" 1}", .init(line: 1, column: 6, message: "unexpected '1', expected ':' after the member name")),
            ("{a: 1}", .init(line: 1, column: 2, message: "unexpected 'a', expected a member name in double quotes")),
            ("[1 2]", .init(line: 1, column: 4, message: "unexpected '2', expected ',' or ']'")),
            ("{\"a\": 1 \"b\": 2}", .init(line: 1, column: 9, message: "unexpected '\"', expected ',' or '}'")),
            ("[01]", .init(line: 1, column: 3, message: "unexpected '1', expected ',' or ']'")),
            ("[1.]", .init(line: 1, column: 4, message: "unexpected ']', expected a digit after '.'")),
            ("[1e+]", .init(line: 1, column: 5, message: "unexpected ']', expected a digit in the exponent")),
            ("[-]", .init(line: 1, column: 3, message: "unexpected ']', expected a digit")),
            ("[tru]", .init(line: 1, column: 2, message: "unexpected 'tru', expected a value")),
            ("[\"é\", nul]", .init(line: 1, column: 7, message: "unexpected 'nul', expected a value")),
            ("{\"a\": \"b\\x\"}", .init(line: 1, column: 10, message: "invalid escape \\x")),
            ("[\"\\u12G4\"]", .init(line: 1, column: 7, message: "unexpected 'G', expected four hexadecimal digits after \\u")),
            ("[\"a\tb\"]", .init(line: 1, column: 4, message: "control character 0x9 in a string (write it as an escape)")),
            ("{\"a\": \"open", .init(line: 1, column: 7, message: "string not closed before the end of the text")),
            ("{\"a\": [1, 2", .init(line: 1, column: 12, message: "unexpected end of text, expected ',' or ']'")),
            ("", .init(line: 1, column: 1, message: "unexpected end of text, expected a value")),
            ("{} {}", .init(line: 1, column: 4, message: "unexpected '{' after the JSON value")),
            ("\n\n  ,", .init(line: 3, column: 3, message: "unexpected ',', expected a value")),
            ("{\"a\": 1,\n \"b\": {\"a\": 2, \"a\": 3}}", .init(line: 2, column: 16, message: "member \"a\" appears twice in the same object")),
            ("{\"\\u0061\": 1, \"a\": 2}", .init(line: 1, column: 15, message: "member \"a\" appears twice in the same object")),
        ]
        for (text, expected) in cases {
            #expect(problem(text) == expected, "\(text)")
        }
        #expect(problem("[1 2]")?.description == "line 1, column 4: unexpected '2', expected ',' or ']'")
    }

    @Test("nesting beyond the maximum depth is a problem, not a crash")
    func deepNesting() {
        let depth = JSONSyntax.maximumDepth
        #expect(problem(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)) == nil)
        let tooDeep = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        #expect(problem(tooDeep) == .init(line: 1, column: depth + 1, message: "nesting deeper than \(depth) levels"))
    }

    @Test("numbers are listed in text order with their members, lines and columns")
    func numbers() {
        let text = "{\"a\": [1, {\"b\\u0063\": -2.5e3}],\n \"\\ud83d\\ude00 é\": 7, \"s\": \"1\", \"n\": {\"x.y\": [[0.5]]}}"
        let tokens = JSONSyntax.numbers(in: Array(text.utf8))
        #expect(tokens.map(\.text) == ["1", "-2.5e3", "7", "0.5"])
        #expect(tokens.map(\.path) == ["a[0]", "a[1].bc", "\u{1F600} é", "n.x.y[0][0]"])
        #expect(tokens.map(\.line) == [1, 1, 2, 2])
        #expect(tokens.map(\.column) == [8, 23, 20, 48])
        #expect(tokens.allSatisfy { String(decoding: Array(text.utf8)[$0.range], as: UTF8.self) == $0.text })
        #expect(JSONSyntax.numbers(in: Array("[1, 2".utf8)).isEmpty)
        #expect(JSONSyntax.numbers(in: Array("-0.5".utf8)).map(\.path) == [""])
    }
}

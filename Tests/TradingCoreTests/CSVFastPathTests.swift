import Testing
@testable import TradingCore

/// Pins the CSV reader's fast path (``CSVFastRowParser``, ``DecimalParser/parsePlainField(_:at:count:)``,
/// ``Timestamp/parseField(_:at:count:delimiter:cache:)``) to the general path and to
/// `Double(String)`: same tables bit for bit, same issues, on seeded random files with defects.
@Suite("CSV fast path")
struct CSVFastPathTests {
    // MARK: Whole files: fast path against general path

    @Test("random files with injected defects read to identical tables and issues on both paths", arguments: 0..<60)
    func fastPathMatchesGeneralPath(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) &* 0x9E37_79B9 &+ 11)
        let text = RandomCSV.make(using: &random)
        let bytes = Array(text.utf8)
        for recordsLines in [false, true] {
            let fast = bytes.withUnsafeBufferPointer { CSVBarReader.read($0, file: "r.csv", delimiter: nil, recordsLines: recordsLines, usesFastPath: true) }
            let general = bytes.withUnsafeBufferPointer { CSVBarReader.read($0, file: "r.csv", delimiter: nil, recordsLines: recordsLines, usesFastPath: false) }
            Self.expectIdentical(fast, general, "seed \(seed)")
        }
    }

    @Test("a clean file is read by the fast path to its last row, and both paths agree")
    func cleanFileTakesTheFastPathThroughout() throws {
        var random = SplitMix64(seed: 5)
        var text = "symbol,date,open,high,low,close,volume\n"
        let rows = 2_000
        var lines: [String] = []
        for row in 0..<rows {
            let time = Timestamp(rawValue: Timestamp(year: 2021, month: 6, day: 1).rawValue + Int64(row) * 60 * Timestamp.nanosecondsPerSecond)
            let low = 100 + Double(random.next() % 10_000) / 100
            let line = "SYN,\(RandomCSV.dateTime(time, separator: "T", zone: "Z")),\(low + 0.5),\(low + 1),\(low),\(low + 0.25),\(random.next() % 1_000_000)"
            lines.append(line)
            text += line + "\n"
        }
        // Blank lines at the end leave room for the eight-byte loads of the last row.
        text += "\n\n\n\n\n\n\n\n\n\n"
        let bytes = Array(text.utf8)
        let header = "symbol,date,open,high,low,close,volume\n".utf8.count
        let firstRow = lines[0].utf8.count + 1
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            let parser = CSVFastRowParser(roles: [.symbol, .timestamp, .open, .high, .low, .close, .volume], delimiter: UInt8(ascii: ","))
            let isApplicable = parser.isApplicable
            #expect(isApplicable)
            // The general path reads the first row (it learns the symbol there); the fast path the rest.
            var context = CSVRowContext()
            context.symbolStart = header
            context.symbolLength = 3
            context.previousTimestamp = Timestamp(year: 2021, month: 6, day: 1).rawValue
            context.previousClose = 1
            var columns = CSVColumns(expectedRows: rows, recordsLines: true, hasAdjustedClose: false, hasDividends: false, hasSplits: false)
            var position = header + firstRow
            var line = 3
            var rowCount = 0
            parser.appendRows(base, count: buffer.count, position: &position, line: &line, rowCount: &rowCount, context: &context, columns: &columns)
            #expect(rowCount == rows - 1)
            #expect(line == rows + 2)
            #expect(position == buffer.count - 10)
            var table = CSVBarTable()
            columns.move(into: &table)
            #expect(table.lines == Array(3...(rows + 1)))
            #expect(table.timestamps.last == Timestamp(rawValue: Timestamp(year: 2021, month: 6, day: 1).rawValue + Int64(rows - 1) * 60 * Timestamp.nanosecondsPerSecond))
        }
        let fast = bytes.withUnsafeBufferPointer { CSVBarReader.read($0, file: "c.csv", delimiter: nil, recordsLines: false, usesFastPath: true) }
        let general = bytes.withUnsafeBufferPointer { CSVBarReader.read($0, file: "c.csv", delimiter: nil, recordsLines: false, usesFastPath: false) }
        #expect(fast.issues.isEmpty)
        #expect(fast.timestamps.count == rows)
        Self.expectIdentical(fast, general, "clean file")
    }

    @Test("the fast path stops at the first row it cannot take, without consuming it", arguments: [
        ("quote", "\"SYN\",2021-06-01T00:02:00Z,1.5,2,1,1.25,10\n"),
        ("exponent", "SYN,2021-06-01T00:02:00Z,1.5e0,2,1,1.25,10\n"),
        ("plus sign", "SYN,2021-06-01T00:02:00Z,+1.5,2,1,1.25,10\n"),
        ("missing field", "SYN,2021-06-01T00:02:00Z,1.5,2,1,1.25\n"),
        ("extra field", "SYN,2021-06-01T00:02:00Z,1.5,2,1,1.25,10,3\n"),
        ("space", "SYN,2021-06-01T00:02:00Z, 1.5,2,1,1.25,10\n"),
        ("high below low", "SYN,2021-06-01T00:02:00Z,1.5,1,2,1.25,10\n"),
        ("negative volume", "SYN,2021-06-01T00:02:00Z,1.5,2,1,1.25,-10\n"),
        ("same timestamp", "SYN,2021-06-01T00:01:00Z,1.5,2,1,1.25,10\n"),
        ("other symbol", "SYX,2021-06-01T00:02:00Z,1.5,2,1,1.25,10\n"),
        ("hour 24", "SYN,2021-06-01T24:02:00Z,1.5,2,1,1.25,10\n"),
        ("lone carriage return", "SYN,2021-06-01T00:02:00Z,1.5,2,1,1.25,10\rSYN,2021-06-01T00:03:00Z,1.5,2,1,1.25,10\n"),
        ("blank line", "\n"),
    ])
    func stopsAtIrregularRow(name: String, row: String) {
        let first = "SYN,2021-06-01T00:01:00Z,1.5,2,1,1.25,10\n"
        let text = first + row + "SYN,2021-06-01T00:09:00Z,1.5,2,1,1.25,10\n\n\n\n\n\n\n\n\n\n"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let parser = CSVFastRowParser(roles: [.symbol, .timestamp, .open, .high, .low, .close, .volume], delimiter: UInt8(ascii: ","))
            var context = CSVRowContext()
            context.symbolStart = 0
            context.symbolLength = 3
            var columns = CSVColumns(expectedRows: 4, recordsLines: false, hasAdjustedClose: false, hasDividends: false, hasSplits: false)
            var position = 0, line = 2, rowCount = 0
            parser.appendRows(buffer.baseAddress!, count: buffer.count, position: &position, line: &line, rowCount: &rowCount, context: &context, columns: &columns)
            #expect(rowCount == 1, "\(name)")
            #expect(line == 3, "\(name)")
            #expect(position == first.utf8.count, "\(name)")
            #expect(context.previousTimestamp == Timestamp(year: 2021, month: 6, day: 1, hour: 0, minute: 1).rawValue, "\(name)")
        }
    }

    @Test("with `,` as separator, a comma after the seconds ends the timestamp on both paths", arguments: [true, false])
    func commaAfterSecondsIsTheSeparator(usesFastPath: Bool) {
        let text = "date,open,high,low,close,volume\n2024-03-01 10:00:00,100,101,99,100,5000\n2024-03-01 10:01:00,100,101,99,100,5000\n"
        let bytes = Array(text.utf8)
        let table = bytes.withUnsafeBufferPointer { CSVBarReader.read($0, file: "t.csv", delimiter: nil, recordsLines: false, usesFastPath: usesFastPath) }
        #expect(table.issues.isEmpty)
        #expect(table.timestamps == [Timestamp(year: 2024, month: 3, day: 1, hour: 10), Timestamp(year: 2024, month: 3, day: 1, hour: 10, minute: 1)])
        #expect(table.open == [100, 100])
        // A decimal comma still reads as a fraction where it cannot be the separator.
        #expect(Timestamp(parsing: "2024-03-01 10:00:00,25") == Timestamp(year: 2024, month: 3, day: 1, hour: 10, nanosecond: 250_000_000))
    }

    @Test("layouts the fast path takes, and those it leaves to the general path")
    func applicableLayouts() {
        let comma = UInt8(ascii: ",")
        #expect(Self.isApplicable([.timestamp, .open, .high, .low, .close, .volume], comma))
        #expect(Self.isApplicable([.symbol, .timestamp, .open, .high, .low, .close, .adjustedClose, .volume, .dividends, .splits], UInt8(ascii: ";")))
        #expect(Self.isApplicable([.timestamp, .volume, .close, .low, .high, .open], UInt8(ascii: "\t")))
        #expect(!Self.isApplicable([.timestamp, .open, .high, .low, .close, .volume, .ignored], comma))
        #expect(!Self.isApplicable([.open, .timestamp, .high, .low, .close, .volume], comma))
        #expect(!Self.isApplicable([.timestamp, .symbol, .open, .high, .low, .close, .volume], comma))
        #expect(!Self.isApplicable([.timestamp, .open, .high, .low, .close, .volume], UInt8(ascii: " ")))
        #expect(!Self.isApplicable([], comma))
    }

    // MARK: Numbers

    @Test("plain numbers at the fast path's edges parse exactly like Double(String)", arguments: [
        "0", "-0", "0.0", "-0.0", "7", "1234567", "12345678", "123456789", "9999999.9999999", "9999999.99999999",
        "0.0000001", "0.00000001", "1234567.1234567", "1234567.12345678", "12345678.1234567", "00000001", "0000000.5",
        "149.9919", "150.233", "804931", "0.1", "0.3", "2.490664005279541", "44.380001068115234", "9007199254740992",
        "9007199254740993", "900719925474099.3", "12345678901234567890", "1.00000000000000000001", "-1234567.7654321",
        "4.35", "1e5", "5.", ".5", "+5", "-", "-.5", "1.2.3", "12a", "",
    ])
    func plainNumberEdges(text: String) {
        let (value, end) = Self.parsePlain(text, followedBy: ",")
        if let value, end == text.utf8.count {
            #expect(value.bitPattern == Double(text)?.bitPattern, "\(text)")
        } else {
            // Declined, or stopped before the separator (which the caller then rejects): the
            // general path reads the field. Only shapes outside `-`?digits(`.`digits)? may be.
            #expect(Self.isOutsidePlainShape(text), "\(text) was declined")
        }
    }

    @Test("100 000 random plain numbers of 1…28 digits parse exactly like Double(String)")
    func randomPlainNumbers() {
        var random = SplitMix64(seed: 909)
        var mismatches: [String] = []
        for _ in 0..<100_000 {
            let integerDigits = Int(random.next() % 12) + 1
            // Up to 16 decimals: the one-word (≤ 7), two-word (8…15 significant digits) and
            // exact paths.
            let fractionDigits = Int(random.next() % 17)
            var text = random.next() % 5 == 0 ? "-" : ""
            for _ in 0..<integerDigits { text += String(random.next() % 10) }
            if fractionDigits > 0 {
                text += "."
                for _ in 0..<fractionDigits { text += String(random.next() % 10) }
            }
            let terminator = ["\n", ",", ";", "\t", "\r\n"][Int(random.next() % 5)]
            let (value, end) = Self.parsePlain(text, followedBy: terminator)
            if value?.bitPattern != Double(text)?.bitPattern || end != text.utf8.count { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test("a number closer than nine bytes to the end of the input is declined, not over-read")
    func declinesNearTheEnd() {
        for text in ["1", "12.5", "1234567", "12345678"] {
            let bytes = Array(text.utf8)
            let result = bytes.withUnsafeBufferPointer { DecimalParser.parsePlainField($0.baseAddress!, at: 0, count: $0.count) }
            #expect(result == nil, "\(text)")
        }
        // Long numbers go through the exact path, which needs a byte after the number too.
        let long = Array("123456789012.5".utf8)
        let result = long.withUnsafeBufferPointer { DecimalParser.parsePlainField($0.baseAddress!, at: 0, count: $0.count) }
        #expect(result == nil)
    }

    @Test("eight-byte digit runs: length and value of every prefix length, against a byte loop")
    func digitRuns() {
        var random = SplitMix64(seed: 31)
        for _ in 0..<20_000 {
            var bytes = (0..<8).map { _ in UInt8(ascii: "0") + UInt8(random.next() % 10) }
            let length = Int(random.next() % 9)
            if length < 8 { bytes[length] = [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "\n"), 0xFF, UInt8(ascii: "/"), UInt8(ascii: ":")][Int(random.next() % 6)] }
            var word: UInt64 = 0
            for (index, byte) in bytes.enumerated() { word |= UInt64(byte) << (8 * UInt64(index)) }
            let run = DecimalParser.digitRun(word)
            #expect(run.length == length)
            guard length > 0 && length < 8 else { continue }
            let digits = bytes[..<length].map { UInt64($0 - UInt8(ascii: "0")) }
            let value = digits.reduce(0) { $0 * 10 + $1 }
            var padded = value
            for _ in length..<8 { padded *= 10 }
            #expect(run.value == value && run.padded == padded, "\(bytes)")
        }
    }

    // MARK: Timestamps

    @Test("timestamp fields agree with the general parser, on the cached path and off it")
    func timestampFields() {
        var random = SplitMix64(seed: 17)
        var cache = TimestampParseCache()
        var mismatches: [String] = []
        let dates = [
            "2020-01-01", "2020-01-31", "2020-01-32", "2020-01-00", "2020-02-29", "2020-02-30", "2020-02-1a", "1999-12-31",
            "2024-03-10", "2021-02-28", "2021-02-29", "2021-13-01",
        ]
        for _ in 0..<20_000 {
            let date = dates[Int(random.next() % UInt64(dates.count))]
            var field = date
            switch random.next() % 8 {
            case 0:
                break
            case 1:
                field += "T" + format2(random.next() % 26) + ":" + format2(random.next() % 61) + ":" + format2(random.next() % 62) + "Z"
            case 2:
                field += " " + format2(random.next() % 24) + ":" + format2(random.next() % 60) + ":" + format2(random.next() % 60)
            case 3:
                field += "T" + format2(random.next() % 24) + ":" + format2(random.next() % 60) + ":" + format2(random.next() % 60) + ".25Z"
            case 4:
                field += "T" + format2(random.next() % 24) + ":" + format2(random.next() % 60) + ":" + format2(random.next() % 60) + "-04:00"
            case 5:
                field += "T" + format2(random.next() % 24) + ":" + format2(random.next() % 60)
            case 6:
                field += "T" + format2(random.next() % 24) + ":x" + format2(random.next() % 60) + ":00Z"
            default:
                field += "T" + format2(random.next() % 24) + ":" + format2(random.next() % 60) + ":" + format2(random.next() % 60) + "ZZ"
            }
            let text = field + ",1,2,3,4,5,6,7\n"
            let bytes = Array(text.utf8)
            let fast = bytes.withUnsafeBufferPointer {
                Timestamp.parseField($0.baseAddress!, at: 0, count: $0.count, delimiter: UInt8(ascii: ","), cache: &cache)
            }
            let general = Timestamp(parsing: field)?.rawValue
            if fast?.nanoseconds != general || (fast != nil && fast?.end != field.utf8.count) { mismatches.append("\(field) \(String(describing: fast)) \(String(describing: general))") }
        }
        let mismatchCount = mismatches.count
        #expect(mismatchCount == 0, "\(mismatches.prefix(5))")

        func format2(_ value: UInt64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    }

    // MARK: Helpers

    /// Whether the fast path takes a header with `roles` and `delimiter`.
    static func isApplicable(_ roles: [CSVBarReader.Role], _ delimiter: UInt8) -> Bool {
        CSVFastRowParser(roles: roles, delimiter: delimiter).isApplicable
    }

    /// Parses `text` followed by `terminator` and padding with the fast number parser.
    static func parsePlain(_ text: String, followedBy terminator: String) -> (Double?, Int?) {
        let bytes = Array((text + terminator + "0000000000000000").utf8)
        let result = bytes.withUnsafeBufferPointer { DecimalParser.parsePlainField($0.baseAddress!, at: 0, count: $0.count) }
        return (result?.value, result?.end)
    }

    /// Whether `text` is not `-`? digits (`.` digits)?.
    static func isOutsidePlainShape(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "-" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        let isDigits = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        return !(parts.count == 1 && isDigits(parts[0])) && !(parts.count == 2 && isDigits(parts[0]) && isDigits(parts[1]))
    }

    /// Expects two reader results to be identical, doubles compared bit for bit.
    static func expectIdentical(_ fast: CSVBarTable, _ general: CSVBarTable, _ label: String) {
        // Compared as text: an issue about a NaN is not equal to itself.
        let fastIssues = fast.issues.map(\.description), generalIssues = general.issues.map(\.description)
        let firstDifference = zip(fastIssues, generalIssues).first { $0 != $1 }.map { "\($0.0) | \($0.1)" } ?? "none in the common prefix"
        let issuesAgree = fastIssues == generalIssues
        #expect(issuesAgree, "\(label): issues (\(fast.issues.count) and \(general.issues.count)), first difference: \(firstDifference)")
        #expect(fast.rowCount == general.rowCount, "\(label): row count")
        #expect(fast.symbol == general.symbol, "\(label): symbol")
        #expect(fast.timestamps == general.timestamps, "\(label): timestamps")
        #expect(fast.lines == general.lines, "\(label): lines")
        let columns: [(String, (CSVBarTable) -> [Double]?)] = [
            ("open", { $0.open }), ("high", { $0.high }), ("low", { $0.low }), ("close", { $0.close }), ("volume", { $0.volume }),
            ("adjusted close", { $0.adjustedClose }), ("dividends", { $0.dividends }), ("splits", { $0.splits }),
        ]
        for (name, column) in columns {
            #expect(column(fast)?.map(\.bitPattern) == column(general)?.map(\.bitPattern), "\(label): \(name)")
        }
    }
}

/// Seeded random OHLCV files in the layouts and dialects the reader accepts, with defects
/// injected into a few percent of the rows.
enum RandomCSV {
    static func make(using random: inout SplitMix64) -> String {
        let delimiter = [",", ";", "\t"][Int(random.next() % 3)]
        let newline = random.next() % 3 == 0 ? "\r\n" : "\n"
        let hasSymbol = random.next() % 2 == 0
        var numeric = ["open", "high", "low", "close", "volume"]
        for extra in ["adjclose", "dividends", "splits"] where random.next() % 3 == 0 { numeric.append(extra) }
        if random.next() % 3 == 0 { numeric.shuffle(using: &random) }
        var header = (hasSymbol ? ["symbol"] : []) + ["date"] + numeric
        if random.next() % 8 == 0 { header.append("note") }
        let timeStyle = random.next() % 4
        let step = timeStyle == 0 ? Timestamp.nanosecondsPerDay : 60 * Timestamp.nanosecondsPerSecond
        var time = Timestamp(year: 2019, month: 12, day: 30).rawValue
        var text = header.joined(separator: delimiter) + newline
        var previousClose = 100.0
        for _ in 0..<Int(random.next() % 400) + 50 {
            time += step * Int64(random.next() % 3 + 1)
            let decimals = Int(random.next() % 9)
            let ticks = { (value: Double) -> String in number(value, decimals: decimals) }
            let low = max(0.01, previousClose * (1 + (Double(random.next() % 2_001) - 1_000) / 50_000))
            let high = low * (1 + Double(random.next() % 500) / 10_000)
            let open = low + (high - low) * Double(random.next() % 101) / 100
            let close = low + (high - low) * Double(random.next() % 101) / 100
            previousClose = close
            var fields: [String: String] = [
                "symbol": "SYN",
                "date": timeStyle == 0 ? Timestamp(rawValue: time).dateString
                    : dateTime(Timestamp(rawValue: time), separator: timeStyle == 3 ? " " : "T", zone: timeStyle == 1 ? "Z" : ""),
                "open": ticks(open), "high": ticks(high), "low": ticks(low), "close": ticks(close),
                "volume": String(random.next() % 10_000_000),
                "adjclose": ticks(close * 0.98),
                "dividends": random.next() % 20 == 0 ? "0.25" : "0",
                "splits": random.next() % 40 == 0 ? "2" : "0.0",
                "note": "n",
            ]
            var lineEnd = newline
            var columns = header
            if random.next() % 12 == 0 {
                // One defect (or irregular but valid form) in this row.
                let target = numeric[Int(random.next() % UInt64(numeric.count))]
                switch random.next() % 24 {
                case 0: fields[target] = "\"" + (fields[target] ?? "") + "\""
                case 1: fields[target] = "abc"
                case 2: fields[target] = ""
                case 3: columns.removeLast()
                case 4: columns.append("volume")
                case 5: time -= step * 2; fields["date"] = Timestamp(rawValue: time).dateString
                case 6: time -= step; fields["date"] = timeStyle == 0 ? Timestamp(rawValue: time).dateString : dateTime(Timestamp(rawValue: time), separator: "T", zone: "Z")
                case 7: (fields["high"], fields["low"]) = (fields["low"], fields["high"])
                case 8: fields["open"] = "0"
                case 9: fields["volume"] = "-5"
                case 10: fields[target] = "nan"
                case 11: fields[target] = "inf"
                case 12: fields[target] = String(Double(fields[target] ?? "") ?? 1) + "e0"
                case 13: fields[target] = "+" + (fields[target] ?? "")
                case 14: fields[target] = " " + (fields[target] ?? "") + " "
                case 15: fields[target] = String(Double(fields[target] ?? "") ?? 1)
                case 16: text += newline
                case 17: lineEnd = "\r"
                case 18: fields["symbol"] = "SYX"
                case 19: fields["date"] = "2021-02-29"
                case 20: fields["dividends"] = "1000"; fields["splits"] = "-2"
                case 21: fields[target] = "1" + String(repeating: "0", count: 19)
                case 22: fields[target] = "0.0000000000001"
                default: fields[target] = (fields[target] ?? "") + "0000000001"
                }
            }
            text += columns.map { fields[$0] ?? "" }.joined(separator: delimiter) + lineEnd
        }
        if random.next() % 2 == 0 { text.removeLast(newline.count) }
        return text
    }

    /// `value` with exactly `decimals` decimals, rounded half up (0 decimals: an integer).
    static func number(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let ticks = Int64((value * scale).rounded())
        guard decimals > 0 else { return String(ticks) }
        let integer = ticks / Int64(scale)
        var fraction = String(ticks % Int64(scale))
        while fraction.count < decimals { fraction = "0" + fraction }
        return "\(integer).\(fraction)"
    }

    /// `YYYY-MM-DD<separator>HH:MM:SS<zone>`.
    static func dateTime(_ timestamp: Timestamp, separator: String, zone: String) -> String {
        let seconds = (timestamp.rawValue / Timestamp.nanosecondsPerSecond) % 86_400
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return timestamp.dateString + separator + two(seconds / 3_600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60) + zone
    }
}

@Suite("CSV row-count estimate")
struct CSVRowEstimateTests {
    static func estimate(_ text: String) -> (estimate: Int, rows: Int) {
        var text = text
        return text.withUTF8 { bytes in
            let rows = bytes.filter { $0 == UInt8(ascii: "\n") }.count
            return (CSVBarReader.estimatedRowCount(bytes.baseAddress!, count: bytes.count, dataStart: 0), rows)
        }
    }

    @Test("rows of one length: 3 % above the count")
    func constantLength() {
        let (estimate, rows) = Self.estimate(String(repeating: "2024-01-02,1.5,2.5,1.25,2.0,100\n", count: 10_000))
        #expect(estimate == Int(Double(rows) * 1.03) + 16)
    }

    @Test("rows that lengthen through the file (prices gaining digits) are estimated within 5 %")
    func lengtheningRows() {
        var text = ""
        var price = 1.0
        for day in 0..<20_000 {
            price *= 1.0003
            text += "D\(day),\(price),\(price),\(price),\(price),\(1_000 + day)\n"
        }
        let (estimate, rows) = Self.estimate(text)
        #expect(estimate >= rows * 95 / 100 && estimate <= rows * 110 / 100, "\(estimate) for \(rows) rows")
    }

    @Test("blank lines do not inflate the estimate past one row per 16 bytes")
    func blankLines() {
        let text = String(repeating: "\n", count: 100_000)
        let (estimate, _) = Self.estimate(text)
        #expect(estimate == Int(Double(100_000) / 16 * 1.03) + 16)
    }
}

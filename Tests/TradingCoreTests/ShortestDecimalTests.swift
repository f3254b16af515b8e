import Foundation
import Testing
@testable import TradingCore


/// The values of `values` whose text differs from the reference, through both writers: the
/// `String` one (``CSVExport/number(_:)``) and the buffer one the CSV rows use.
private func mismatches(_ values: [Double]) -> [String] {
    var buffer = TextBuffer(reservingCapacity: 64)
    var found: [String] = []
    for value in values where value.isFinite {
        buffer.removeAll()
        buffer.writeRow(atMost: TextBuffer.maximumNumberLength) { $0.number(value) }
        let expected = plainNumberReference(value)
        let text = CSVExport.number(value)
        if text != expected || buffer.text != expected || Double(text)?.bitPattern != (value == 0 ? 0 : value.bitPattern) {
            found.append("\(value.description): \(text) / \(buffer.text)")
        }
    }
    return found
}

@Suite("Shortest decimal")
struct ShortestDecimalTests {
    @Test("400 000 random bit patterns over the whole exponent range, both signs")
    func wholeExponentRange() {
        var random = SplitMix64(seed: 2_026)
        let values = (0..<400_000).map { _ in Double(bitPattern: random.next()) }
        let found = mismatches(values)
        #expect(found.isEmpty, "\(found.count): \(found.prefix(10))")
    }

    @Test("100 000 random doubles in the fast path's range (1e-6 to 2^52) with short and long digits")
    func fastPathRange() {
        var random = SplitMix64(seed: 41)
        var values: [Double] = []
        for round in 0..<100_000 {
            let exponent = UInt64(1023 - 20) + random.next() % 72
            let long = Double(bitPattern: exponent << 52 | random.next() & ((1 << 52) - 1))
            // Short decimals: a few digits scaled by a power of ten, as prices and fees are.
            let short = Double(random.next() % 1_000_000) / [1, 10, 100, 1_000, 10_000, 1e6, 1e8, 1e10][round % 8]
            values += [long, -long, short]
        }
        let found = mismatches(values)
        #expect(found.isEmpty, "\(found.count): \(found.prefix(10))")
    }

    @Test("every power of two, with its neighbours")
    func powersOfTwo() {
        var values: [Double] = []
        for exponent in -1_074...1_023 {
            let power = Double(sign: .plus, exponent: exponent, significand: 1)
            values += [power, power.nextUp, power.nextDown, -power]
        }
        let found = mismatches(values)
        #expect(found.isEmpty, "\(found.count): \(found.prefix(10))")
    }

    @Test("integers up to and beyond 2^53, and halves between them")
    func integers() {
        var random = SplitMix64(seed: 9)
        var values: [Double] = []
        for round in 0..<50_000 {
            let bits = 1 + round % 62
            let integer = Double(random.next() >> UInt64(64 - bits))
            values += [integer, integer + 0.5, -integer]
        }
        let found = mismatches(values)
        #expect(found.isEmpty, "\(found.count): \(found.prefix(10))")
    }

    @Test("subnormals and the smallest normals")
    func subnormals() {
        var random = SplitMix64(seed: 13)
        var values = [Double.leastNonzeroMagnitude, Double.leastNormalMagnitude, Double.leastNormalMagnitude.nextDown]
        for _ in 0..<20_000 { values.append(Double(bitPattern: random.next() & ((1 << 52) - 1))) }
        let found = mismatches(values)
        #expect(found.isEmpty, "\(found.count): \(found.prefix(10))")
    }

    @Test("values within a few ulps of every power of ten")
    func powersOfTen() throws {
        var values: [Double] = []
        for exponent in -323...308 {
            var value = try #require(Double("1e\(exponent)"))
            for _ in 0..<4 { value = value.nextDown }
            for _ in 0..<9 {
                values += [value, -value, value * 9.999_999_999_999_998]
                value = value.nextUp
            }
        }
        let found = mismatches(values)
        #expect(found.isEmpty, "\(found.count): \(found.prefix(10))")
    }

    @Test("the digit count of every power of ten and its neighbours")
    func digitCounts() {
        #expect(ShortestDecimal.digitCount(0) == 1)
        var power: UInt64 = 1
        for digits in 1...19 {
            #expect(ShortestDecimal.digitCount(power) == digits)
            #expect(ShortestDecimal.digitCount(power * 10 - 1) == digits)
            power *= 10
        }
        #expect(ShortestDecimal.digitCount(.max) == 20)
    }
}

@Suite("Timestamp text")
struct TimestampTextTests {
    @Test("the cached date is right across midnights, before 1970 and with fractions of a second")
    func matchesDescription() {
        var random = SplitMix64(seed: 21)
        var text = TimestampText()
        var raw: Int64 = -2 * Timestamp.nanosecondsPerDay - 3
        var mismatches: [String] = []
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { scratch in
            for round in 0..<20_000 {
                // Mostly small steps (same day), sometimes whole days, minutes or nanoseconds.
                let steps: [Int64] = [1, 60_000_000_000, Timestamp.nanosecondsPerDay, 3_600_000_000_000 - 1, 999]
                raw += steps[Int(random.next() % 5)] * Int64(1 + random.next() % 3)
                if round % 997 == 0 { raw = Int64(bitPattern: random.next()) % (Timestamp.nanosecondsPerDay * 100_000) }
                let timestamp = Timestamp(rawValue: raw)
                let count = text.write(timestamp, to: scratch.baseAddress!)
                let written = String(decoding: UnsafeBufferPointer(rebasing: scratch[..<count]), as: UTF8.self)
                if written != timestamp.description { mismatches.append("\(raw): \(written) vs \(timestamp.description)") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}

@Suite("Report files")
struct ReportFileTests {
    private static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("tradingkit-\(ProcessInfo.processInfo.processIdentifier)-\(name)").path
    }

    @Test("writeEquity streams the same bytes as equity(_:), across chunk boundaries and chunk pairs formatted on two threads", arguments: [0, 1, CSVExport.rowsPerChunk, 2 * CSVExport.rowsPerChunk, 2 * CSVExport.rowsPerChunk + 17, 3 * CSVExport.rowsPerChunk + 5])
    func equityFile(rows: Int) throws {
        var random = SplitMix64(seed: UInt64(rows))
        var curve = EquityCurve()
        for index in 0..<rows {
            let equity = 50_000 + (random.nextUnitInterval() - 0.5) * 10_000
            let cash = index % 4 == 0 ? 50_000 : equity * random.nextUnitInterval()
            curve.append(timestamp: Timestamp(rawValue: 1_600_000_000_000_000_000 + Int64(index) * 60_000_000_000),
                         equity: equity, cash: cash, grossExposure: equity - cash, netExposure: cash - equity)
        }
        let path = Self.temporaryPath("equity-\(rows).csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try CSVExport.writeEquity(curve, toFile: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == CSVExport.equity(curve))
    }

    @Test("writeTrades and writeOrders write the String writers' text")
    func tradesAndOrdersFiles() throws {
        var trades: [Trade] = []
        for index in 0..<3 {
            let day: Int64 = 86_400_000_000_000
            let entry = Timestamp(rawValue: Int64(index) * day)
            let exit = Timestamp(rawValue: Int64(index + 1) * day)
            let symbol = index == 1 ? "A,B" : "MU"
            let side: PositionSide = index == 2 ? .short : .long
            trades.append(Trade(symbol: symbol, side: side, quantity: Double(index) + 0.5, entryTime: entry, entryPrice: 10.25,
                                exitTime: exit, exitPrice: 11.0 / 3, commission: 0.1, barsHeld: 1, strategy: "test"))
        }
        let tradesPath = Self.temporaryPath("trades.csv")
        let ordersPath = Self.temporaryPath("orders.csv")
        defer {
            try? FileManager.default.removeItem(atPath: tradesPath)
            try? FileManager.default.removeItem(atPath: ordersPath)
        }
        try CSVExport.writeTrades(trades, toFile: tradesPath)
        #expect(try String(contentsOfFile: tradesPath, encoding: .utf8) == CSVExport.trades(trades))
        try CSVExport.writeOrders([], toFile: ordersPath)
        #expect(try String(contentsOfFile: ordersPath, encoding: .utf8) == CSVExport.orders([]))
    }

    #if os(Linux)
    @Test("a write that fails midway (a full device) is reported, with chunks being formatted on two threads")
    func failingWrite() {
        var curve = EquityCurve()
        for index in 0..<(2 * CSVExport.rowsPerChunk) {
            curve.append(timestamp: Timestamp(rawValue: Int64(index)), equity: 1, cash: 1, grossExposure: 0, netExposure: 0)
        }
        #expect(throws: ReportWriteError(path: "/dev/full", reason: "No space left on device")) {
            try CSVExport.writeEquity(curve, toFile: "/dev/full")
        }
    }
    #endif

    @Test("writeRunReports writes the three files the single writers write, and reports the first failure after trying every file")
    func runReports() throws {
        var curve = EquityCurve()
        for index in 0..<500 {
            curve.append(timestamp: Timestamp(rawValue: Int64(index) * 60_000_000_000), equity: 100 + Double(index) / 7,
                         cash: 50, grossExposure: 50 + Double(index) / 7, netExposure: 50 + Double(index) / 7)
        }
        let trades = [Trade(symbol: "MU", side: .long, quantity: 3, entryTime: Timestamp(rawValue: 0), entryPrice: 10.25,
                            exitTime: Timestamp(rawValue: 60_000_000_000), exitPrice: 11.0 / 3, commission: 0.1, barsHeld: 1,
                            strategy: "test")]
        let orders = (1...50).map { raw in
            Order(id: ClientOrderID(rawValue: raw), intent: OrderIntent(symbol: "MU", side: raw % 2 == 0 ? .sell : .buy, quantity: .units(Double(raw))),
                  createdAt: Timestamp(rawValue: Int64(raw)))
        }
        let paths = ["equity", "trades", "orders"].map { Self.temporaryPath("run-\($0).csv") }
        defer { for path in paths { try? FileManager.default.removeItem(atPath: path) } }
        try CSVExport.writeRunReports(equityCurve: curve, trades: trades, orders: orders,
                                      equityPath: paths[0], tradesPath: paths[1], ordersPath: paths[2])
        #expect(try String(contentsOfFile: paths[0], encoding: .utf8) == CSVExport.equity(curve))
        #expect(try String(contentsOfFile: paths[1], encoding: .utf8) == CSVExport.trades(trades))
        #expect(try String(contentsOfFile: paths[2], encoding: .utf8) == CSVExport.orders(orders))

        // Trades unwritable: that failure is reported, and the equity and orders files are still written.
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
        let missing = "/nonexistent-tradingkit-directory/trades.csv"
        #expect(throws: ReportWriteError(path: missing, reason: "No such file or directory")) {
            try CSVExport.writeRunReports(equityCurve: curve, trades: trades, orders: orders,
                                          equityPath: paths[0], tradesPath: missing, ordersPath: paths[2])
        }
        #expect(try String(contentsOfFile: paths[0], encoding: .utf8) == CSVExport.equity(curve))
        #expect(try String(contentsOfFile: paths[2], encoding: .utf8) == CSVExport.orders(orders))

        // Equity and orders both unwritable: the equity file is named.
        let missingEquity = "/nonexistent-tradingkit-directory/equity.csv"
        #expect(throws: ReportWriteError(path: missingEquity, reason: "No such file or directory")) {
            try CSVExport.writeRunReports(equityCurve: curve, trades: trades, orders: orders, equityPath: missingEquity,
                                          tradesPath: paths[1], ordersPath: "/nonexistent-tradingkit-directory/orders.csv")
        }
    }

    @Test("a file that cannot be created is reported with its path and the system's reason")
    func unwritablePath() {
        let path = "/nonexistent-tradingkit-directory/equity.csv"
        #expect(throws: ReportWriteError(path: path, reason: "No such file or directory")) {
            try CSVExport.writeEquity(EquityCurve(), toFile: path)
        }
        let error = ReportWriteError(path: path, reason: "No such file or directory")
        #expect(error.description == "cannot write /nonexistent-tradingkit-directory/equity.csv: No such file or directory")
    }
}

@Suite("Equity rows with repeated values")
struct RepeatedNumberTextTests {
    /// Runs of equal values, gross equal to net, both zeros, NaN, and texts on both sides of
    /// the 32-byte cache (a comma and 31 characters: ±1.2345678901234567e28 … e30).
    static let values: [Double] = [
        10_000, 10_000, 10_000, 11_284.125926971436, 11_284.125926971436, 0.0, -0.0, 0.0, -0.0, .nan, .nan, 3.5, .infinity, 3.5,
        1.2345678901234567e28, 1.2345678901234567e28, -1.2345678901234567e28, -1.2345678901234567e28,
        1.2345678901234567e29, 1.2345678901234567e29, 1.2345678901234567e30, 1.2345678901234567e30, 1e300, 1e300,
        .leastNonzeroMagnitude, .leastNonzeroMagnitude, -0.000_000_123_456_789_012_345_67, -0.000_000_123_456_789_012_345_67, 7, 7,
    ]

    @Test("every row is the fields formatted one by one (repeats, net = ±gross, both zeros, NaN, the cache's size)")
    func rowsMatchFieldByField() {
        var curve = EquityCurve()
        let count = Self.values.count
        for index in 0..<(4 * count) {
            // Each column walks the values at its own pace, so repeats, neighbours and
            // changes meet in every combination; net is gross on odd rows, minus gross on
            // every fourth.
            let gross = Self.values[(index / 3) % count]
            let net = index % 2 == 1 ? gross : index % 4 == 2 ? -gross : Self.values[(index / 5) % count]
            curve.append(timestamp: Timestamp(rawValue: Int64(index) * 60_000_000_000),
                         equity: Self.values[index % count], cash: Self.values[(index / 2) % count],
                         grossExposure: gross, netExposure: net)
        }
        let drawdown = curve.drawdown
        let lines = CSVExport.equity(curve).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == curve.count + 2)  // the header, the rows, the empty text after the last newline
        for index in 0..<curve.count {
            let fields = [curve.equity[index], curve.cash[index], curve.grossExposure[index], curve.netExposure[index], drawdown[index]]
            let expected = curve.timestamps[index].description + fields.map { "," + CSVExport.number($0) }.joined()
            #expect(lines[index + 1] == Substring(expected), "row \(index)")
        }
    }
}

@Suite("Order ids in orders.csv")
struct OrderIDTextTests {
    @Test("the id and parent fields are the ids' descriptions, at every width and for negative ids")
    func idsAsDescribed() {
        let ids = [1, 42, 9_999_999, 10_000_000, 123_456_789_012, Int.max, 0, -5]
        let orders = ids.enumerated().map { offset, raw in
            Order(id: ClientOrderID(rawValue: raw), intent: OrderIntent(symbol: "MU", side: .buy, quantity: .units(1)),
                  role: offset % 2 == 0 ? .primary : .stopLoss, parentID: offset % 2 == 0 ? nil : ClientOrderID(rawValue: ids[offset - 1]),
                  createdAt: Timestamp(rawValue: 0))
        }
        let lines = CSVExport.orders(orders).split(separator: "\n").dropFirst()
        #expect(lines.count == orders.count)
        for (line, order) in zip(lines, orders) {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields[0] == Substring(order.id.description))
            #expect(fields[9] == Substring(order.parentID?.description ?? ""))
        }
    }
}

@Suite("Trade and order rows")
struct ReportRowTests {
    /// Texts that stay as they are and texts that must be quoted (comma, quote, line breaks,
    /// a Unicode line separator), ASCII and not, empty and long.
    static let texts = ["MU", "", "A,B", "say \"hi\"", "line\nbreak", "cr\rlf", "uni\u{2028}code", "naïve", "ünï,cödé",
                        String(repeating: "x\"", count: 60)]

    @Test("each trade row is its fields formatted one by one")
    func tradeRows() {
        let trades = Self.texts.indices.map { index in
            Trade(symbol: Self.texts[index], side: index % 2 == 0 ? .long : .short, quantity: Double(index) + 0.5,
                  entryTime: Timestamp(rawValue: Int64(index) * 3_600_000_000_000), entryPrice: 10.25 * Double(index + 1),
                  exitTime: Timestamp(rawValue: Int64(index + 1) * 86_400_000_000_000), exitPrice: 11.0 / 3,
                  commission: index == 3 ? .nan : 0.1, barsHeld: index - 2, strategy: Self.texts[Self.texts.count - 1 - index])
        }
        let text = CSVExport.trades(trades)
        let expected = trades.map { trade in
            [CSVExport.field(trade.symbol), trade.side.rawValue, CSVExport.number(trade.quantity), trade.entryTime.description,
             CSVExport.number(trade.entryPrice), trade.exitTime.description, CSVExport.number(trade.exitPrice),
             CSVExport.number(trade.pnl), CSVExport.number(trade.commission), CSVExport.number(trade.returnPct),
             String(trade.barsHeld), CSVExport.field(trade.strategy)].joined(separator: ",")
        }
        // Whole texts compared: quoted fields hold line breaks.
        #expect(text == String(text.prefix { $0 != "\n" }) + "\n" + expected.map { $0 + "\n" }.joined())
    }

    @Test("each order row is its fields formatted one by one")
    func orderRows() {
        let quantities: [OrderQuantity] = [.units(3), .fractionOfBuyingPower(0.25), .entirePosition, .units(1e-7)]
        let types: [OrderType] = [.market, .limit(price: 101.5), .stop(stop: 99.25), .stopLimit(stop: 99, limit: 98.5)]
        let orders = Self.texts.indices.map { index in
            var order = Order(id: ClientOrderID(rawValue: index + 1),
                              intent: OrderIntent(symbol: Self.texts[index], side: index % 2 == 0 ? .buy : .sell,
                                                  quantity: quantities[index % quantities.count], type: types[index % types.count],
                                                  strategy: Self.texts[Self.texts.count - 1 - index]),
                              role: index % 3 == 1 ? .stopLoss : .primary, parentID: index % 3 == 1 ? ClientOrderID(rawValue: index) : nil,
                              createdAt: Timestamp(rawValue: Int64(index) * 86_400_000_000_000))
            order.reason = Self.texts[(index + 3) % Self.texts.count]
            order.updatedAt = Timestamp(rawValue: Int64(index) * 86_400_000_000_000 + 90_000_000_000)
            return order
        }
        let text = CSVExport.orders(orders)
        let expected = orders.map { order in
            let quantity: String
            switch order.intent.quantity {
            case .units(let units): quantity = CSVExport.number(units)
            case .fractionOfBuyingPower(let fraction): quantity = "fraction:" + CSVExport.number(fraction)
            case .entirePosition: quantity = "position"
            }
            return [order.id.description, CSVExport.field(order.symbol), order.side.rawValue, order.intent.type.name, quantity,
                    CSVExport.number(order.intent.type.limitPrice ?? .nan), CSVExport.number(order.intent.type.stopPrice ?? .nan),
                    order.intent.timeInForce.rawValue, order.role.rawValue, order.parentID?.description ?? "", order.status.rawValue,
                    CSVExport.number(order.filledQuantity), CSVExport.number(order.averageFillPrice), CSVExport.number(order.commission),
                    order.createdAt.description, order.updatedAt.description, CSVExport.field(order.intent.strategy),
                    CSVExport.field(order.reason)].joined(separator: ",")
        }
        #expect(text == String(text.prefix { $0 != "\n" }) + "\n" + expected.map { $0 + "\n" }.joined())
    }
}

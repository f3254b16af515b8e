import Attribution
import TradingCore
import Testing

@Suite("AttributionReport")
struct AttributionReportTests {
    static func trade(
        _ symbol: String, _ side: PositionSide = .long, quantity: Double, entry: Double, exit: Double,
        commission: Double = 0, exitTime: Timestamp, strategy: String = "", contributions: [String: Double] = [:]
    ) -> Trade {
        Trade(
            symbol: symbol, side: side, quantity: quantity,
            entryTime: Timestamp(rawValue: exitTime.rawValue - 10 * Timestamp.nanosecondsPerDay), entryPrice: entry,
            exitTime: exitTime, exitPrice: exit, commission: commission, barsHeld: 10,
            strategy: strategy,
            entryFactors: contributions.sorted { $0.key < $1.key }.map { FactorExposure(factor: $0.key, score: $0.value, weight: 1) }
        )
    }

    static let trades = [
        // PnL 10·10 − 2 = 98; net shares 0.75 / 0.25.
        trade("MU", quantity: 10, entry: 100, exit: 110, commission: 2, exitTime: Timestamp(year: 2024, month: 1, day: 15),
              strategy: "tb", contributions: ["momentum": 1.5, "breakout": 0.5]),
        // PnL 5·(−10) = −50; momentum argued against the entry: shares −0.5 / 1.5.
        trade("GLD", quantity: 5, entry: 200, exit: 190, exitTime: Timestamp(year: 2024, month: 2, day: 1),
              strategy: "tb", contributions: ["momentum": -0.5, "breakout": 1.5]),
        // PnL 10; offsetting contributions: gross shares 1/1.95 and 0.95/1.95.
        trade("MU", quantity: 1, entry: 50, exit: 60, exitTime: Timestamp(year: 2024, month: 1, day: 31, hour: 23),
              contributions: ["momentum": 1, "breakout": -0.95]),
        // PnL 2·1 − 0.5 = 1.5; no contributions: unattributed.
        trade("GOOG", quantity: 2, entry: 10, exit: 11, commission: 0.5, exitTime: Timestamp(year: 2024, month: 2, day: 29), strategy: "sma"),
    ]

    @Test("hand-computed attribution in every dimension")
    func handComputed() throws {
        let report = AttributionReport(trades: Self.trades)
        #expect(report.tradeCount == 4)
        #expect(abs(report.totalPnL - 59.5) < 1e-12)
        let expected: [(AttributionDimension, String, Double)] = [
            (.factor, "breakout", 24.5 - 75 + 10 * 0.95 / 1.95),
            (.factor, "momentum", 73.5 + 25 + 10 / 1.95),
            (.factor, "unattributed", 1.5),
            (.symbol, "GLD", -50), (.symbol, "GOOG", 1.5), (.symbol, "MU", 108),
            (.month, "2024-01", 108), (.month, "2024-02", -48.5),
            (.strategy, "sma", 1.5), (.strategy, "tb", 48), (.strategy, "unnamed", 10),
        ]
        #expect(report.rows.count == expected.count)
        for (row, (dimension, key, pnl)) in zip(report.rows, expected) {
            #expect(row.dimension == dimension && row.key == key, "\(row)")
            #expect(abs(row.pnl - pnl) < 1e-12, "\(row)")
        }
        #expect(report.rows(for: .symbol).map(\.key) == ["GLD", "GOOG", "MU"])
        #expect(report.groups.map(\.dimension) == ["factor", "symbol", "month", "strategy"])
        #expect(report.groups.allSatisfy { abs($0.totalPnL - 59.5) < 1e-12 })
        #expect(try #require(report.pnl(.month, "2024-01")) == 108)
        #expect(report.pnl(.month, "2023-12") == nil)
    }

    @Test("CSV has the header dimension,key,pnl and quotes awkward keys")
    func csv() {
        let report = AttributionReport(trades: [
            Self.trade("BRK,B", quantity: 1, entry: 10, exit: 12.5, exitTime: Timestamp(year: 2023, month: 11, day: 3),
                       strategy: #"say "hi""#, contributions: ["momentum": 1]),
        ])
        #expect(report.csv == #"""
        dimension,key,pnl
        factor,momentum,2.5
        symbol,"BRK,B",2.5
        month,2023-11,2.5
        strategy,"say ""hi""",2.5

        """#)
    }

    @Test("CSV numbers are positional, never exponent notation")
    func csvNumbers() {
        let report = AttributionReport(trades: [
            Self.trade("MU", quantity: 0.00001, entry: 1, exit: 2, exitTime: Timestamp(year: 2023, month: 1, day: 3), strategy: "tb"),
        ])
        #expect(report.csv.contains("symbol,MU,0.00001"))
        #expect(report.csv.contains("factor,unattributed,0.00001"))
    }

    @Test("no trades give an empty report")
    func empty() {
        let report = AttributionReport(trades: [])
        #expect(report.rows.isEmpty && report.totalPnL == 0 && report.tradeCount == 0)
        #expect(report.csv == "dimension,key,pnl\n")
    }

    /// The invariant: in every dimension the parts sum to the total. Tolerance: 1e-9 relative
    /// to Σ|pnl| (the total itself can be near zero when gains and losses cancel).
    @Test("parts sum to the total in every dimension on seeded random trades", arguments: 0..<20)
    func sumInvariant(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let symbols = ["MU", "GLD", "GOOG", "SPY", "TLT"]
        let factors = ["momentum", "breakout", "value", "carry"]
        var trades: [Trade] = []
        for _ in 0..<Int.random(in: 0...400, using: &generator) {
            var contributions: [String: Double] = [:]
            switch Int.random(in: 0..<10, using: &generator) {
            case 0: break                                                 // no factors
            case 1: contributions = ["momentum": 0.8, "breakout": -0.8]  // exact offset
            case 2: contributions = ["momentum": .nan, "value": 1]        // unusable
            default:
                for factor in factors where Bool.random(using: &generator) {
                    contributions[factor] = Double.random(in: -3...3, using: &generator)
                }
            }
            let entry = Double.random(in: 1...1_000, using: &generator)
            trades.append(Self.trade(
                symbols.randomElement(using: &generator)!, PositionSide.allCases.randomElement(using: &generator)!,
                quantity: Double(Int.random(in: 1...10_000, using: &generator)),
                entry: entry, exit: entry * Double.random(in: 0.5...1.5, using: &generator),
                commission: Double.random(in: 0...20, using: &generator),
                exitTime: Timestamp(secondsSinceEpoch: Int64.random(in: 1_000_000_000...1_700_000_000, using: &generator)),
                strategy: ["tb", "sma", ""].randomElement(using: &generator)!, contributions: contributions
            ))
        }
        let report = AttributionReport(trades: trades)
        let naiveTotal = trades.map(\.pnl).reduce(0, +)
        let scale = max(trades.map { abs($0.pnl) }.reduce(0, +), 1)
        #expect(abs(report.totalPnL - naiveTotal) <= 1e-9 * scale)
        for dimension in AttributionDimension.allCases {
            let rows = report.rows(for: dimension)
            #expect(trades.isEmpty == rows.isEmpty)
            let parts = rows.map(\.pnl).reduce(0, +)
            #expect(abs(parts - report.totalPnL) <= 1e-9 * scale, "\(dimension): \(parts) vs \(report.totalPnL)")
        }
    }
}

import Testing
import TradingCore


@Suite("Number text")
struct NumberTextTests {
    @Test("edge cases match Double.description's digits and read back exactly", arguments: [
        1.0, -1.0, 0.5, 0.25, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100.1, 149.9919, 150.233, 0.0001, 0.00001, 1e-7, 1.5e-12,
        123_456_789.123, 999_999_999_999_999.0, 1e15, 4503599627370495.5, 4503599627370496.0, 9007199254740993.0,
        1e16, 1e22, 1e23, .leastNonzeroMagnitude, 2.2250738585072014e-308, 1.7976931348623157e308, 0.30000000000000004,
        44.43000030517578, 100_023.456_789_012_34, -0.012345678901234567, 1.0 - 0x1p-53, 1.0 + 0x1p-52,
    ])
    func edgeCases(value: Double) throws {
        let text = CSVExport.number(value)
        #expect(text == plainNumberReference(value), "\(value.description)")
        #expect(try #require(Double(text)).bitPattern == value.bitPattern)
    }

    @Test("zero, negative zero and non-finite values")
    func specialValues() {
        #expect(CSVExport.number(0.0) == "0.0")
        #expect(CSVExport.number(-0.0) == "0.0")
        #expect(CSVExport.number(.nan) == "")
        #expect(CSVExport.number(.infinity) == "")
    }

    @Test("300 000 random doubles: Double.description's digits, read back bit for bit")
    func randomBitPatterns() {
        var random = SplitMix64(seed: 77)
        var mismatches: [String] = []
        for round in 0..<300_000 {
            let value: Double
            switch round % 3 {
            case 0:
                // Any finite double with a magnitude between 2⁻⁷⁰ and 2⁶⁰ (covers the fast path's edges).
                let exponent = UInt64(1023 - 70) + random.next() % 130
                value = Double(bitPattern: exponent << 52 | random.next() & ((1 << 52) - 1) | (random.next() & 1) << 63)
            case 1:
                // A random double in a typical equity range.
                value = random.nextUnitInterval() * 2_000_000 - 1_000_000
            default:
                // A price on a tick grid, computed the way a strategy would.
                let ticks = Double(random.next() % 10_000_000)
                value = ticks * [0.01, 0.0001, 0.05, 0.125][Int(random.next() % 4)]
            }
            let text = CSVExport.number(value)
            if text != plainNumberReference(value) || Double(text)?.bitPattern != value.bitPattern {
                mismatches.append("\(value.description) → \(text)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test("equity.csv rows equal a row built from Double.description")
    func equityRows() {
        var random = SplitMix64(seed: 5)
        var curve = EquityCurve()
        var expected = "timestamp,equity,cash,grossExposure,netExposure,drawdown\n"
        var peak = -Double.infinity
        for index in 0..<2_000 {
            let timestamp = Timestamp(rawValue: 1_700_000_000_000_000_000 + Int64(index) * 60_000_000_000)
            let equity = 100_000 + (random.nextUnitInterval() - 0.5) * 20_000
            let cash = index % 2 == 0 ? 25_000.0 : equity - 12_345.678_9 * random.nextUnitInterval()
            let gross = equity - cash
            curve.append(timestamp: timestamp, equity: equity, cash: cash, grossExposure: abs(gross), netExposure: gross)
            peak = max(peak, equity)
            let drawdown = equity / peak - 1
            expected += timestamp.description + "," + [equity, cash, abs(gross), gross, drawdown].map(plainNumberReference).joined(separator: ",") + "\n"
        }
        #expect(CSVExport.equity(curve) == expected)
    }
}

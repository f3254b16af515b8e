import Foundation
import Testing
import TradingCore

/// The equity curve's bulk construction and the engine's staged recording (points move into
/// the curve a block of 1 024 at a time).
@Suite("Equity recording")
struct EquityRecordingTests {
    /// `count` points with strictly increasing timestamps and seeded values.
    static func points(_ count: Int, seed: UInt64) -> [EquityPoint] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { index in
            let equity = 100_000 * (1 + random.nextDouble())
            let net = (random.nextDouble() - 0.5) * equity
            return EquityPoint(timestamp: EngineFixture.day(index), equity: equity, cash: equity - net,
                               grossExposure: abs(net) + random.nextDouble(), netExposure: net)
        }
    }

    @Test("append(contentsOf:), whole or in random chunks, equals point-by-point appends", arguments: [0, 1, 7, 3_000])
    func bulkAppendMatchesSingleAppends(_ count: Int) {
        let points = Self.points(count, seed: UInt64(count) + 1)
        var single = EquityCurve()
        for point in points { single.append(point) }
        var whole = EquityCurve()
        whole.append(contentsOf: points)
        #expect(whole == single)

        var random = SplitMix64(seed: 99)
        var chunked = EquityCurve(reservingCapacity: 10)
        var start = 0
        while start < points.count {
            let end = Swift.min(points.count, start + 1 + random.next(below: 700))
            chunked.append(contentsOf: Array(points[start..<end]))
            start = end
        }
        chunked.append(contentsOf: [])
        #expect(chunked == single)
        #expect(chunked.timestamps == points.map(\.timestamp))
        #expect(chunked.netExposure == points.map(\.netExposure))
    }

    @Test("a running engine's curve holds every finished step, across staging blocks, and ends as the backtest's")
    func runningCurveAcrossBlocks() {
        let series = EngineFixture.randomSeries("A", count: 2_600, seed: 5)
        let instruments = [Instrument(symbol: "A")]
        let strategy = RandomOrderStrategy(seed: 4)
        var engine = TradingEngine(strategy: strategy, instruments: instruments, cash: 1_000_000, history: [series],
                                   expectedSteps: series.count)
        var simulator = FillSimulator(instruments: instruments, cash: 1_000_000)
        var feed = HistoricalFeed(series: [series])
        func deliver() {
            let reports = simulator.reports
            simulator.removeAllReports()
            for report in reports { engine.process(report) }
        }
        func forward() {
            while engine.hasCommands {
                let commands = engine.commands
                engine.removeAllCommands()
                for command in commands {
                    switch command {
                    case .submit(let order): simulator.submit(order)
                    case .cancel(let id): simulator.cancel(id)
                    }
                }
                deliver()
            }
        }
        engine.start()
        forward()
        var steps = 0
        var checked: [Int] = []
        while feed.next() {
            simulator.process(feed.slice)
            deliver()
            engine.process(feed.slice)
            forward()
            steps += 1
            if [1, 1_024, 1_025, 1_026, 2_049, 2_600].contains(steps) {
                // The step just processed is pending (a later fill could still change it).
                let curve = engine.equityCurve
                #expect(curve.count == steps - 1)
                #expect(curve.timestamps == Array(series.timestamps.prefix(steps - 1)))
                checked.append(steps)
            }
        }
        engine.stop()
        forward()
        engine.finish()
        #expect(checked.count == 6)

        let backtest = Backtest(instruments: instruments, series: [series], cash: 1_000_000, endOfRun: .leaveOpen)
        let result = backtest.run(strategy)
        #expect(result.fills.count > 100)
        #expect(engine.equityCurve == result.equityCurve)
        #expect(engine.equityCurve.count == series.count)
    }

    @Test("decoding checks the columns' lengths and the timestamps' order, and round-trips a valid curve")
    func decodingChecksColumns() throws {
        var curve = EquityCurve()
        for point in Self.points(5, seed: 3) { curve.append(point) }
        let data = try JSONEncoder().encode(curve)
        #expect(try JSONDecoder().decode(EquityCurve.self, from: data) == curve)
        let mismatched = #"{"timestamps":[0],"equity":[100,90],"cash":[100,90],"grossExposure":[0,0],"netExposure":[0,0]}"#
        #expect { try JSONDecoder().decode(EquityCurve.self, from: Data(mismatched.utf8)) } throws: { error in
            guard case .dataCorrupted(let context)? = error as? DecodingError else { return false }
            return context.debugDescription == "2 values for 1 timestamps" && context.codingPath.map(\.stringValue) == ["equity"]
        }
        let unordered = #"{"timestamps":[5,5],"equity":[1,1],"cash":[1,1],"grossExposure":[0,0],"netExposure":[0,0]}"#
        #expect { try JSONDecoder().decode(EquityCurve.self, from: Data(unordered.utf8)) } throws: { error in
            guard case .dataCorrupted(let context)? = error as? DecodingError else { return false }
            return context.debugDescription == "timestamp 1 is not after the one before it"
        }
    }

    @Test("returns skip steps from a non-positive equity, like the metrics")
    func returnsSkipUndefinedSteps() {
        var curve = EquityCurve()
        for (index, equity) in [100.0, 0, 50, 100].enumerated() {
            curve.append(timestamp: EngineFixture.day(index), equity: equity, cash: equity, grossExposure: 0, netExposure: 0)
        }
        #expect(curve.returns == [-1, 1])
        #expect(curve.returns == PerformanceMetrics.simpleReturns(of: curve.equity))
    }
}

import Indicators
import Testing
import TradingCore

/// The array kernels of SMA, EMA, RSI and ATR give bit for bit what streaming gives,
/// including NaN gaps, inputs shorter than the warm-up and the periodic exact recompute.
@Suite("batch kernels equal streaming")
struct BatchKernelTests {
    static let cases: [(count: Int, gap: Int?)] = [(0, nil), (1, nil), (5, nil), (300, nil), (300, 13)]

    static func same(_ kernel: [Double], _ streamed: [Double?]) -> Bool {
        kernel.count == streamed.count && zip(kernel, streamed).allSatisfy { k, s in
            guard let s else { return k.isNaN }
            return k.bitPattern == s.bitPattern || (k.isNaN && s.isNaN)
        }
    }

    @Test(arguments: [1, 2, 7, 30])
    func kernels(_ period: Int) {
        for (count, gap) in Self.cases {
            let bars = RandomBars.make(count: count, seed: 77, gapEvery: gap)
            let closes = bars.map(\.close)
            #expect(Self.same(SimpleMovingAverage(period: period).values(over: closes), SimpleMovingAverage(period: period).outputs(over: closes)))
            #expect(Self.same(ExponentialMovingAverage(period: period).values(over: closes), ExponentialMovingAverage(period: period).outputs(over: closes)))
            #expect(Self.same(AverageTrueRange(period: period).values(high: bars.map(\.high), low: bars.map(\.low), close: closes),
                              AverageTrueRange(period: period).outputs(over: bars)))
            if period >= 2 {
                #expect(Self.same(RelativeStrengthIndex(period: period).values(over: closes), RelativeStrengthIndex(period: period).outputs(over: closes)))
            }
        }
    }
}

import TradingCore

/// Seeded random price paths for property tests.
enum RandomBars {
    /// A geometric random walk of `count` consistent bars (low ≤ open, close ≤ high), with
    /// every `gapEvery`-th bar's fields set to NaN when given.
    static func make(count: Int, seed: UInt64, gapEvery: Int? = nil) -> [Bar] {
        var generator = SplitMix64(seed: seed)
        var close = 100.0
        var bars: [Bar] = []
        for index in 0..<count {
            let open = close * (1 + Double.random(in: -0.01...0.01, using: &generator))
            close = open * (1 + Double.random(in: -0.03...0.03, using: &generator))
            let high = max(open, close) * (1 + Double.random(in: 0...0.02, using: &generator))
            let low = min(open, close) * (1 - Double.random(in: 0...0.02, using: &generator))
            let volume = Double(Int.random(in: 1_000...100_000, using: &generator))
            var bar = Bar(timestamp: Timestamp(secondsSinceEpoch: Int64(index) * 86_400), open: open, high: high, low: low, close: close, volume: volume)
            if let gapEvery, index % gapEvery == gapEvery - 1 {
                bar.open = .nan
                bar.high = .nan
                bar.low = .nan
                bar.close = .nan
                bar.volume = .nan
            }
            bars.append(bar)
        }
        return bars
    }

    /// `count` closes of ``make(count:seed:gapEvery:)``.
    static func closes(count: Int, seed: UInt64, gapEvery: Int? = nil) -> [Double] {
        make(count: count, seed: seed, gapEvery: gapEvery).map(\.close)
    }
}

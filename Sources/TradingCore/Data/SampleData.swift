/// Built-in synthetic daily data for MU, GLD and GOOG, so examples and tests run with no
/// files and no network.
///
/// The bars come from ``SyntheticMarketGenerator`` with per-symbol parameters (volatility,
/// drift, tails and volume in the range of the real instruments); they are statistically
/// realistic, not historical. Bars fall on weekdays (Monday–Friday, no holiday calendar)
/// and are stamped at **midnight UTC of the trading day**, the same convention as a
/// date-only CSV row, so samples and loaded daily files line up. The path starts at
/// `start` with the symbol's initial price; the same symbol, dates and seed give
/// bit-identical bars on every platform.
public enum SampleData {
    /// The symbols with tailored parameters: `["MU", "GLD", "GOOG"]`.
    public static let symbols = ["MU", "GLD", "GOOG"]

    /// The instrument description of a sample symbol: MU and GOOG are equities, GLD an ETF;
    /// any other symbol is described as a USD equity.
    public static func instrument(for symbol: String) -> Instrument {
        switch symbol {
        case "GLD": return Instrument(symbol: symbol, assetClass: .etf)
        default: return Instrument(symbol: symbol, assetClass: .equity)
        }
    }

    /// The generator parameters used for `symbol` (generic large-cap parameters for symbols
    /// other than ``symbols``).
    public static func parameters(for symbol: String) -> SyntheticMarketParameters {
        switch symbol {
        case "MU":
            return SyntheticMarketParameters(
                initialPrice: 30, annualDrift: 0.14, annualVolatility: 0.42, tailDegreesOfFreedom: 4,
                garchAlpha: 0.09, garchBeta: 0.88, stressDriftShift: -0.60, stressVolatilityMultiplier: 1.7,
                averageVolume: 20_000_000, volumeSensitivity: 0.6
            )
        case "GLD":
            return SyntheticMarketParameters(
                initialPrice: 120, annualDrift: 0.05, annualVolatility: 0.15, tailDegreesOfFreedom: 6,
                garchAlpha: 0.05, garchBeta: 0.93, stressEntryProbability: 0.008, stressDriftShift: 0.05,
                stressVolatilityMultiplier: 1.6, averageVolume: 8_000_000, volumeSensitivity: 0.4
            )
        case "GOOG":
            return SyntheticMarketParameters(
                initialPrice: 520, annualDrift: 0.15, annualVolatility: 0.27, tailDegreesOfFreedom: 5,
                garchAlpha: 0.07, garchBeta: 0.91, stressDriftShift: -0.45, stressVolatilityMultiplier: 1.8,
                averageVolume: 2_000_000, volumeSensitivity: 0.5
            )
        default:
            return SyntheticMarketParameters()
        }
    }

    /// Deterministic synthetic daily bars for `symbol`, one per weekday from `start`'s day to
    /// `end`'s day inclusive, stamped at midnight UTC.
    ///
    /// - Parameters:
    ///   - symbol: the symbol (its parameters come from ``parameters(for:)``).
    ///   - start: the first day (its time of day is ignored).
    ///   - end: the last day (inclusive).
    ///   - seed: the random seed, mixed with the symbol so each symbol has its own path.
    /// - Returns: the series, empty when `end` is before `start`.
    /// - Complexity: O(days).
    public static func series(symbol: String, start: Timestamp, end: Timestamp, seed: UInt64 = 42) -> BarSeries {
        var timestamps: [Timestamp] = []
        var day = start.daysSinceEpoch
        let lastDay = end.daysSinceEpoch
        while day <= lastDay {
            // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
            let weekday = ((day + 3) % 7 + 7) % 7
            if weekday < 5 { timestamps.append(Timestamp(rawValue: day * Timestamp.nanosecondsPerDay)) }
            day += 1
        }
        var generator = SyntheticMarketGenerator(parameters: parameters(for: symbol), seed: mixedSeed(seed, symbol: symbol))
        return generator.series(symbol: symbol, timestamps: timestamps)
    }

    /// `seed` combined with the FNV-1a hash of the symbol's UTF-8 bytes (stable across
    /// runs and platforms, unlike `Hasher`).
    static func mixedSeed(_ seed: UInt64, symbol: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in symbol.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return seed ^ hash
    }
}

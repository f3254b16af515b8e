/// A deterministic generator of realistic OHLCV bars for one instrument.
///
/// Construction of bar `t` (σ̄ = annual volatility / √periodsPerYear, μ = annual drift /
/// periodsPerYear):
/// 1. Regime: a two-state Markov chain (calm / stressed) switches with the parameters'
///    per-bar probabilities (Hamilton-style regime switching); the stressed regime adds
///    `stressDriftShift` to the drift and multiplies volatility by `stressVolatilityMultiplier`.
/// 2. Volatility clustering: GARCH(1,1) variance `h_t = ω + α ε²_{t−1} + β h_{t−1}` with
///    `ω = σ̄² (1 − α − β)` (Bollerslev 1986), started at `σ̄²`.
/// 3. Fat tails: a Student-t shock with ν degrees of freedom, `Z / √(χ²_ν / ν)` from ν + 1
///    standard normals, scaled by `√((ν − 2)/ν)` to unit variance. `ε_t = √h_t · z_t`.
/// 4. Close: `r_t = μ + m_regime · ε_t` (clamped to [−50 %, +100 %]),
///    `close = previousClose × (1 + r_t)`.
/// 5. Open: `previousClose × (1 + openGapScale · σ_t · n₁)`; high and low extend
///    `max(open, close)` / `min(open, close)` by `intrabarRangeScale · σ_t · |n|` so that
///    `low ≤ open, close ≤ high` always holds; prices are then rounded to the tick (a
///    monotone map, so the ordering survives) and kept at least one tick.
/// 6. Volume: `averageVolume × (χ²₈ / 8) × (1 + volumeSensitivity · |r_t| / σ̄)`, whole units,
///    so volume rises with the size of the move.
///
/// Normals come from Marsaglia's polar method on ``SplitMix64`` with a logarithm built from
/// IEEE arithmetic (no libm), so the same seed yields bit-identical bars on every platform.
public struct SyntheticMarketGenerator: Sendable {
    /// The instrument's statistical parameters.
    public let parameters: SyntheticMarketParameters
    /// Bars per year, used to scale annual drift and volatility (252 for daily bars).
    public let periodsPerYear: Double

    private var random: SplitMix64
    private var spareNormal: Double?
    private var previousClose: Double
    private var variance: Double
    private var lastShock: Double
    private var isStressed = false
    private let longRunVariance: Double
    private let periodVolatility: Double

    /// Creates a generator.
    ///
    /// - Parameters:
    ///   - parameters: the instrument's character.
    ///   - seed: the seed of the generator's own ``SplitMix64``.
    ///   - periodsPerYear: bars per year (252 daily; 252 × 390 for regular-session minutes).
    /// - Precondition: `periodsPerYear > 0`.
    public init(parameters: SyntheticMarketParameters, seed: UInt64, periodsPerYear: Double = 252) {
        precondition(periodsPerYear > 0, "periods per year must be positive")
        self.parameters = parameters
        self.periodsPerYear = periodsPerYear
        random = SplitMix64(seed: seed)
        previousClose = parameters.initialPrice
        periodVolatility = parameters.annualVolatility / periodsPerYear.squareRoot()
        longRunVariance = periodVolatility * periodVolatility
        variance = longRunVariance
        lastShock = 0
    }

    private mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        let (first, second) = DeterministicMath.standardNormalPair(using: &random)
        spareNormal = second
        return first
    }

    private mutating func chiSquared(degreesOfFreedom: Int) -> Double {
        var sum = 0.0
        for _ in 0..<degreesOfFreedom {
            let n = normal()
            sum += n * n
        }
        return sum
    }

    private mutating func studentT() -> Double {
        let nu = parameters.tailDegreesOfFreedom
        let t = normal() / (chiSquared(degreesOfFreedom: nu) / Double(nu)).squareRoot()
        return t * ((Double(nu) - 2) / Double(nu)).squareRoot()
    }

    /// `price` rounded to the nearest tick, at least one tick. For ticks with a whole
    /// reciprocal (0.01 → 100) the result is `k / 100`, the double nearest the decimal
    /// price, so it prints as `30.83` rather than `30.830000000000002`.
    private func rounded(_ price: Double) -> Double {
        let tick = parameters.tickSize
        let ticksPerUnit = (1 / tick).rounded()
        let value = tick < 1 && abs(ticksPerUnit * tick - 1) < 1e-12
            ? (price * ticksPerUnit).rounded() / ticksPerUnit
            : (price / tick).rounded() * tick
        return Swift.max(value, tick)
    }

    /// Generates the next bar, stamped `timestamp`.
    ///
    /// - Complexity: O(ν) random draws.
    public mutating func nextBar(at timestamp: Timestamp) -> Bar {
        let p = parameters
        let u = random.nextUnitInterval()
        if isStressed ? u < p.stressExitProbability : u < p.stressEntryProbability { isStressed.toggle() }

        variance = longRunVariance * (1 - p.garchAlpha - p.garchBeta) + p.garchAlpha * lastShock * lastShock + p.garchBeta * variance
        let shock = variance.squareRoot() * studentT()
        lastShock = shock
        let multiplier = isStressed ? p.stressVolatilityMultiplier : 1
        let drift = (p.annualDrift + (isStressed ? p.stressDriftShift : 0)) / periodsPerYear
        let barReturn = Swift.min(Swift.max(drift + multiplier * shock, -0.5), 1.0)
        let sigma = multiplier * variance.squareRoot()

        let close = previousClose * (1 + barReturn)
        let gap = Swift.min(Swift.max(p.openGapScale * sigma * normal(), -0.5), 1.0)
        let open = previousClose * (1 + gap)
        let highExcursion = Swift.min(p.intrabarRangeScale * sigma * abs(normal()), 1.0)
        let lowExcursion = Swift.min(p.intrabarRangeScale * sigma * abs(normal()), 0.5)
        let high = Swift.max(open, close) * (1 + highExcursion)
        let low = Swift.min(open, close) * (1 - lowExcursion)

        let activity = chiSquared(degreesOfFreedom: 8) / 8
        let volume = (p.averageVolume * activity * (1 + p.volumeSensitivity * abs(barReturn) / periodVolatility)).rounded()

        let bar = Bar(timestamp: timestamp, open: rounded(open), high: rounded(high), low: rounded(low), close: rounded(close), volume: volume)
        previousClose = bar.close
        return bar
    }

    /// Generates one bar per timestamp.
    ///
    /// - Parameters:
    ///   - symbol: the series' symbol.
    ///   - timestamps: strictly increasing bar timestamps.
    /// - Precondition: `timestamps` strictly increase.
    /// - Complexity: O(n).
    public mutating func series(symbol: String, timestamps: [Timestamp]) -> BarSeries {
        var open: [Double] = [], high: [Double] = [], low: [Double] = [], close: [Double] = [], volume: [Double] = []
        open.reserveCapacity(timestamps.count)
        high.reserveCapacity(timestamps.count)
        low.reserveCapacity(timestamps.count)
        close.reserveCapacity(timestamps.count)
        volume.reserveCapacity(timestamps.count)
        for timestamp in timestamps {
            let bar = nextBar(at: timestamp)
            open.append(bar.open)
            high.append(bar.high)
            low.append(bar.low)
            close.append(bar.close)
            volume.append(bar.volume)
        }
        do {
            return try BarSeries(symbol: symbol, timestamps: timestamps, open: open, high: high, low: low, close: close, volume: volume)
        } catch {
            preconditionFailure("timestamps must strictly increase: \(error)")
        }
    }
}

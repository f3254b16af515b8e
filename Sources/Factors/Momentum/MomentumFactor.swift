import Indicators
import TradingCore

/// The momentum factor: rates of change over several horizons plus the distance of the
/// close from its moving average, weighted.
///
/// Formula (raw score at bar `t`, close `p`):
///
///     raw_t = Σₖ wₖ · (p_t / p_{t−hₖ} − 1)  +  w_ma · (p_t / SMA_n(p)_t − 1)
///
/// Rates of change are fractions (``Indicators/RateOfChange`` divided by 100). Time-series
/// momentum over several look-backs follows Jegadeesh & Titman (1993) and Moskowitz, Ooi &
/// Pedersen (2012); the price-to-moving-average term
/// (``Indicators/PriceToMovingAverage``) is the moving-average rule of Brock, Lakonishok &
/// LeBaron (1992).
///
/// Warm-up: `max(max(hₖ) + 1, n)` bars. A non-finite close yields NaN scores while it is
/// inside a look-back window.
///
/// - Complexity: O(number of horizons) per update, no allocation.
public struct MomentumFactor: Factor, Sendable {
    /// One bar of the instrument.
    public typealias Input = Bar

    /// The name its contribution is recorded under. Default `"momentum"`.
    public let name: String
    /// The horizons, weights and moving-average period.
    public let parameters: Parameters
    @usableFromInline var ratesOfChange: [RateOfChange]
    @usableFromInline var latestRates: [Double]
    @usableFromInline var priceToAverage: PriceToMovingAverage
    @usableFromInline var barsSeen = 0

    /// Creates a momentum factor.
    ///
    /// - Parameters:
    ///   - parameters: the horizons, weights and moving-average period.
    ///   - name: the name its contribution is recorded under.
    public init(parameters: Parameters = Parameters(), name: String = FactorConfiguration.momentumName) {
        self.name = name
        self.parameters = parameters
        ratesOfChange = parameters.horizons.map { RateOfChange(period: $0) }
        latestRates = Array(repeating: .nan, count: parameters.horizons.count)
        priceToAverage = PriceToMovingAverage(period: parameters.movingAveragePeriod)
    }

    /// `max(max(hₖ) + 1, n)` bars.
    @inlinable
    public var warmUpPeriod: Int { parameters.warmUpPeriod }

    /// Whether every horizon and the moving average have warmed up.
    @inlinable
    public var isReady: Bool { barsSeen >= parameters.warmUpPeriod }

    /// Consumes one bar; returns the raw momentum score once warmed up.
    @inlinable
    public mutating func update(_ bar: Bar) -> Double? {
        barsSeen += 1
        var ready = true
        for k in ratesOfChange.indices {
            if let percent = ratesOfChange[k].update(bar.close) {
                latestRates[k] = percent / 100
            } else {
                ready = false
            }
        }
        guard let distance = priceToAverage.update(bar.close), ready else { return nil }
        return Self.score(ratesOfChange: latestRates, priceToAverage: distance, parameters: parameters)
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        for k in ratesOfChange.indices {
            ratesOfChange[k].reset()
            latestRates[k] = .nan
        }
        priceToAverage.reset()
        barsSeen = 0
    }

    /// The momentum score from precomputed features; see the type's formula.
    ///
    /// - Parameters:
    ///   - ratesOfChange: `p_t / p_{t−hₖ} − 1` for each horizon, in the order of
    ///     ``Parameters/horizons``.
    ///   - priceToAverage: `p_t / SMA_n(p)_t − 1`.
    ///   - parameters: the weights.
    /// - Returns: the raw momentum score.
    /// - Complexity: O(number of horizons).
    @inlinable
    public static func score(ratesOfChange: [Double], priceToAverage: Double, parameters: Parameters) -> Double {
        precondition(ratesOfChange.count == parameters.horizons.count, "one rate of change per horizon")
        var score = parameters.movingAverageWeight * priceToAverage
        for k in ratesOfChange.indices { score += parameters.horizonWeights[k] * ratesOfChange[k] }
        return score
    }
}

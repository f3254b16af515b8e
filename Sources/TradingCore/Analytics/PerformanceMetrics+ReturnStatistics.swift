#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension PerformanceMetrics {
    /// Per-bar simple returns of an equity series, `equityᵢ / equityᵢ₋₁ − 1`.
    ///
    /// Steps whose previous equity is not positive, or where either value is not finite,
    /// are skipped (a return is undefined there), so the result may be shorter than
    /// `equity.count − 1` and is always NaN-free.
    ///
    /// - Complexity: O(n).
    public static func simpleReturns(of equity: [Double]) -> [Double] {
        guard equity.count > 1 else { return [] }
        // Written in place: one division and one store per step, no capacity check.
        return [Double](unsafeUninitializedCapacity: equity.count - 1) { returns, written in
            if let base = returns.baseAddress {
                HugePages.adviseIfLarge(UnsafeMutableRawPointer(base), byteCount: returns.count * MemoryLayout<Double>.stride)
            }
            var count = 0
            equity.withUnsafeBufferPointer { equity in
                var previous = equity[0]
                for index in 1..<equity.count {
                    let current = equity[index]
                    if previous > 0 && previous.isFinite && current.isFinite {
                        (returns.baseAddress! + count).initialize(to: current / previous - 1)
                        count += 1
                    }
                    previous = current
                }
            }
            written = count
        }
    }

    /// Annualized volatility as a fraction, `σ × √P`, with `σ` the sample standard
    /// deviation (n − 1) of `returns`.
    ///
    /// - Returns: `nil` with fewer than two returns.
    /// - Complexity: O(n).
    public static func annualizedVolatility(returns: [Double], periodsPerYear: Double) -> Double? {
        annualizedVolatility(Moments(returns), periodsPerYear: periodsPerYear)
    }

    /// ``annualizedVolatility(returns:periodsPerYear:)`` from the returns' moments.
    static func annualizedVolatility(_ moments: Moments?, periodsPerYear: Double) -> Double? {
        guard let moments else { return nil }
        return finite(moments.standardDeviation * periodsPerYear.squareRoot())
    }

    /// Sharpe ratio with a zero risk-free rate, `mean(r) / σ(r) × √P`, `σ` over n − 1
    /// (Sharpe 1994, "The Sharpe Ratio", ex-post form).
    ///
    /// - Returns: `nil` with fewer than two returns or when `σ = 0`.
    /// - Complexity: O(n).
    public static func sharpeRatio(returns: [Double], periodsPerYear: Double) -> Double? {
        sharpeRatio(Moments(returns), periodsPerYear: periodsPerYear)
    }

    /// ``sharpeRatio(returns:periodsPerYear:)`` from the returns' moments.
    static func sharpeRatio(_ moments: Moments?, periodsPerYear: Double) -> Double? {
        guard let moments, moments.standardDeviation > 0 else { return nil }
        return finite(moments.mean / moments.standardDeviation * periodsPerYear.squareRoot())
    }

    /// Sortino ratio with target 0, `mean(r) / √(mean(min(r, 0)²)) × √P`: the downside
    /// deviation averages over *all* n returns, positive ones contributing 0
    /// (Sortino & Price 1994; the same convention as empyrical's `sortino_ratio`).
    ///
    /// - Returns: `nil` without returns or when no return is negative.
    /// - Complexity: O(n).
    public static func sortinoRatio(returns: [Double], periodsPerYear: Double) -> Double? {
        guard !returns.isEmpty else { return nil }
        var sum = 0.0, downsideSquares = 0.0
        for value in returns {
            sum += value
            if value < 0 { downsideSquares += value * value }
        }
        guard downsideSquares > 0 else { return nil }
        let count = Double(returns.count)
        return finite((sum / count) / (downsideSquares / count).squareRoot() * periodsPerYear.squareRoot())
    }

    /// Compound annual growth rate in percent, `((final / initial)^(1 / years) − 1) × 100`.
    ///
    /// - Returns: −100 when `final ≤ 0`; `nil` when `years ≤ 0` or `initial ≤ 0`.
    public static func compoundAnnualGrowthPct(initial: Double, final: Double, years: Double) -> Double? {
        guard years > 0, initial > 0, initial.isFinite, final.isFinite else { return nil }
        guard final > 0 else { return -100 }
        return finite((exp(log(final / initial) / years) - 1) * 100)
    }

    /// Mean and sample standard deviation by the corrected two-pass algorithm
    /// (Chan, Golub & LeVeque 1983), accurate even when the mean dwarfs the spread.
    struct Moments {
        var mean: Double
        var standardDeviation: Double

        /// `nil` with fewer than two values.
        init?(_ values: [Double]) {
            guard values.count > 1 else { return nil }
            let count = Double(values.count)
            let mean = values.reduce(0, +) / count
            var squares = 0.0, deviations = 0.0
            for value in values {
                let deviation = value - mean
                squares += deviation * deviation
                deviations += deviation
            }
            let variance = (squares - deviations * deviations / count) / (count - 1)
            self.mean = mean
            standardDeviation = Swift.max(0, variance).squareRoot()
        }
    }
}

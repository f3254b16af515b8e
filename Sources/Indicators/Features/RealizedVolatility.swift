#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Annualized realized volatility: the sample standard deviation of the last `period` log
/// returns, scaled by `√periodsPerYear`.
///
/// `r(t) = ln(x(t) / x(t−1))`, `σ = √(Σ(r − r̄)² / (period − 1)) · √periodsPerYear` — the
/// sample (n − 1) estimator, the usual convention for realized volatility; 0.20 means 20 %
/// a year. Non-positive prices give a NaN return.
///
/// Warm-up: `period + 1` prices (`period` returns). A non-finite return makes the outputs
/// whose window contains it NaN.
public struct RealizedVolatility: Indicator {
    /// The number of returns in the window.
    public let period: Int
    /// Bars per year used to annualize (252 for daily bars).
    public let periodsPerYear: Double
    @usableFromInline var returns: RollingMoments
    @usableFromInline var previousPrice = Double.nan
    @usableFromInline var pricesSeen = 0
    @usableFromInline let annualization: Double

    /// Creates the feature.
    ///
    /// - Parameters:
    ///   - period: returns per window; at least 2 for a sample deviation.
    ///   - periodsPerYear: bars per year (252 trading days, 52 weeks, 12 months).
    /// - Precondition: `period >= 2`, `periodsPerYear > 0`.
    public init(period: Int, periodsPerYear: Double = 252) {
        precondition(period >= 2, "RealizedVolatility needs at least 2 returns")
        precondition(periodsPerYear > 0, "periodsPerYear must be positive")
        self.period = period
        self.periodsPerYear = periodsPerYear
        returns = RollingMoments(capacity: period)
        annualization = periodsPerYear.squareRoot()
    }

    /// `period + 1` prices.
    @inlinable public var warmUpPeriod: Int { period + 1 }
    /// Whether `period` returns have been seen.
    @inlinable public var isReady: Bool { returns.isFull }

    /// Consumes one price; returns the annualized volatility of the last `period` log returns.
    #if compiler(>=6.3)
    @inline(always)  // otherwise an out-of-line call per update; see RollingSum.push(_:)
    #else
    @inline(__always)
    #endif
    @inlinable
    public mutating func update(_ price: Double) -> Double? {
        defer { previousPrice = price }
        pricesSeen += 1
        guard pricesSeen > 1 else { return nil }
        let ratio = price / previousPrice
        returns.push(ratio > 0 ? log(ratio) : .nan)
        guard returns.isFull else { return nil }
        guard !returns.containsNonFinite else { return .nan }
        let n = Double(period)
        let variance = returns.populationVariance() * n / (n - 1)
        return variance > 0 ? variance.squareRoot() * annualization : 0
    }

    /// Forgets every price seen.
    @inlinable
    public mutating func reset() {
        returns.removeAll()
        previousPrice = .nan
        pricesSeen = 0
    }
}

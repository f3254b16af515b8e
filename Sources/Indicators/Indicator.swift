import TradingCore

/// A streaming technical indicator: a small value type fed one input at a time.
///
/// Conformers follow the shape of LEAN's `IndicatorBase` and NautilusTrader's indicator
/// trait: `update(_:)` consumes one input and returns the output for that input once the
/// indicator is warmed up (`nil` before), `isReady` tells whether the last update produced
/// an output, and `reset()` returns to the freshly initialised state.
///
/// `warmUpPeriod` is the number of inputs consumed up to and including the first one that
/// yields an output: TA-Lib's lookback plus one. Feeding the same inputs always yields the
/// same outputs; an update costs O(1) amortized time and memory is bounded by the period.
///
/// ## Exactness
///
/// Where TA-Lib defines an indicator, outputs and warm-up equal TA-Lib's — the C library 0.8.1
/// bundled with the `TA-Lib` Python package 0.6+, `TA_COMPATIBILITY_DEFAULT`, default unstable
/// period 0 — bit for bit on ordinary data: the indicators use TA-Lib's operations in its
/// order, including its own periodic resynchronisations (WMA, VAR, the regressions), and its
/// fused multiply-adds where TA-Lib runs its FMA build (chosen at load time on x86-64 CPUs with
/// FMA; on older x86-64 CPUs TA-Lib rounds those products separately and differs in the last
/// bits). One exception: ATR (and NATR, Keltner's band width) rounds its smoothing product
/// apart, as TA-Lib's non-FMA build does, because a fused step is a libm call in a default
/// Swift build and would triple its array kernel's time; it stays within 1e-14 relative
/// of the FMA build. Every other shared reference case is compared with `==`. For any parameters TA-Lib
/// accepts they agree within relative 1e-9 at worst (504 parameter combinations; see
/// BENCHMARKS.md). Parameters TA-Lib rejects but that have an obvious meaning (period 1 of
/// MAX, MIDPOINT, WILLR, …) are accepted by the Swift types; the catalog keeps TA-Lib's
/// ranges. Rolling sums keep TA-Lib's running value, checked every `period` updates against a
/// fresh sum of the window and replaced when they have drifted by more than 1e-9 of the
/// window's `Σ|x|` (far above the rounding TA-Lib's own sums accumulate on ordinary data), so
/// a run of any length, or a huge value passing through, leaves no lasting error.
///
/// ## Non-finite input (NaN, ±∞)
///
/// Bad values never trap. An indicator treats a non-finite input as a gap that poisons
/// exactly the outputs that depend on it:
/// * window indicators (SMA, MAX, STDDEV, …) output NaN while the bad value is inside the
///   window and recover as soon as it leaves;
/// * recursive indicators (EMA, Wilder smoothing in RSI/ATR/ADX, OBV, AD, SAR, …) depend on
///   every earlier input, so — as in TA-Lib's arithmetic — every later output is NaN until
///   `reset()`.
/// The only deliberate difference from TA-Lib's Python wrapper is that leading NaNs are not
/// skipped: they count towards warm-up like any other input.
///
/// ## Bad parameters
///
/// A parameter outside its documented range (period ≤ 0, …) is a programmer error and stops
/// the program with a `precondition` failure; tools that take parameters from users validate
/// them first through ``IndicatorCatalog``.
public protocol Indicator<Input, Output>: Sendable {
    /// What one update consumes: a `Double` price or a ``TradingCore/Bar``.
    associatedtype Input
    /// What one update produces once warmed up.
    associatedtype Output

    /// The number of inputs up to and including the first one that yields an output.
    var warmUpPeriod: Int { get }
    /// Whether the indicator has produced an output (has seen `warmUpPeriod` inputs).
    var isReady: Bool { get }
    /// Consumes one input and returns the output for it, or `nil` while warming up.
    mutating func update(_ input: Input) -> Output?
    /// Returns to the freshly initialised state.
    mutating func reset()
}

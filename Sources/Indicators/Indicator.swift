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

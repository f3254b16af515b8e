import Indicators
import TradingCore

/// The classic moving-average crossover, always in the market after the first cross.
///
/// For each instrument: when the fast SMA crosses above the slow one (previous fast <
/// previous slow and current fast > current slow) close any short and go long; on the
/// mirror-image cross close any long and go short. Both orders are market orders decided at
/// the close and filled at the next open; the new position is sized at that fill from the
/// buying power left after the closing fill, in whole lots, commission included
/// (``TradingCore/OrderQuantity/fractionOfBuyingPower(_:)``). With several instruments each
/// entry takes `1 / instrumentCount` of the buying power available at its fill.
///
/// These are backtesting.py's `SmaCross` semantics (`crossover`, `position.close()`,
/// `buy()` with its default full-equity size), down to its averages: backtesting.py's `SMA` is
/// pandas' `rolling(n).mean()`, which ``Indicators/PandasRollingMean`` reproduces bit for bit,
/// so two averages that tie exactly in pandas tie here too and no cross is traded on rounding
/// residue (TA-Lib's `SMA`, ``Indicators/SimpleMovingAverage``, would break such ties). On
/// GOOG 2004–2013 the results agree to the cent, and trade for trade on any data.
///
/// Warm-up: `slow` bars for the averages plus one for the previous values.
public struct SmaCross: Strategy, Sendable {
    /// The fast average's period.
    public let fast: Int
    /// The slow average's period.
    public let slow: Int
    /// The first instrument's averages, stored inline rather than in `others`: a write to an
    /// array element first calls the runtime's uniqueness check (20 instructions a bar with
    /// the call, measured), which a stored property does not need. Copying the strategy
    /// copies them (two inline windows, about 1.3 kB), so copies stay independent.
    @usableFromInline var first: CrossState
    /// The averages of instruments 1, 2, … (index − 1).
    @usableFromInline var others: [CrossState] = []

    /// One instrument's averages and their previous values (kept together so a bar costs one
    /// array access, not four).
    @usableFromInline
    struct CrossState: Sendable {
        @usableFromInline var fast: PandasRollingMean
        @usableFromInline var slow: PandasRollingMean
        @usableFromInline var previousFast = Double.nan
        @usableFromInline var previousSlow = Double.nan

        @usableFromInline
        init(fast: Int, slow: Int) {
            self.fast = PandasRollingMean(period: fast)
            self.slow = PandasRollingMean(period: slow)
        }

        /// Whether both averages update inline (``Indicators/PandasRollingMean/updatesInline``).
        @inlinable @inline(__always)
        var updatesInline: Bool { fast.updatesInline && slow.updatesInline }

        /// Updates both averages with `close`; returns the cross direction (`nil` for none).
        @inlinable @inline(__always)
        mutating func update(_ close: Double) -> OrderSide? {
            let fastValue = fast.update(close) ?? .nan
            let slowValue = slow.update(close) ?? .nan
            let fastBefore = previousFast, slowBefore = previousSlow
            previousFast = fastValue
            previousSlow = slowValue
            if fastBefore < slowBefore && fastValue > slowValue { return .buy }
            if slowBefore < fastBefore && slowValue > fastValue { return .sell }
            return nil
        }
    }

    /// Creates the strategy.
    ///
    /// - Precondition: `0 < fast < slow`.
    public init(fast: Int = 10, slow: Int = 30) {
        precondition(fast > 0 && fast < slow, "SmaCross needs 0 < fast < slow")
        self.fast = fast
        self.slow = slow
        first = CrossState(fast: fast, slow: slow)
    }

    /// Creates one pair of averages per instrument.
    public mutating func onStart(_ context: inout StrategyContext) {
        first = CrossState(fast: fast, slow: slow)
        others = Array(repeating: first, count: max(context.instruments.count - 1, 0))
    }

    /// Updates the averages and trades the crosses (comparisons with a NaN — warm-up — are false).
    @inlinable
    public mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {
        // One instrument with a finite close and both averages past their warm-up (the
        // common case): tested up front, so that the updates' own tests are known to pass and
        // this path makes no call but to `enter` (no registers saved: 25 fewer instructions
        // a bar, measured). Everything else takes the general loop.
        if bars.instrumentCount == 1 {
            let close = bars.close(0)
            if close.isFinite && first.updatesInline {
                if let side = first.update(close) { enter(side, 0, &context) }
                return
            }
        }
        onBarsInGeneral(bars, &context)
    }

    /// ``onBars(_:_:)`` for any slice: every instrument with a bar, in order.
    @usableFromInline @inline(never)
    mutating func onBarsInGeneral(_ bars: BarSlice, _ context: inout StrategyContext) {
        bars.forEachBar { index, bar in
            // forEachBar calls for instrument 0 first and apart from the others, so after
            // inlining this test is decided at compile time on each call.
            if index == 0 {
                if let side = first.update(bar.close) { enter(side, 0, &context) }
            } else {
                updateOther(index, bar.close, &context)
            }
        }
    }

    /// The bar of instrument `index` > 0. Out of line so that the loop compiles the first
    /// instrument's update alone (2 fewer instructions a bar, measured when this loop was
    /// also the single-instrument path).
    @usableFromInline @inline(never)
    mutating func updateOther(_ index: Int, _ close: Double, _ context: inout StrategyContext) {
        if let side = others[index - 1].update(close) { enter(side, index, &context) }
    }

    @usableFromInline
    mutating func enter(_ side: OrderSide, _ index: Int, _ context: inout StrategyContext) {
        // By index: the symbol is not looked up again for each order.
        context.closePosition(index)
        let fraction = 1 / Double(context.instruments.count)
        context.submit(OrderIntent(symbol: context.instruments[index].symbol, side: side, quantity: .fractionOfBuyingPower(fraction),
                                   strategy: "sma-cross"),
                       instrument: index)
    }
}

/// A trading strategy: the plugin the engine calls at each step.
///
/// A strategy is a value (or a final class) holding its own indicators and state. It sees
/// the world only through its ``StrategyContext`` — time, the read-only portfolio, past bars,
/// and intents it submits — so the same code runs in a backtest, in paper trading and live.
/// No global state, no wall clock, no I/O.
///
/// `onBars` is called once per timestamp, after the bars of every instrument that closes
/// then are known and after fills at that bar have been booked. Intents submitted there are
/// decided at the close; market intents fill at the next bar's open by default.
public protocol Strategy {
    /// Called once before the first bar.
    mutating func onStart(_ context: inout StrategyContext)
    /// Called once per timestamp with the bars closing then (all instruments).
    mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext)
    /// Called after each fill of one of the strategy's orders has been booked.
    mutating func onFill(_ fill: Fill, _ context: inout StrategyContext)
    /// Called when an order is accepted, cancelled, expired or rejected by the venue.
    mutating func onOrderUpdate(_ order: Order, _ context: inout StrategyContext)
    /// Called when the driver delivers a timer event (e.g. a scheduled check between bars).
    mutating func onTimer(_ time: Timestamp, _ context: inout StrategyContext)
    /// Called once after the last bar, before the end-of-run close-out.
    mutating func onStop(_ context: inout StrategyContext)
}

extension Strategy {
    /// Does nothing.
    public mutating func onStart(_ context: inout StrategyContext) {}
    /// Does nothing.
    public mutating func onFill(_ fill: Fill, _ context: inout StrategyContext) {}
    /// Does nothing.
    public mutating func onOrderUpdate(_ order: Order, _ context: inout StrategyContext) {}
    /// Does nothing.
    public mutating func onTimer(_ time: Timestamp, _ context: inout StrategyContext) {}
    /// Does nothing.
    public mutating func onStop(_ context: inout StrategyContext) {}
}

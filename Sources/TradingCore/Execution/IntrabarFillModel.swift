/// The default fill rules: market orders at the open; limits and stops when the bar's range
/// touches them, with gaps filled at the open.
///
/// With `o` the reference open, `h`/`l` the bar's high and low:
///
/// | order | fills when | at |
/// |---|---|---|
/// | market | always | `o` |
/// | buy limit `L` | `o ≤ L` / else `l ≤ L` | `o` / `L` |
/// | sell limit `L` | `o ≥ L` / else `h ≥ L` | `o` / `L` |
/// | buy stop `S` | `o ≥ S` / else `h ≥ S` | `o` (gap through: the open, not the stop) / `S` |
/// | sell stop `S` | `o ≤ S` / else `l ≤ S` | `o` / `S` |
/// | stop-limit | the stop triggers as above, then the limit applies | see below |
///
/// A stop-limit triggered at the open is a limit order for the rest of the bar (`o` if
/// marketable, else `L` when the range reaches it). Triggered inside the bar, it fills at
/// `S` only if `S` satisfies the limit; otherwise the order in which the bar visited `S` and
/// `L` is unknowable and it waits for a later bar (conservative). Bars carry no volume
/// limit here; see ``VolumeCappedFillModel``.
public struct IntrabarFillModel: FillModel, Hashable {
    /// Creates the model.
    public init() {}

    /// The fill price by the table above, or `nil`.
    @inlinable
    public func fillPrice(for type: OrderType, side: OrderSide, isTriggered: inout Bool, open: Double, bar: Bar) -> Double? {
        switch type {
        case .market:
            return open
        case .limit(let limit):
            return Self.limitPrice(limit, side: side, open: open, bar: bar)
        case .stop(let stop):
            if side == .buy {
                if open >= stop { return open }
                return bar.high >= stop ? stop : nil
            } else {
                if open <= stop { return open }
                return bar.low <= stop ? stop : nil
            }
        case .stopLimit(let stop, let limit):
            if isTriggered { return Self.limitPrice(limit, side: side, open: open, bar: bar) }
            let gapped = side == .buy ? open >= stop : open <= stop
            if gapped {
                isTriggered = true
                return Self.limitPrice(limit, side: side, open: open, bar: bar)
            }
            let touched = side == .buy ? bar.high >= stop : bar.low <= stop
            guard touched else { return nil }
            isTriggered = true
            let stopSatisfiesLimit = side == .buy ? stop <= limit : stop >= limit
            return stopSatisfiesLimit ? stop : nil
        }
    }

    /// All of it.
    @inlinable
    public func fillableQuantity(_ remaining: Double, bar: Bar) -> Double { remaining }

    @inlinable
    static func limitPrice(_ limit: Double, side: OrderSide, open: Double, bar: Bar) -> Double? {
        if side == .buy {
            if open <= limit { return open }
            return bar.low <= limit ? limit : nil
        } else {
            if open >= limit { return open }
            return bar.high >= limit ? limit : nil
        }
    }
}

import Indicators
import TradingCore

/// A factor: a streaming scorer that turns one instrument's data into one number per bar.
///
/// A factor is an ``Indicators/Indicator`` whose output is a `Double` score and which has
/// a stable `name`, the key under which its contribution to a composite score is recorded
/// on orders and trades (see ``CompositeScore``) and under which attribution reports its
/// profit and loss. Like every indicator it is a value type: `update(_:)` costs O(1)
/// amortized time, returns `nil` until `warmUpPeriod` inputs have been seen, and `reset()`
/// restores the freshly initialised state.
///
/// Raw factor scores live on the factor's own scale; wrap a factor in a
/// ``NormalizedFactor`` (rolling z-score, then clipping) before adding it to others.
public protocol Factor<Input>: Indicator where Output == Double {
    /// What one update consumes, typically a ``TradingCore/Bar``.
    associatedtype Input

    /// The factor's name: the key of its contribution in composites, orders, trades and reports.
    var name: String { get }
}

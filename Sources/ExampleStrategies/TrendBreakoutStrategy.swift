import Factors
import TradingCore

/// TrendBreakout: enter on a breakout of the prior N-bar channel confirmed by volume and by
/// a momentum-plus-breakout composite score; exit on a trailing ATR stop, a fading score,
/// or a maximum holding period.
///
/// Per instrument and bar (decided at the close, orders filled at the next open):
///
/// 1. Update the two normalized factors of ``TrendBreakoutParameters/factors``
///    (``Factors/MomentumFactor`` and ``Factors/BreakoutFactor``, each a rolling z-score
///    clipped at ±`clipLimit`) and the composite `S = w_m·momentum + w_b·breakout`.
/// 2. **Flat** — go long when `S > entryThreshold`, the close is above the prior
///    `channelPeriod`-bar high, and the bar's volume z-score is at least
///    `minimumVolumeZScore`. With `allowsShorts` (and a shortable instrument), go short on
///    the mirror image: `S < −entryThreshold` and a close below the prior channel low. The
///    order carries the strategy's name and each factor's contribution `wᵢ·sᵢ`, which the
///    trade records for attribution.
/// 3. **In a position** — close it when the close crosses the trailing stop
///    (`highest high since entry − stopMultiple × ATR` for a long, `lowest low + stopMultiple
///    × ATR` for a short), when the score fades (`S < exitThreshold` for a long,
///    `S > −exitThreshold` for a short), or after `maximumHoldingBars` bars.
///
/// Sizing is ``TrendBreakoutSizing/equalWeight`` (each instrument an equal slice of equity)
/// or ``TrendBreakoutSizing/fixedRisk`` (risk `riskFraction` of equity down to the initial
/// stop `stopMultiple × ATR`, capped at the equal slice), through TradingCore's position
/// sizers. Every order goes through the run's risk manager (position cap, gross leverage,
/// drawdown halt, …), which may shrink or reject it; a rejected entry is simply retried on
/// a later signal.
///
/// The strategy uses only TradingKit's public API: copy it as the template for a system of
/// your own. It reads nothing but the bars it is given, so it cannot look ahead.
///
/// Warm-up: the composite needs `max(momentum warm-up, breakout warm-up) +
/// normalizationWindow − 1` bars per instrument (252 with the defaults); no order is sent
/// before that.
///
/// - Complexity: O(instruments × horizons) per step; no allocation per bar except the
///   contribution dictionary attached to an entry order.
public struct TrendBreakoutStrategy: Strategy, Sendable {
    /// The tag recorded on the strategy's orders and trades.
    public static let name = "trend-breakout"

    /// The strategy's settings.
    public let parameters: TrendBreakoutParameters
    private let composite: CompositeScore
    private var momentum: [NormalizedFactor<MomentumFactor>] = []
    private var breakout: [NormalizedFactor<BreakoutFactor>] = []
    private var scores: [Double] = [.nan, .nan]
    private var contributions: [Double] = [0, 0]
    private var trailingExtremes: [Double] = []
    private var pendingEntries: [ClientOrderID?] = []

    /// Creates the strategy.
    ///
    /// - Parameter parameters: the settings; every one has a documented default.
    public init(parameters: TrendBreakoutParameters = TrendBreakoutParameters()) {
        self.parameters = parameters
        composite = parameters.factors.composite
    }

    /// Creates fresh factors for every instrument of the run.
    public mutating func onStart(_ context: inout StrategyContext) {
        let count = context.instruments.count
        momentum = Array(repeating: parameters.factors.makeMomentumFactor(), count: count)
        breakout = Array(repeating: parameters.factors.makeBreakoutFactor(), count: count)
        trailingExtremes = Array(repeating: .nan, count: count)
        pendingEntries = Array(repeating: nil, count: count)
    }

    /// Updates every instrument with a bar at this step and trades its signals.
    public mutating func onBars(_ bars: BarSlice, _ context: inout StrategyContext) {
        for index in 0..<bars.instrumentCount {
            guard let bar = bars[index] else { continue }
            scores[0] = momentum[index].update(bar) ?? .nan
            scores[1] = breakout[index].update(bar) ?? .nan
            let score = composite.evaluate(scores, contributions: &contributions)
            if let id = pendingEntries[index], context.order(id)?.status.isOpen == true { continue }
            pendingEntries[index] = nil
            let position = context.portfolio.positions[index]
            if position.isFlat {
                trailingExtremes[index] = .nan
                if let score { considerEntry(index, bar: bar, score: score, &context) }
            } else {
                manage(position, index, bar: bar, score: score, &context)
            }
        }
    }

    /// Opens a position when the entry rules hold.
    private mutating func considerEntry(_ index: Int, bar: Bar, score: Double, _ context: inout StrategyContext) {
        guard let features = breakout[index].base.features, features.averageTrueRange > 0 else { return }
        guard features.volumeZScore >= parameters.minimumVolumeZScore else { return }
        let side: OrderSide
        if score > parameters.entryThreshold && features.isBreakout {
            side = .buy
        } else if parameters.allowsShorts && context.instruments[index].isShortable
                    && score < -parameters.entryThreshold && features.isBreakdown {
            side = .sell
        } else {
            return
        }
        let instrument = context.instruments[index]
        let request = SizingRequest(
            equity: context.portfolio.equity, price: bar.close, instrument: instrument, slots: context.instruments.count,
            stopDistance: parameters.stopMultiple * features.averageTrueRange
        )
        let quantity: Double
        switch parameters.sizing {
        case .equalWeight:
            quantity = EqualWeightSizer(fraction: parameters.investedFraction).quantity(for: request)
        case .fixedRisk:
            let cap = parameters.investedFraction / Double(context.instruments.count)
            quantity = FixedFractionalRiskSizer(riskFraction: parameters.riskFraction, maximumLeverage: cap).quantity(for: request)
        }
        guard quantity > 0 else { return }
        pendingEntries[index] = context.submit(OrderIntent(
            symbol: instrument.symbol, side: side, quantity: .units(quantity),
            strategy: Self.name, entryFactors: composite.exposures(scores)
        ))
    }

    /// Trails the stop of an open position and closes it when an exit rule fires.
    private mutating func manage(_ position: Position, _ index: Int, bar: Bar, score: Double?, _ context: inout StrategyContext) {
        let isLong = position.quantity > 0
        let extreme = trailingExtremes[index]
        trailingExtremes[index] = extreme.isNaN ? (isLong ? bar.high : bar.low) : (isLong ? max(extreme, bar.high) : min(extreme, bar.low))
        var exits = context.step - position.entryStep >= parameters.maximumHoldingBars
        if let features = breakout[index].base.features {
            let distance = parameters.stopMultiple * features.averageTrueRange
            exits = exits || (isLong ? bar.close < trailingExtremes[index] - distance : bar.close > trailingExtremes[index] + distance)
        }
        if let score {
            exits = exits || (isLong ? score < parameters.exitThreshold : score > -parameters.exitThreshold)
        }
        if exits { context.closePosition(position.symbol) }
    }
}

import Indicators
import TradingCore

/// The breakout factor: how far the close stands above the prior N-bar high in units of
/// volatility, plus a volume confirmation term.
///
/// Formula (raw score at bar `t`):
///
///     raw_t = w_d · (close_t − H_t) / ATR_t  +  w_v · clip(VZ_t, ±c)
///
/// where `H_t` is the highest high of the `N` bars *before* `t` (the Donchian channel top a
/// close must clear to break out — Donchian 1960, the Turtle rules' 20/55-day breakouts —
/// from ``Indicators/RollingMaximum``), `ATR_t` Wilder's average true range
/// (``Indicators/AverageTrueRange``, Wilder 1978), which makes the distance comparable
/// across instruments, and `VZ_t` the ``Indicators/VolumeZScore`` of the bar's volume. A
/// positive distance term means the close broke out; a positive volume term means the
/// move came on above-normal volume. When `ATR_t` is not positive the distance term is 0.
/// The features behind the latest score — with the channel bottom, the lowest low of the
/// same `N` bars, for short breakdowns — are kept in ``features`` for strategies that need
/// the channel or the ATR (entry confirmation, stops).
///
/// Warm-up: `max(N + 1, ATR period + 1, volume period)` bars.
///
/// - Complexity: O(1) amortized per update, no allocation.
public struct BreakoutFactor: Factor, Sendable {
    /// One bar of the instrument.
    public typealias Input = Bar

    /// The name its contribution is recorded under. Default `"breakout"`.
    public let name: String
    /// The channel, volume and volatility periods and the term weights.
    public let parameters: Parameters
    @usableFromInline var channel: RollingMaximum
    @usableFromInline var channelTop: Double?
    @usableFromInline var channelFloor: RollingMinimum
    @usableFromInline var channelBottom: Double?
    @usableFromInline var volatility: AverageTrueRange
    @usableFromInline var volume: VolumeZScore
    @usableFromInline var latestFeatures: Features?
    @usableFromInline var barsSeen = 0

    /// Creates a breakout factor.
    ///
    /// - Parameters:
    ///   - parameters: the channel, volume and volatility periods and the weights.
    ///   - name: the name its contribution is recorded under.
    public init(parameters: Parameters = Parameters(), name: String = FactorConfiguration.breakoutName) {
        self.name = name
        self.parameters = parameters
        channel = RollingMaximum(period: parameters.channelPeriod)
        channelFloor = RollingMinimum(period: parameters.channelPeriod)
        volatility = AverageTrueRange(period: parameters.volatilityPeriod)
        volume = VolumeZScore(period: parameters.volumePeriod)
    }

    /// `max(N + 1, ATR period + 1, volume period)` bars.
    @inlinable
    public var warmUpPeriod: Int {
        max(parameters.channelPeriod + 1, parameters.volatilityPeriod + 1, parameters.volumePeriod)
    }

    /// Whether the channel, the ATR and the volume z-score have all warmed up.
    @inlinable
    public var isReady: Bool { barsSeen >= warmUpPeriod }

    /// The features behind the latest score, or `nil` when the latest update produced none.
    @inlinable
    public var features: Features? { latestFeatures }

    /// Consumes one bar; returns the raw breakout score once warmed up.
    @inlinable
    public mutating func update(_ bar: Bar) -> Double? {
        barsSeen += 1
        let priorHigh = channelTop
        let priorLow = channelBottom
        channelTop = channel.update(bar.high)
        channelBottom = channelFloor.update(bar.low)
        let range = volatility.update(bar)
        let volumeScore = volume.update(bar.volume)
        guard let priorHigh, let priorLow, let range, let volumeScore else {
            latestFeatures = nil
            return nil
        }
        let features = Features(
            close: bar.close, priorHigh: priorHigh, priorLow: priorLow, averageTrueRange: range, volumeZScore: volumeScore
        )
        latestFeatures = features
        return Self.score(close: features.close, priorHigh: priorHigh, averageTrueRange: range, volumeZScore: volumeScore, parameters: parameters)
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        channel.reset()
        channelTop = nil
        channelFloor.reset()
        channelBottom = nil
        volatility.reset()
        volume.reset()
        latestFeatures = nil
        barsSeen = 0
    }

    /// The breakout score from precomputed features; see the type's formula.
    ///
    /// - Parameters:
    ///   - close: the bar's close.
    ///   - priorHigh: the highest high of the `N` bars before this one.
    ///   - averageTrueRange: the average true range at this bar.
    ///   - volumeZScore: the z-score of this bar's volume.
    ///   - parameters: the weights and the volume clip.
    /// - Returns: the raw breakout score.
    @inlinable
    public static func score(
        close: Double, priorHigh: Double, averageTrueRange: Double, volumeZScore: Double, parameters: Parameters
    ) -> Double {
        let distance = averageTrueRange > 0 ? (close - priorHigh) / averageTrueRange : 0
        let clip = parameters.volumeClip
        let volume = min(max(volumeZScore, -clip), clip)
        return parameters.distanceWeight * distance + parameters.volumeWeight * volume
    }
}

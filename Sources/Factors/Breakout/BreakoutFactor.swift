/// The breakout factor: how far the close stands above the prior N-bar high in units of
/// volatility, plus a volume confirmation term.
///
/// Formula (raw score at bar `t`):
///
///     raw_t = w_d · (close_t − H_t) / ATR_t  +  w_v · clip(VZ_t, ±c)
///
/// where `H_t` is the highest high of the `N` bars *before* `t` (the Donchian channel top
/// that a close must clear to break out; Donchian 1960, the Turtle rules' 20/55-day
/// breakouts), `ATR_t` Wilder's average true range (Wilder 1978) — so the distance is
/// volatility-scaled and comparable across instruments — and `VZ_t` the z-score of the
/// bar's volume against recent volume. A positive distance term means the close broke
/// out; a positive volume term means the move came on above-normal volume. When `ATR_t`
/// is not positive the distance term is 0.
///
/// Warm-up: `max(N + 1, ATR warm-up, volume z-score warm-up)` bars.
public struct BreakoutFactor: Sendable {
    /// The channel, volume and volatility periods and the term weights.
    public let parameters: Parameters

    /// Creates a breakout factor.
    ///
    /// - Parameter parameters: the channel, volume and volatility periods and the weights.
    public init(parameters: Parameters = Parameters()) {
        self.parameters = parameters
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

import Indicators

/// A factor whose raw score is normalized over time: a rolling z-score, then clipping.
///
/// Formula: `score_t = clip(z_t)`, with `z_t` the ``RollingZScore`` of the base factor's
/// raw score over the last `window` outputs and `clip` a ``Clipping`` (typically ±3).
/// Normalizing puts factors with different raw units on one scale, so that a composite's
/// weights mean what they say.
///
/// Warm-up: `base.warmUpPeriod + window − 1` inputs. A `nil` or non-finite raw score
/// yields `nil` and leaves the z-score window unchanged.
public struct NormalizedFactor<Base: Factor>: Factor, Sendable {
    /// What the base factor consumes.
    public typealias Input = Base.Input

    @usableFromInline var rawFactor: Base
    @usableFromInline var rawScoreZScore: RollingZScore
    /// The clipping applied to the z-score.
    public let clipping: Clipping

    /// Creates a normalized factor.
    ///
    /// - Parameters:
    ///   - base: the factor producing raw scores.
    ///   - window: the number of raw scores in the rolling z-score (at least 2).
    ///   - clipping: the clipping of the z-score; `.none` to leave it unbounded.
    public init(_ base: Base, window: Int, clipping: Clipping) {
        rawFactor = base
        rawScoreZScore = RollingZScore(period: window)
        self.clipping = clipping
    }

    /// The factor producing raw scores, in its current state.
    @inlinable
    public var base: Base { rawFactor }

    /// The number of raw scores in the rolling z-score.
    @inlinable
    public var window: Int { rawScoreZScore.period }

    /// The base factor's name.
    @inlinable
    public var name: String { rawFactor.name }

    /// `base.warmUpPeriod + window − 1`.
    @inlinable
    public var warmUpPeriod: Int { rawFactor.warmUpPeriod + rawScoreZScore.period - 1 }

    /// Whether the z-score window is full.
    @inlinable
    public var isReady: Bool { rawScoreZScore.isReady }

    /// Feeds `input` to the base factor and returns the clipped z-score of its raw score,
    /// or `nil` while warming up.
    @inlinable
    public mutating func update(_ input: Base.Input) -> Double? {
        guard let raw = rawFactor.update(input), let z = rawScoreZScore.update(raw) else { return nil }
        return clipping.apply(z)
    }

    /// Resets the base factor and the z-score window.
    @inlinable
    public mutating func reset() {
        rawFactor.reset()
        rawScoreZScore.reset()
    }
}

/// Wraps a fill model and caps each bar's fill at a share of the bar's volume; the rest of
/// the order carries over to later bars (an IOC remainder is cancelled).
public struct VolumeCappedFillModel<Base: FillModel>: FillModel {
    /// The model that decides prices.
    public var base: Base
    /// The largest fraction of a bar's volume one order may take, in (0, 1].
    public var maximumVolumeShare: Double

    /// Creates the model. - Precondition: `maximumVolumeShare` in (0, 1].
    public init(_ base: Base, maximumVolumeShare: Double) {
        precondition(maximumVolumeShare > 0 && maximumVolumeShare <= 1, "volume share must lie in (0, 1]")
        self.base = base
        self.maximumVolumeShare = maximumVolumeShare
    }

    /// The base model's price.
    @inlinable
    public func fillPrice(for type: OrderType, side: OrderSide, isTriggered: inout Bool, open: Double, bar: Bar) -> Double? {
        base.fillPrice(for: type, side: side, isTriggered: &isTriggered, open: open, bar: bar)
    }

    /// `min(remaining, maximumVolumeShare × bar.volume, base capacity)`.
    @inlinable
    public func fillableQuantity(_ remaining: Double, bar: Bar) -> Double {
        Swift.min(base.fillableQuantity(remaining, bar: bar), maximumVolumeShare * bar.volume)
    }
}

extension VolumeCappedFillModel: Sendable where Base: Sendable {}

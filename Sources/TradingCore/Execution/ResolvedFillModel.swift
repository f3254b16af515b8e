/// A ``FillModel`` resolved once, when the ``FillSimulator`` is created: the stock models
/// become cases the simulator switches on, so matching a working order against a bar (once
/// per working order and bar) calls no protocol witness; any other model keeps its
/// existential and is called through it.
///
/// Every case computes exactly what the model it stands for computes (the stock cases call
/// the same `@inlinable` code directly).
@usableFromInline
enum ResolvedFillModel: Sendable {
    /// ``IntrabarFillModel``.
    case intrabar
    /// `VolumeCappedFillModel<IntrabarFillModel>` with this maximum share of bar volume.
    case volumeCappedIntrabar(maximumVolumeShare: Double)
    /// Any other model, called through its existential.
    case other(any FillModel)

    /// Resolves `model`.
    init(_ model: any FillModel) {
        if model is IntrabarFillModel {
            self = .intrabar
        } else if let capped = model as? VolumeCappedFillModel<IntrabarFillModel> {
            self = .volumeCappedIntrabar(maximumVolumeShare: capped.maximumVolumeShare)
        } else {
            self = .other(model)
        }
    }

    /// The model's ``FillModel/fillPrice(for:side:isTriggered:open:bar:)``.
    @inline(__always)
    func fillPrice(for type: OrderType, side: OrderSide, isTriggered: inout Bool, open: Double, bar: Bar) -> Double? {
        switch self {
        case .intrabar, .volumeCappedIntrabar:
            return IntrabarFillModel().fillPrice(for: type, side: side, isTriggered: &isTriggered, open: open, bar: bar)
        case .other(let model):
            return model.fillPrice(for: type, side: side, isTriggered: &isTriggered, open: open, bar: bar)
        }
    }

    /// The model's ``FillModel/fillableQuantity(_:bar:)``.
    @inline(__always)
    func fillableQuantity(_ remaining: Double, bar: Bar) -> Double {
        switch self {
        case .intrabar:
            return remaining
        case .volumeCappedIntrabar(let share):
            return VolumeCappedFillModel(IntrabarFillModel(), maximumVolumeShare: share).fillableQuantity(remaining, bar: bar)
        case .other(let model):
            return model.fillableQuantity(remaining, bar: bar)
        }
    }
}

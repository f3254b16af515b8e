/// A ``FillModel`` resolved once, when the ``FillSimulator`` is created: the stock models
/// become a plain tag the simulator switches on, so matching a working order against a bar
/// (once per working order and bar) calls no protocol witness and copies no existential; any
/// other model keeps its existential and is called through it.
///
/// Every case computes exactly what the model it stands for computes (the stock cases call
/// the same `@inlinable` code directly).
struct ResolvedFillModel: Sendable {
    /// Which model this is (a trivial value: reading it retains nothing).
    enum Kind: Sendable {
        /// ``IntrabarFillModel``.
        case intrabar
        /// `VolumeCappedFillModel<IntrabarFillModel>` with this maximum share of bar volume.
        case volumeCappedIntrabar(maximumVolumeShare: Double)
        /// Another model: ``other``.
        case other
    }

    /// Not derived from `other` on purpose: testing an optional existential for `nil` reads its
    /// enum tag through the runtime and copies the box (SmaCross on 200 000 bars: 154.0 M →
    /// 158.6 M instructions); the tag is a plain load.
    let kind: Kind
    /// The model when it is not a stock one (set exactly when `kind` is `.other`).
    let other: (any FillModel)?

    /// Resolves `model`.
    init(_ model: any FillModel) {
        if model is IntrabarFillModel {
            (kind, other) = (.intrabar, nil)
        } else if let capped = model as? VolumeCappedFillModel<IntrabarFillModel> {
            (kind, other) = (.volumeCappedIntrabar(maximumVolumeShare: capped.maximumVolumeShare), nil)
        } else {
            (kind, other) = (.other, model)
        }
    }

    /// The model's ``FillModel/fillPrice(for:side:isTriggered:open:bar:)``.
    @inline(__always)
    func fillPrice(for type: OrderType, side: OrderSide, isTriggered: inout Bool, open: Double, bar: Bar) -> Double? {
        switch kind {
        case .intrabar, .volumeCappedIntrabar:
            // The table's first row here: a market order, the usual one, calls nothing
            // (SmaCross, 200 000 bars: −0.16 M instructions).
            if case .market = type { return open }
            return IntrabarFillModel().fillPrice(for: type, side: side, isTriggered: &isTriggered, open: open, bar: bar)
        case .other:
            return other!.fillPrice(for: type, side: side, isTriggered: &isTriggered, open: open, bar: bar)
        }
    }

    /// Whether ``fillableQuantity(_:bar:)`` returns every quantity unchanged (the stock
    /// ``IntrabarFillModel``, which caps nothing): then the venue need not ask it.
    var fillsAnyQuantity: Bool {
        if case .intrabar = kind { return true }
        return false
    }

    /// The model's ``FillModel/fillableQuantity(_:bar:)``.
    @inline(__always)
    func fillableQuantity(_ remaining: Double, bar: Bar) -> Double {
        switch kind {
        case .intrabar:
            return remaining
        case .volumeCappedIntrabar(let share):
            return VolumeCappedFillModel(IntrabarFillModel(), maximumVolumeShare: share).fillableQuantity(remaining, bar: bar)
        case .other:
            return other!.fillableQuantity(remaining, bar: bar)
        }
    }
}

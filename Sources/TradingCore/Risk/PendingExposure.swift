/// What the orders already working will do to the account once they fill, as the pre-trade
/// check of a new order counts them: without it, a limit could be dodged by splitting an
/// order in two, or by sending one while another is still waiting to fill.
public struct PendingExposure: Hashable, Sendable {
    /// The signed change the working primary orders make to the new order's instrument.
    public var quantity: Double
    /// The margin that working orders reducing positions (in any instrument) release.
    public var releasedMargin: Double
    /// How many instruments flat now, other than the new order's, working orders would open.
    public var openings: Int

    /// Nothing working.
    public static let none = PendingExposure(quantity: 0, releasedMargin: 0, openings: 0)

    /// Pending exposure with the given parts.
    public init(quantity: Double, releasedMargin: Double, openings: Int) {
        self.quantity = quantity
        self.releasedMargin = releasedMargin
        self.openings = openings
    }
}

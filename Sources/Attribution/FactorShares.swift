/// How one trade's profit and loss is split among the factors that opened it.
///
/// A trade records the weighted contribution `cᵢ = wᵢ · sᵢ` of each factor to its entry
/// score `S = Σ cᵢ`. With `A = Σ |cᵢ|`:
///
/// 1. **Net shares** when `|S| ≥ netToGrossThreshold · A`: `shareᵢ = cᵢ / S`. A factor gets
///    PnL in proportion to how much of the score it supplied. A factor that pushed against
///    the entry (its contribution has the opposite sign of `S`) gets a *negative* share:
///    it is charged with the gains and credited with the losses of a trade it argued
///    against. Shares sum to 1 and the same rule serves long entries (`S > 0`) and short
///    entries (`S < 0`).
/// 2. **Gross shares** when the contributions nearly offset (`|S| < netToGrossThreshold · A`,
///    `A > 0`): `shareᵢ = |cᵢ| / A`. Net shares would be amplified by up to `A / |S|` (two
///    factors at +1.00 and −0.99 would get +100 and −99 times the trade's PnL), so the PnL
///    is split by the magnitude of each factor's involvement instead. Shares are in
///    `[0, 1]` and sum to 1. The threshold therefore bounds any share at
///    `1 / netToGrossThreshold` times the trade's PnL.
/// 3. **Unattributed** when the trade has no contributions, all are zero (`A = 0`), or any
///    is not finite: the whole PnL goes to the ``unattributedKey`` bucket.
///
/// Every rule's shares sum to 1, so factor PnL always sums to the trade's PnL — also for
/// finite contributions so large that their sum overflows (the sums are then formed over
/// the contributions divided by the largest, which leaves the shares unchanged).
public struct FactorShares: Hashable, Sendable {
    /// The key of the bucket that receives PnL not attributable to any factor.
    public static let unattributedKey = "unattributed"

    /// The smallest `|S| / A` for which net shares are used. Default `0.1`: no factor is
    /// ever assigned more than ten times a trade's PnL.
    public let netToGrossThreshold: Double

    /// Creates the share rule.
    ///
    /// - Parameter netToGrossThreshold: the smallest `|Σ cᵢ| / Σ |cᵢ|` for which net shares
    ///   are used, in `(0, 1]`.
    /// - Precondition: `0 < netToGrossThreshold <= 1`.
    public init(netToGrossThreshold: Double = 0.1) {
        precondition(netToGrossThreshold > 0 && netToGrossThreshold <= 1, "netToGrossThreshold must be in (0, 1]")
        self.netToGrossThreshold = netToGrossThreshold
    }

    /// Returns each factor's share of a trade's PnL; the shares sum to 1 (up to rounding).
    ///
    /// - Parameter contributions: the weighted contributions at entry, by factor name.
    /// - Returns: the share of each factor, or `[unattributedKey: 1]` when nothing can be
    ///   attributed. Factors whose contribution is zero get a zero share and are included.
    /// - Complexity: O(number of factors).
    public func shares(of contributions: [String: Double]) -> [String: Double] {
        var net = 0.0
        var gross = 0.0
        var largest = 0.0
        for contribution in contributions.values {
            guard contribution.isFinite else { return [Self.unattributedKey: 1] }
            net += contribution
            gross += contribution.magnitude
            largest = Swift.max(largest, contribution.magnitude)
        }
        guard gross > 0 else { return [Self.unattributedKey: 1] }
        // Finite contributions whose sum overflows (two of 1e308) would give every factor a
        // share of c / ∞ = 0: the sums are formed again over contributions scaled by the
        // largest, which leaves the shares unchanged and the sums at most the factor count.
        let scale = gross.isFinite ? 1 : largest
        if scale != 1 {
            net = 0
            gross = 0
            for contribution in contributions.values {
                net += contribution / scale
                gross += contribution.magnitude / scale
            }
        }
        if net.magnitude >= netToGrossThreshold * gross {
            return contributions.mapValues { $0 / scale / net }
        }
        return contributions.mapValues { $0.magnitude / scale / gross }
    }
}

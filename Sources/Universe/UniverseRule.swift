import TradingCore

/// A membership rule evaluated on an instrument's metadata and on its bars up to a moment.
///
/// Data rules look only at bars stamped at or before the evaluation time (a bar stamped `t`
/// has closed at `t`), so bars after it can never change the decision. A member without
/// enough history fails a data rule.
public enum UniverseRule: Hashable, Sendable {
    /// The member's asset class is one of these.
    case assetClasses(Set<AssetClass>)
    /// The member's sector is one of these (members without a sector fail).
    case sectors(Set<String>)
    /// The member's symbol is one of these: a static selection.
    case symbols(Set<String>)
    /// The last close at or before the evaluation time is at least this price.
    case minimumPrice(Double)
    /// The mean of `close × volume` over the last `days` bars at or before the evaluation
    /// time is at least `amount` (in the instrument's currency).
    case minimumAverageDollarVolume(Double, days: Int)

    /// Whether `member` passes the rule at `time`.
    ///
    /// - Parameters:
    ///   - member: the instrument and its metadata.
    ///   - history: the member's bars (any span; bars after `time` are ignored), or `nil`.
    ///   - time: the evaluation instant.
    /// - Precondition: `days > 0` for the dollar-volume rule.
    /// - Complexity: O(log n + days).
    public func isSatisfied(by member: UniverseMember, history: BarSeries?, at time: Timestamp) -> Bool {
        switch self {
        case .assetClasses(let classes):
            return classes.contains(member.assetClass)
        case .sectors(let sectors):
            return member.sector.map(sectors.contains) ?? false
        case .symbols(let symbols):
            return symbols.contains(member.symbol)
        case .minimumPrice(let price):
            guard let history, let last = Self.lastIndex(in: history, atOrBefore: time) else { return false }
            return history.close[last] >= price
        case .minimumAverageDollarVolume(let amount, let days):
            precondition(days > 0, "the averaging window must be positive")
            guard let history, let last = Self.lastIndex(in: history, atOrBefore: time), last + 1 >= days else { return false }
            var sum = 0.0
            for index in (last + 1 - days)...last { sum += history.close[index] * history.volume[index] }
            return sum / Double(days) >= amount
        }
    }

    /// The index of the last bar stamped at or before `time`, or `nil` when there is none.
    static func lastIndex(in history: BarSeries, atOrBefore time: Timestamp) -> Int? {
        var index = history.firstIndex(atOrAfter: time)
        if index < history.count && history.timestamps[index] == time { index += 1 }
        return index > 0 ? index - 1 : nil
    }
}

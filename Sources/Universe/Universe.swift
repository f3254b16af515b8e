import TradingCore

/// A set of instruments with metadata, looked up by symbol and filtered by rules.
///
/// The universe itself is static (the members given); ``members(at:history:satisfying:)``
/// applies rule-based filters at a moment using only bars at or before it, which makes a
/// dynamic universe free of look-ahead.
public struct Universe: Hashable, Sendable {
    /// The members in the order given.
    public private(set) var members: [UniverseMember]
    private var indexBySymbol: [String: Int]

    /// Creates a universe.
    ///
    /// - Throws: ``UniverseError/duplicateSymbol(_:file:field:)`` when two members share a symbol.
    public init(_ members: [UniverseMember]) throws(UniverseError) {
        var index: [String: Int] = [:]
        for (position, member) in members.enumerated() {
            guard index.updateValue(position, forKey: member.symbol) == nil else {
                throw .duplicateSymbol(member.symbol, file: nil, field: nil)
            }
        }
        self.members = members
        indexBySymbol = index
    }

    /// Creates a universe of bare instruments (no sector or name).
    ///
    /// - Throws: ``UniverseError/duplicateSymbol(_:file:field:)``.
    public init(instruments: [Instrument]) throws(UniverseError) {
        try self.init(instruments.map { UniverseMember(instrument: $0) })
    }

    /// The symbols in member order.
    public var symbols: [String] { members.map(\.symbol) }

    /// The number of members.
    public var count: Int { members.count }

    /// The member with `symbol`, or `nil`.
    public subscript(symbol: String) -> UniverseMember? {
        indexBySymbol[symbol].map { members[$0] }
    }

    /// The members that pass every rule at `time`, in member order.
    ///
    /// - Parameters:
    ///   - time: the evaluation instant; only bars stamped at or before it are read.
    ///   - history: bars by symbol; members without an entry fail data rules.
    ///   - rules: the rules, all of which must pass (an empty list selects everyone).
    /// - Complexity: O(members × rules × (log n + window)).
    public func members(at time: Timestamp, history: [String: BarSeries] = [:], satisfying rules: [UniverseRule]) -> [UniverseMember] {
        members.filter { member in
            let bars = history[member.symbol]
            return rules.allSatisfy { $0.isSatisfied(by: member, history: bars, at: time) }
        }
    }
}

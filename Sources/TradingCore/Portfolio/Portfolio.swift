/// Cash, positions and closed round trips of one account over many instruments.
///
/// Instruments are addressed by their index in the run's instrument list (`instruments`),
/// so per-bar marking touches no strings or hash tables. Accounting is average-cost:
///
/// * a fill moves cash by `−signedQuantity × price − commission`;
/// * a fill on the position's side raises the quantity at a volume-weighted average cost;
/// * a fill against it realises `sign × closedQuantity × (price − averagePrice)` and records a
///   ``Trade`` for the closed quantity (entry commission pro rata plus the closing share of
///   the fill's commission); a fill larger than the position flips it, opening the rest at
///   the fill price.
///
/// Two identities hold after every operation (checked by the tests to 1e-9 relative):
/// `equity = cash + Σ quantity × mark` and
/// `equity = initialCash + realizedPnL + unrealizedPnL − totalCommission`.
public struct Portfolio: Sendable {
    /// The instruments, in index order.
    public let instruments: [Instrument]
    /// The cash the account started with.
    public let initialCash: Double
    /// Current cash (negative when borrowing to hold longs).
    public private(set) var cash: Double
    /// One position per instrument, in index order (flat positions included).
    public private(set) var positions: [Position]
    /// Profit realised by all closing fills, before commission.
    public private(set) var realizedPnL: Double = 0
    /// All commission paid.
    public private(set) var totalCommission: Double = 0
    /// Round trips closed so far, in closing order (empty for an account that does not
    /// record them, such as the simulated venue's).
    public private(set) var trades: [Trade] = []
    /// Whether closing fills append to ``trades``.
    let recordsTrades: Bool
    /// Traded notional, Σ |quantity × price| over all fills (for turnover).
    public private(set) var tradedNotional: Double = 0
    private let indexBySymbol: [String: Int]

    /// Creates an account holding `cash` and no positions.
    ///
    /// - Precondition: symbols are unique and `cash` is finite.
    public init(instruments: [Instrument], cash: Double) {
        self.init(instruments: instruments, cash: cash, recordsTrades: true)
    }

    /// Creates an account; `recordsTrades: false` skips the round-trip records (a venue's
    /// books need only cash and positions).
    init(instruments: [Instrument], cash: Double, recordsTrades: Bool) {
        self.recordsTrades = recordsTrades
        precondition(cash.isFinite, "initial cash must be finite")
        var index: [String: Int] = [:]
        for (i, instrument) in instruments.enumerated() {
            precondition(index.updateValue(i, forKey: instrument.symbol) == nil, "duplicate symbol \(instrument.symbol)")
        }
        self.instruments = instruments
        self.initialCash = cash
        self.cash = cash
        self.positions = instruments.map { Position(symbol: $0.symbol) }
        self.indexBySymbol = index
    }

    /// Reserves room for up to `count` round trips (see `Array.reserveAddressSpace(forUpTo:)`).
    mutating func reserveTradeAddressSpace(forUpTo count: Int) {
        if recordsTrades { trades.reserveAddressSpace(forUpTo: count) }
    }

    /// The index of `symbol` in ``instruments``, or `nil` when it is not traded here.
    ///
    /// - Complexity: a linear scan of at most ``linearLookupLimit`` symbols (cheaper than
    ///   hashing the string), a hash lookup beyond.
    public func index(of symbol: String) -> Int? {
        if instruments.count <= Self.linearLookupLimit {
            for index in instruments.indices where instruments[index].symbol == symbol { return index }
            return nil
        }
        return indexBySymbol[symbol]
    }

    /// Up to this many instruments ``index(of:)`` compares symbols instead of hashing.
    static let linearLookupLimit = 4

    /// The position in `symbol` (flat when unknown).
    public func position(_ symbol: String) -> Position {
        index(of: symbol).map { positions[$0] } ?? Position(symbol: symbol)
    }

    /// Cash plus the marked value of every position, `cash + Σ quantity × mark` (summed in
    /// that order everywhere, so equity figures agree to the last bit).
    ///
    /// - Complexity: O(instruments).
    @inlinable
    public var equity: Double {
        var net = 0.0
        for index in positions.indices { net += positions[index].quantity * positions[index].markPrice }
        return cash + net
    }

    /// The account at `time` as an equity-curve point: cash, equity and the gross and net
    /// exposure, in one pass over the positions (equity is `cash + net`, the sum ``equity``
    /// forms, so the two agree to the last bit).
    ///
    /// - Complexity: O(instruments).
    @inline(__always)  // once per engine step: inlined, it reads the positions in place
    public func point(at time: Timestamp) -> EquityPoint {
        var gross = 0.0, net = 0.0
        for index in positions.indices {
            let value = positions[index].quantity * positions[index].markPrice
            gross += abs(value)
            net += value
        }
        return EquityPoint(timestamp: time, equity: cash + net, cash: cash, grossExposure: gross, netExposure: net)
    }

    /// Σ |position value|.
    ///
    /// - Complexity: O(instruments).
    public var grossExposure: Double {
        var value = 0.0
        for index in positions.indices { value += abs(positions[index].quantity * positions[index].markPrice) }
        return value
    }

    /// Σ position value (longs positive, shorts negative).
    ///
    /// - Complexity: O(instruments).
    public var netExposure: Double {
        var value = 0.0
        for index in positions.indices { value += positions[index].quantity * positions[index].markPrice }
        return value
    }

    /// Σ quantity × (mark − average price) over open positions.
    ///
    /// - Complexity: O(instruments).
    public var unrealizedPnL: Double {
        var value = 0.0
        for index in positions.indices { value += positions[index].unrealizedPnL }
        return value
    }

    /// The number of non-flat positions.
    ///
    /// - Complexity: O(instruments).
    public var openPositionCount: Int {
        var count = 0
        for index in positions.indices where positions[index].quantity != 0 { count += 1 }
        return count
    }

    /// Equity not tied up as margin: `equity − Σ |value_i| × margin_i`, floored at 0.
    ///
    /// Dividing by an instrument's margin requirement gives the notional that can still be
    /// opened in it (`margin = 1` for a cash account: buying power equals free equity).
    ///
    /// - Complexity: O(instruments).
    public var freeMargin: Double {
        var used = 0.0
        for index in positions.indices {
            used += abs(positions[index].quantity * positions[index].markPrice) * instruments[index].marginRequirement
        }
        return Swift.max(0, equity - used)
    }

    /// Gross exposure over equity (0 when equity is not positive).
    public var grossLeverage: Double {
        let equity = self.equity
        return equity > 0 ? grossExposure / equity : 0
    }

    /// Sets the mark price of instrument `index` (e.g. to a bar's close).
    public mutating func mark(_ index: Int, at price: Double) {
        positions[index].markPrice = price
    }

    /// Books a fill of instrument `index`.
    ///
    /// - Parameters:
    ///   - fill: the execution.
    ///   - index: the instrument's index.
    ///   - step: the engine step (timestamp index) of the fill, for `barsHeld`.
    ///   - strategy: the strategy tag of the order, recorded when the fill opens a position.
    ///   - entryFactors: the order's factor scores and weights, likewise.
    public mutating func apply(_ fill: Fill, instrument index: Int, step: Int,
                               strategy: String = "", entryFactors: [FactorExposure] = []) {
        if book(fill, instrument: index, step: step) {
            recordEntry(of: index, strategy: strategy, entryFactors: entryFactors)
        }
    }

    /// Books a fill of instrument `index` like ``apply(_:instrument:step:strategy:entryFactors:)``
    /// but leaves the position's entry tags alone; returns whether the fill opened a position
    /// (from flat, or by turning it around), whose tags the caller then sets with
    /// ``recordEntry(of:strategy:entryFactors:)``.
    ///
    /// For the engine, which reads the tags from its order book in place: passed as arguments,
    /// they were retained and released around the call for every fill, closing ones included
    /// (about 70 instructions a fill, measured).
    @discardableResult
    mutating func book(_ fill: Fill, instrument index: Int, step: Int) -> Bool {
        let signed = fill.signedQuantity
        cash -= signed * fill.price + fill.commission
        totalCommission += fill.commission
        tradedNotional += abs(signed * fill.price)
        // The position is updated in place (no copy of its strings and arrays).
        let booked = Self.book(fill, signed: signed, into: &positions[index], step: step, recordingTrade: recordsTrades)
        if let closed = booked.closed {
            realizedPnL += closed.realized
            if let trade = closed.trade { trades.appendAdvisingHugePages(trade) }
        }
        return booked.opened
    }

    /// Sets the strategy tag and factors of the position in instrument `index` (the entry of
    /// a fill that ``book(_:instrument:step:)`` said opened it).
    @inline(__always)  // inlined, the engine stores its order's tags without an extra retain
    mutating func recordEntry(of index: Int, strategy: consuming String, entryFactors: consuming [FactorExposure]) {
        positions[index].strategy = strategy
        positions[index].entryFactors = entryFactors
    }

    /// Applies a fill to one position; when it closes a round trip, returns the realized PnL
    /// before commissions and (when `recordingTrade`) the round trip; `opened` says whether it
    /// opened a position (entry time and step set; the caller sets the entry tags).
    private static func book(_ fill: Fill, signed: Double, into position: inout Position, step: Int,
                             recordingTrade: Bool) -> (closed: (trade: Trade?, realized: Double)?, opened: Bool) {
        position.markPrice = fill.price
        let held = position.quantity
        if held == 0 || (held > 0) == (signed > 0) {
            let total = abs(held) + abs(signed)
            position.averagePrice = held == 0 ? fill.price : (abs(held) * position.averagePrice + abs(signed) * fill.price) / total
            position.openCommission += fill.commission
            if held == 0 { open(&position, fill: fill, step: step) }
            position.quantity = held + signed
            return (nil, held == 0)
        }
        let closed = Swift.min(abs(signed), abs(held))
        let realized = (held > 0 ? 1.0 : -1.0) * closed * (fill.price - position.averagePrice)
        let exitCommission = fill.commission * closed / abs(signed)
        let entryCommission = position.openCommission * closed / abs(held)
        position.openCommission -= entryCommission
        position.realizedPnL += realized
        let trade = !recordingTrade ? nil : Trade(
            symbol: position.symbol, side: held > 0 ? .long : .short, quantity: closed,
            entryTime: position.entryTime, entryPrice: position.averagePrice,
            exitTime: fill.timestamp, exitPrice: fill.price, commission: entryCommission + exitCommission,
            barsHeld: step - position.entryStep, strategy: position.strategy,
            entryFactors: position.entryFactors
        )
        // Closing a position in several fills can leave binary rounding dust (0.1 + 0.2 sold
        // as 0.1 and 0.2 leaves 2.8e-17): a remainder that small closes the position.
        let sum = held + signed
        let isDust = sum != 0 && abs(sum) <= 1e-12 * abs(held)
        let remaining = isDust ? 0 : sum
        let flips = !isDust && abs(signed) > abs(held)
        if flips {
            position.averagePrice = fill.price
            position.openCommission = fill.commission - exitCommission
            open(&position, fill: fill, step: step)
        } else if remaining == 0 {
            position.averagePrice = 0
            position.openCommission = 0
        }
        position.quantity = remaining
        return ((trade, realized), flips)
    }

    private static func open(_ position: inout Position, fill: Fill, step: Int) {
        position.entryTime = fill.timestamp
        position.entryStep = step
    }
}

/// A historical simulation: the engine core driven over bar series with the fill simulator.
///
/// Configure once, run any strategy (the run is generic over the strategy type, so the
/// per-bar calls are static). Per timestamp the driver:
///
/// 1. builds the ``BarSlice`` of the instruments with a bar then (a k-way merge of the
///    series' timestamps, reusing one slice);
/// 2. lets the ``FillSimulator`` match working orders against those bars and feeds its
///    reports (fills at the open, touches, expiries) to the engine;
/// 3. lets the engine process the slice (`onBars`), and sends its commands to the simulator,
///    feeding back any immediate reports, until none are left.
///
/// After the last bar: `onStop`, then the ``EndOfRunPolicy`` close-out.
///
/// - Complexity: O(steps × instruments + orders) time; memory is the series plus the
///   equity curve, orders, fills and trades.
public struct Backtest: Sendable {
    /// The instruments, in the order of `series`.
    public var instruments: [Instrument]
    /// One series per instrument.
    public var series: [BarSeries]
    /// The starting cash.
    public var cash: Double
    /// Fill, slippage and commission models.
    public var execution: ExecutionConfiguration
    /// Pre-trade limits.
    public var riskLimits: RiskLimits
    /// What happens to positions open after the last bar.
    public var endOfRun: EndOfRunPolicy

    /// Creates a backtest.
    ///
    /// - Precondition: one instrument per series, with matching symbols; `cash > 0`.
    public init(instruments: [Instrument], series: [BarSeries], cash: Double,
                execution: ExecutionConfiguration = ExecutionConfiguration(), riskLimits: RiskLimits = .none,
                endOfRun: EndOfRunPolicy = .closeAtLastClose) {
        precondition(instruments.count == series.count, "one instrument per series")
        precondition(zip(instruments, series).allSatisfy { $0.symbol == $1.symbol }, "instrument and series symbols differ")
        precondition(cash > 0 && cash.isFinite, "cash must be positive")
        self.instruments = instruments
        self.series = series
        self.cash = cash
        self.execution = execution
        self.riskLimits = riskLimits
        self.endOfRun = endOfRun
    }

    /// How many steps pass between two calls of a run's progress handler.
    public static let progressInterval = 1 << 16

    /// Runs `strategy` over the series and returns the result and the strategy's final state.
    ///
    /// - Parameters:
    ///   - strategy: the strategy, in its initial state.
    ///   - name: the tag for orders whose intent has none.
    ///   - progress: called every ``progressInterval`` steps with the bars delivered so far
    ///     (on the calling thread, between two steps; it cannot affect the run). A command-line
    ///     tool can report a long run's progress from it.
    ///
    /// Specialized for the strategy in the caller's module but never inlined into it: one call
    /// per run costs nothing, and profilers see each run as this one frame (BENCHMARKS.md's
    /// `valgrind --toggle-collect='*runReturningStrategy*'` counts depend on it).
    @inlinable @inline(never)
    public func runReturningStrategy<S: Strategy>(_ strategy: S, name: String = "",
                                                  progress: ((BacktestProgress) -> Void)? = nil) -> (result: BacktestResult, strategy: S) {
        var engine = makeEngine(strategy, name: name)
        // The engine keeps the orders; its venue needs no copy of them.
        var simulator = FillSimulator(instruments: instruments, cash: cash, configuration: execution, recordsOrders: false)
        var feed = HistoricalFeed(series: series)
        var buffers = Buffers()
        engine.start()
        Self.forward(&engine, &simulator, &buffers)
        // Steps left until the next progress report (never reached without a handler).
        var untilProgress = progress == nil ? Int.max : Self.progressInterval
        while feed.next() {
            Self.step(&engine, &simulator, feed.slice, &buffers)
            untilProgress &-= 1
            if _slowPath(untilProgress == 0) {
                untilProgress = Self.progressInterval
                Self.report(to: progress, feed)
            }
        }
        engine.stop()
        Self.forward(&engine, &simulator, &buffers)
        if let price = closeOutPrice {
            let first = engine.core.context.orders.count + 1
            engine.flattenAll(reason: "end of run")
            Self.forward(&engine, &simulator, &buffers, closingOutAt: price, closeOuts: first..<(engine.core.context.orders.count + 1))
        }
        engine.finish()
        let portfolio = engine.context.portfolio
        let result = BacktestResult(
            instruments: instruments, initialCash: cash, equityCurve: engine.equityCurve, orders: engine.context.orders,
            fills: engine.fills, trades: portfolio.trades, riskDecisions: engine.riskDecisions,
            tradedNotional: portfolio.tradedNotional, totalCommission: portfolio.totalCommission)
        return (result, engine.strategy)
    }

    /// Runs `strategy` over the series (see ``runReturningStrategy(_:name:progress:)``).
    @inlinable
    public func run<S: Strategy>(_ strategy: S, name: String = "", progress: ((BacktestProgress) -> Void)? = nil) -> BacktestResult {
        runReturningStrategy(strategy, name: name, progress: progress).result
    }

    @usableFromInline
    var closeOutPrice: ImmediateFillPrice? {
        switch endOfRun {
        case .closeAtLastClose: return .close
        case .closeAtLastOpen: return .open
        case .leaveOpen: return nil
        }
    }

    @usableFromInline
    func makeEngine<S: Strategy>(_ strategy: S, name: String) -> TradingEngine<S> {
        let steps = series.reduce(0) { Swift.max($0, $1.count) }
        return TradingEngine(strategy: strategy, instruments: instruments, cash: cash, riskLimits: riskLimits,
                             history: series, expectedSteps: steps, strategyName: name)
    }

    /// The driver's reusable command and report buffers.
    @usableFromInline
    struct Buffers {
        @usableFromInline var commands: [EngineCore.QueuedCommand] = []
        @usableFromInline var reports: [ExecutionReport] = []

        @inlinable
        init() {}
    }

    /// One step of the run: the venue matches working orders against the bars of `slice`,
    /// the engine books the reports, then processes the slice; its commands go to the venue.
    @inlinable
    #if compiler(>=6.3)
    @inline(always)
    #else
    @inline(__always)
    #endif
    static func step<S: Strategy>(_ engine: inout TradingEngine<S>, _ simulator: inout FillSimulator, _ slice: BarSlice,
                                  _ buffers: inout Buffers) {
        simulator.process(slice)
        deliver(&engine, &simulator, &buffers.reports)
        engine.process(slice)
        forward(&engine, &simulator, &buffers)
    }

    /// Calls `progress` with the bars `feed` has delivered (kept out of the run loop, which
    /// the inlined report would make too large for the optimizer to inline the strategy).
    @usableFromInline @inline(never)
    static func report(to progress: ((BacktestProgress) -> Void)?, _ feed: HistoricalFeed) {
        progress?(BacktestProgress(barsProcessed: feed.deliveredBarCount, totalBars: feed.totalBarCount))
    }

    /// Feeds the simulator's reports to the engine.
    @inlinable
    static func deliver<S: Strategy>(_ engine: inout TradingEngine<S>, _ simulator: inout FillSimulator, _ reports: inout [ExecutionReport]) {
        guard !simulator.reports.isEmpty else { return }
        simulator.moveReports(into: &reports)
        // Each report moves into the engine instead of being copied out of the array (and
        // destroyed there later): reversed in place (the buffer pointer's swaps move), then
        // popped from the back, in the simulator's order.
        reports.withUnsafeMutableBufferPointer { $0.reverse() }
        while let report = reports.popLast() { engine.process(report) }
    }

    /// Sends the engine's commands to the simulator until both are quiet. For the end-of-run
    /// close-out (`closeOut` set), the close-out orders (ids in `closeOuts`) fill at once at that
    /// price of the last bar, any other submission (a strategy's reaction to a close-out fill)
    /// is rejected, as no bar is left to trade it on, and cancellations give "end of run" as
    /// their reason.
    @inlinable
    static func forward<S: Strategy>(_ engine: inout TradingEngine<S>, _ simulator: inout FillSimulator, _ buffers: inout Buffers,
                                     closingOutAt closeOut: ImmediateFillPrice? = nil, closeOuts: Range<Int> = 0..<0) {
        while engine.hasCommands {
            engine.moveQueuedCommands(into: &buffers.commands)
            for command in buffers.commands {
                switch (command, closeOut) {
                case (.submit(let id), nil):
                    // The engine submits only orders for instruments of the run, resolved already.
                    simulator.submit(orderAt: id.rawValue - 1, of: engine.core.context.orders,
                                     instrument: engine.core.context.orderInstruments[id.rawValue - 1]!)
                case (.submit(let id), let price?) where closeOuts.contains(id.rawValue):
                    simulator.submitAndFill(engine.core.context.orders[id.rawValue - 1], at: price)
                case (.submit(let id), _?): simulator.reject(id, reason: "the run has ended")
                case (.cancel(let id), nil): simulator.cancel(id)
                case (.cancel(let id), _?): simulator.cancel(id, reason: "end of run")
                }
            }
            deliver(&engine, &simulator, &buffers.reports)
        }
    }
}

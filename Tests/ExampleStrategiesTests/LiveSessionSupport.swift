import TradingCore

/// A session's journal as a host would persist it. With a capacity, its storage fails (the
/// process dies) when asked to write entry number `capacity`: the entries before it are what
/// survives the crash.
actor JournalStore<Entry: Sendable> {
    /// The failure of the storage at its capacity.
    struct Crash: Error {}
    let capacity: Int
    private(set) var entries: [Entry] = []

    init(capacity: Int = .max) { self.capacity = capacity }

    func append(_ entry: Entry) throws {
        guard entries.count < capacity else { throw Crash() }
        entries.append(entry)
    }
}

/// The bars of `series` after `time`, per instrument.
func bars(of series: [BarSeries], after time: Timestamp) -> [BarSeries] {
    series.map { $0.bars(in: Timestamp(rawValue: time.rawValue + 1)...Timestamp(rawValue: Int64.max)) }
}

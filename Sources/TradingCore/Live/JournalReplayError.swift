/// A journal that cannot be replayed into the engine it was given.
public struct JournalReplayError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The zero-based position of the offending entry in the journal.
    public var entryIndex: Int
    /// What did not match.
    public var reason: String

    /// Creates the error.
    public init(entryIndex: Int, reason: String) {
        self.entryIndex = entryIndex
        self.reason = reason
    }

    /// `journal entry N: reason`.
    public var description: String { "journal entry \(entryIndex): \(reason)" }
}

/// What the rows read so far tell the CSV reader about the next one, shared by its fast and
/// general paths: the previous timestamp and close (for the order and dividend checks), where
/// the file's symbol is, and the last calendar date parsed.
struct CSVRowContext {
    /// The timestamp of the previous row that had one, in nanoseconds.
    var previousTimestamp: Int64?
    /// The last valid (finite, positive) close.
    var previousClose: Double?
    /// Where the symbol read from the first row starts in the input, or -1 before that.
    var symbolStart = -1
    /// The length of that symbol in bytes.
    var symbolLength = 0
    /// The last calendar date parsed, reused while it repeats.
    var dateCache = TimestampParseCache()
}

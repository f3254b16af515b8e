/// Why a ``BarSeries`` could not be built.
public enum BarSeriesError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The OHLCV columns do not all have the same length.
    case columnLengthMismatch(symbol: String)
    /// The timestamp at `index` is not strictly after the one before it.
    case nonIncreasingTimestamp(symbol: String, index: Int, previous: Timestamp, current: Timestamp)

    /// A one-line explanation naming the symbol and the offending bar.
    public var description: String {
        switch self {
        case .columnLengthMismatch(let symbol):
            return "\(symbol): OHLCV columns differ in length"
        case .nonIncreasingTimestamp(let symbol, let index, let previous, let current):
            return "\(symbol): bar \(index) at \(current) does not come after the previous bar at \(previous)"
        }
    }
}

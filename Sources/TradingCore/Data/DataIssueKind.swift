/// What is wrong with one row, field or file of market data.
///
/// Errors describe data that cannot be used as is; ``gap(from:to:)`` and
/// ``outlierReturn(_:robustScore:)`` are warnings (see ``severity``).
public enum DataIssueKind: Hashable, Sendable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadableFile(reason: String)
    /// The file has no header line.
    case emptyFile
    /// The header has a column but there are no data rows.
    case noRows
    /// The header has more columns than any market-data file needs (a line of separators,
    /// or not a CSV file): reading it would take time and memory in proportion.
    case tooManyColumns(limit: Int)
    /// A required column (`date`, `open`, `high`, `low`, `close`, `volume`) is absent.
    case missingColumn(String)
    /// Two header columns map to the same field (e.g. `Close` and `close`).
    case duplicateColumn(String)
    /// A row has a different number of fields than the header.
    case fieldCount(expected: Int, found: Int)
    /// A quoted field is not closed before the end of the file.
    case unterminatedQuote
    /// A required field is empty.
    case emptyField
    /// A numeric field is not a number.
    case unparseableNumber(String)
    /// A timestamp field is not in a supported format (see ``Timestamp/init(parsing:)``).
    case unparseableTimestamp(String)
    /// A row's `symbol` differs from the first row's.
    case inconsistentSymbol(expected: String, found: String)
    /// A price or volume is NaN or infinite.
    case nonFiniteValue
    /// A price is zero or negative.
    case nonPositivePrice(Double)
    /// The volume is negative.
    case negativeVolume(Double)
    /// A positive price outside ``Bar/supportedPrices`` (1e-12 to 1e15).
    case priceOutOfRange(Double)
    /// A volume above ``Bar/maximumVolume`` (1e18).
    case volumeOutOfRange(Double)
    /// The high is below the low.
    case highBelowLow(high: Double, low: Double)
    /// The open lies outside `[low, high]`.
    case openOutsideRange(open: Double, low: Double, high: Double)
    /// The close lies outside `[low, high]`.
    case closeOutsideRange(close: Double, low: Double, high: Double)
    /// A split ratio is negative (0 and 1 mean "no split").
    case invalidSplitRatio(Double)
    /// A dividend is negative or not smaller than the previous close.
    case invalidDividend(Double)
    /// The timestamp equals the previous row's.
    case duplicateTimestamp(Timestamp)
    /// The timestamp is earlier than the previous row's.
    case decreasingTimestamp(previous: Timestamp, current: Timestamp)
    /// The time column is an unnamed first column holding row numbers (0, 1, 2, …: a pandas
    /// index written by `to_csv` without dates), which would read as seconds after 1970.
    case rowNumbersAsTimes
    /// Warning: the interval between two consecutive bars is unusually long.
    case gap(from: Timestamp, to: Timestamp)
    /// Warning: a close-to-close return is far outside the series' typical range.
    case outlierReturn(Double, robustScore: Double)

    /// Whether the issue refuses the data (`error`) or only flags it (`warning`).
    public var severity: DataIssueSeverity {
        switch self {
        case .gap, .outlierReturn: return .warning
        default: return .error
        }
    }

    /// A short human-readable explanation.
    public var description: String {
        switch self {
        case .unreadableFile(let reason): return "cannot read file: \(reason)"
        case .emptyFile: return "file is empty (no header line)"
        case .noRows: return "no data rows after the header"
        case .tooManyColumns(let limit): return "the header has more than \(limit) columns"
        case .missingColumn(let name): return "required column '\(name)' is missing from the header"
        case .duplicateColumn(let name): return "more than one column maps to '\(name)'"
        case .fieldCount(let expected, let found): return "expected \(expected) fields, found \(found)"
        case .unterminatedQuote: return "quoted field is not closed before the end of the file"
        case .emptyField: return "field is empty"
        case .unparseableNumber(let text): return "'\(text)' is not a number"
        case .unparseableTimestamp(let text):
            return "'\(text)' is not a supported date/time (YYYY-MM-DD with an optional time and UTC offset, YYYYMMDD, or epoch seconds to nanoseconds; years 1678–2261)"
        case .inconsistentSymbol(let expected, let found): return "symbol '\(found)' differs from the first row's '\(expected)'"
        case .nonFiniteValue: return "value is not finite"
        case .nonPositivePrice(let price): return "price \(price) is not positive"
        case .negativeVolume(let volume): return "volume \(volume) is negative"
        case .priceOutOfRange(let price):
            return "price \(price) is outside the supported range 1e-12 to 1e15"
        case .volumeOutOfRange(let volume): return "volume \(volume) is above the supported maximum 1e18"
        case .highBelowLow(let high, let low): return "high \(high) is below low \(low)"
        case .openOutsideRange(let open, let low, let high): return "open \(open) is outside [low \(low), high \(high)]"
        case .closeOutsideRange(let close, let low, let high): return "close \(close) is outside [low \(low), high \(high)]"
        case .invalidSplitRatio(let ratio): return "split ratio \(ratio) is negative"
        case .invalidDividend(let amount): return "dividend \(amount) is negative or not below the previous close"
        case .duplicateTimestamp(let time): return "timestamp \(time) repeats the previous row's"
        case .decreasingTimestamp(let previous, let current): return "timestamp \(current) is before the previous row's \(previous)"
        case .rowNumbersAsTimes:
            return "the unnamed first column holds row numbers (0, 1, 2, …), not dates or times: a pandas index; write the dates as a column named 'date' (or as the index)"
        case .gap(let from, let to): return "gap of \(Self.durationText(to.rawValue - from.rawValue)) between \(from) and \(to)"
        case .outlierReturn(let value, let score):
            return "close-to-close return \(Self.percentText(value)) is an outlier (robust z-score \(Self.oneDecimal(score)))"
        }
    }

    private static func durationText(_ nanoseconds: Int64) -> String {
        let seconds = nanoseconds / Timestamp.nanosecondsPerSecond
        if seconds % 86_400 == 0 { return "\(seconds / 86_400) days" }
        if seconds % 3_600 == 0 { return "\(seconds / 3_600) hours" }
        return "\(seconds / 60) minutes"
    }

    private static func oneDecimal(_ value: Double) -> String {
        String((value * 10).rounded() / 10)
    }

    private static func percentText(_ value: Double) -> String {
        oneDecimal(value * 100) + "%"
    }
}

/// The CSV reader's fast path for the common column layout: an optional `symbol` column
/// first, then the timestamp, then numeric columns only (`open`, `high`, `low`, `close`,
/// `volume`, adjusted close, dividends, splits, in any order), separated by `,`, `;` or tab.
///
/// ``appendRows(_:count:position:line:rowCount:context:columns:)`` takes rows that are
/// *plain* — the file's symbol (as read from the first row), a timestamp that
/// ``Timestamp/parseField(_:at:count:delimiter:cache:)`` accepts, numbers that
/// ``DecimalParser/parsePlainField(_:at:count:)`` accepts, each followed directly by the
/// separator, the last by `\n` or `\r\n` — and *valid* — every check of the general path
/// passes, in one combined test — and appends them straight to the columns. At the first
/// row that is anything else (a quote, a space, an empty or extra field, an exponent, a bad
/// or out-of-order value, a blank line, the last few bytes of the input) it stops without
/// consuming that row, and the reader's general field loop reads it, reporting every
/// problem with its line and column. A row this path accepts is read by the general loop
/// to the same values bit for bit, and the general loop would find no issue in it, so the
/// fast path changes speed only, never results or diagnostics.
///
/// There is no per-field dispatch over column roles: the numbers are parsed in one loop and
/// stored through a precomputed slot index.
struct CSVFastRowParser: ~Copyable {
    /// Whether the header's layout is one this path handles (it then has at least one
    /// numeric column); when not, every row takes the general path.
    var isApplicable: Bool { numericCount > 0 }
    private let delimiter: UInt8
    private let hasSymbol: Bool
    /// For each numeric column, in file order, its slot in `values`.
    private let slots: UnsafeMutablePointer<Int>
    private let numericCount: Int
    /// The current row's numbers, one slot per numeric role (`open` … `splits`, in the order
    /// of ``CSVBarReader/Role``); slots of roles the file lacks stay 0.
    private let values: UnsafeMutablePointer<Double>

    private static let slotCount = Int(CSVBarReader.Role.splits.rawValue - CSVBarReader.Role.open.rawValue) + 1

    /// The fast path for a header with column `roles` and separator `delimiter`;
    /// ``isApplicable`` says whether it is a layout (and a separator: `,`, `;` or tab) it handles.
    init(roles: [CSVBarReader.Role], delimiter: UInt8) {
        let hasSymbol = roles.first == .symbol
        let timestampColumn = hasSymbol ? 1 : 0
        let numericRoles = roles.dropFirst(timestampColumn + 1)
        let isApplicable = (delimiter == UInt8(ascii: ",") || delimiter == UInt8(ascii: ";") || delimiter == UInt8(ascii: "\t"))
            && roles.count > timestampColumn + 1 && roles[timestampColumn] == .timestamp
            && numericRoles.allSatisfy { $0.rawValue >= CSVBarReader.Role.open.rawValue && $0.rawValue <= CSVBarReader.Role.splits.rawValue }
        self.delimiter = delimiter
        self.hasSymbol = hasSymbol
        numericCount = isApplicable ? numericRoles.count : 0
        slots = UnsafeMutablePointer<Int>.allocate(capacity: numericCount)
        for (index, role) in numericRoles.prefix(numericCount).enumerated() {
            (slots + index).initialize(to: Int(role.rawValue - CSVBarReader.Role.open.rawValue))
        }
        values = UnsafeMutablePointer<Double>.allocate(capacity: Self.slotCount)
        values.initialize(repeating: 0, count: Self.slotCount)
    }

    deinit {
        slots.deallocate()
        values.deallocate()
    }

    /// Appends the plain, valid rows that start at `position` to `columns`, advancing
    /// `position` and `line` past them, counting them in `rowCount` and updating `context`;
    /// returns at the first row that needs the general path (with `position` at its start)
    /// or at the end of the input.
    ///
    /// - Complexity: O(n) in the bytes consumed.
    func appendRows(
        _ bytes: UnsafePointer<UInt8>, count: Int, position: inout Int, line: inout Int, rowCount: inout Int,
        context: inout CSVRowContext, columns: inout CSVColumns
    ) {
        guard isApplicable, !hasSymbol || context.symbolStart >= 0 else { return }
        let symbolStart = context.symbolStart, symbolLength = context.symbolLength
        // Every timestamp is above `Int64.min` (``Timestamp`` starts in 1677), so it stands
        // for "no previous row"; likewise an infinite previous close bounds no dividend.
        var previousTimestamp = context.previousTimestamp ?? .min
        var previousClose = context.previousClose ?? .infinity
        var start = position
        var rows = 0
        defer {
            position = start
            line &+= rows
            rowCount &+= rows
            if rows > 0 {
                context.previousTimestamp = previousTimestamp
                context.previousClose = previousClose
            }
        }
        while true {
            var index = start
            if hasSymbol {
                guard index &+ symbolLength < count, bytes[index &+ symbolLength] == delimiter else { return }
                guard CSVBarReader.bytesEqual(bytes + index, bytes + symbolStart, symbolLength) else { return }
                index &+= symbolLength &+ 1
            }
            guard let (timestamp, timestampEnd) = Timestamp.parseField(bytes, at: index, count: count, delimiter: delimiter, cache: &context.dateCache)
            else { return }
            index = timestampEnd &+ 1
            for column in 0..<numericCount &- 1 {
                guard let (value, end) = DecimalParser.parsePlainField(bytes, at: index, count: count), bytes[end] == delimiter
                else { return }
                values[slots[column]] = value
                index = end &+ 1
            }
            guard let (value, end) = DecimalParser.parsePlainField(bytes, at: index, count: count) else { return }
            values[slots[numericCount &- 1]] = value
            // `parsePlainField` returns only ends below `count`.
            if bytes[end] == UInt8(ascii: "\n") {
                index = end &+ 1
            } else if bytes[end] == UInt8(ascii: "\r") && end &+ 1 < count && bytes[end &+ 1] == UInt8(ascii: "\n") {
                index = end &+ 2
            } else {
                return
            }

            // The general path's checks, combined. With low ≤ open, close ≤ high, bounds on
            // the low and the high bound every price; any NaN fails some comparison.
            let row = CSVBarReader.RowValues(
                open: values[0], high: values[1], low: values[2], close: values[3], volume: values[4],
                adjustedClose: values[5], dividend: values[6], split: values[7]
            )
            let prices = Bar.supportedPrices
            var isValid = row.low >= prices.lowerBound && row.high <= prices.upperBound && row.open >= row.low && row.open <= row.high
                && row.close >= row.low && row.close <= row.high && row.volume >= 0 && row.volume <= Bar.maximumVolume
                && timestamp > previousTimestamp
            if columns.hasAdjustedClose { isValid = isValid && prices.contains(row.adjustedClose) }
            if columns.hasDividends {
                isValid = isValid && row.dividend >= 0 && row.dividend < .infinity && (row.dividend == 0 || row.dividend < previousClose)
            }
            if columns.hasSplits { isValid = isValid && row.split >= 0 && row.split < .infinity }
            guard isValid else { return }

            columns.append(timestamp: timestamp, values: row, line: line &+ rows)
            previousTimestamp = timestamp
            previousClose = row.close
            rows &+= 1
            start = index
        }
    }
}

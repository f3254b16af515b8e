extension CSVExport {
    /// The orders of a run, one line per order, in id order.
    ///
    /// Header: `id,symbol,side,type,quantity,limitPrice,stopPrice,timeInForce,role,parentId,status,filledQuantity,averageFillPrice,commission,createdAt,updatedAt,strategy,reason`.
    /// `quantity` is the number of units, `fraction:F` for a deferred fraction of buying
    /// power, or `position` for a closing order; absent prices and ids are empty fields.
    ///
    /// - Complexity: O(orders).
    public static func orders(_ orders: [Order]) -> String {
        text(rows: orders.count, bytesPerRow: 160, header: ordersHeader) { range, buffer in
            appendOrders(orders[range], to: &buffer)
        }
    }

    /// Writes ``orders(_:)``'s text to the file at `path` (created or replaced) in chunks,
    /// without building it in memory.
    ///
    /// - Throws: ``ReportWriteError`` naming `path` when it cannot be written.
    /// - Complexity: O(orders).
    public static func writeOrders(_ orders: [Order], toFile path: String) throws(ReportWriteError) {
        try writeChunks(to: path, rows: orders.count, bytesPerRow: 160, header: ordersHeader) { range, buffer in
            appendOrders(orders[range], to: &buffer)
        }
    }

    /// Writes a run's three CSV reports, the files ``writeEquity(_:toFile:)``,
    /// ``writeTrades(_:toFile:)`` and ``writeOrders(_:toFile:)`` write, with the trades and
    /// orders files written on a second thread while this one writes the equity curve.
    ///
    /// The equity curve is the largest file by far, and its writer leaves its formatting
    /// thread idle while it writes each chunk pair: the other two files fill those gaps
    /// instead of following it. On one processor the three are written one after the other.
    ///
    /// - Throws: ``ReportWriteError`` naming the first file, in the order equity, trades,
    ///   orders, that could not be written (every file is attempted).
    /// - Complexity: O(points + trades + orders).
    public static func writeRunReports(equityCurve: EquityCurve, trades: [Trade], orders: [Order], equityPath: String,
                                       tradesPath: String, ordersPath: String) throws(ReportWriteError) {
        final class Outcome: @unchecked Sendable {
            var trades: ReportWriteError?
            var orders: ReportWriteError?
        }
        let outcome = Outcome()
        let writeOthers = {
            do throws(ReportWriteError) { try writeTrades(trades, toFile: tradesPath) } catch { outcome.trades = error }
            do throws(ReportWriteError) { try writeOrders(orders, toFile: ordersPath) } catch { outcome.orders = error }
        }
        let thread = BackgroundThread.processorCount >= 2 ? BackgroundThread.start(writeOthers) : nil
        var equityFailure: ReportWriteError?
        do throws(ReportWriteError) { try writeEquity(equityCurve, toFile: equityPath) } catch { equityFailure = error }
        if let thread { thread.join() } else { writeOthers() }
        if let failure = equityFailure ?? outcome.trades ?? outcome.orders { throw failure }
    }

    private static let ordersHeader =
        "id,symbol,side,type,quantity,limitPrice,stopPrice,timeInForce,role,parentId,status,filledQuantity,averageFillPrice,commission,createdAt,updatedAt,strategy,reason\n"

    private static func appendOrders(_ orders: ArraySlice<Order>, to buffer: inout TextBuffer) {
        // Per row: the id and parent (22 each), six numbers with their commas (the quantity's
        // `,fraction:` prefix is 9 bytes longer than a comma), two timestamps, the names and
        // tags, three quoted fields, the other commas and the newline.
        let fixed = 2 * 22 + 6 * (1 + TextBuffer.maximumNumberLength) + 9 + 2 * 32 + 16
        var created = TimestampText(), updated = TimestampText()
        for index in orders.indices {
            let order = orders[index]
            let intent = order.intent
            let names = order.side.rawValue.utf8.count + intent.type.name.utf8.count + intent.timeInForce.rawValue.utf8.count
                + order.role.rawValue.utf8.count + order.status.rawValue.utf8.count
            let bound = fixed + names + RowWriter.fieldBound(order.symbol) + RowWriter.fieldBound(intent.strategy)
                + RowWriter.fieldBound(order.reason)
            buffer.writeRow(atMost: bound) { row in
                row.id(order.id)
                row.ascii(",")
                row.field(order.symbol)
                row.ascii(",")
                row.text(order.side.rawValue)
                row.ascii(",")
                row.text(intent.type.name)
                switch intent.quantity {
                case .units(let units):
                    row.commaAndNumber(units)
                case .fractionOfBuyingPower(let fraction):
                    row.text(",fraction:")
                    row.number(fraction)
                case .entirePosition:
                    row.text(",position")
                }
                row.commaAndNumber(intent.type.limitPrice ?? .nan)
                row.commaAndNumber(intent.type.stopPrice ?? .nan)
                row.ascii(",")
                row.text(intent.timeInForce.rawValue)
                row.ascii(",")
                row.text(order.role.rawValue)
                row.ascii(",")
                if let parent = order.parentID { row.id(parent) }
                row.ascii(",")
                row.text(order.status.rawValue)
                row.commaAndNumber(order.filledQuantity)
                row.commaAndNumber(order.averageFillPrice)
                row.commaAndNumber(order.commission)
                row.ascii(",")
                row.timestamp(order.createdAt, cache: &created)
                row.ascii(",")
                row.timestamp(order.updatedAt, cache: &updated)
                row.ascii(",")
                row.field(intent.strategy)
                row.ascii(",")
                row.field(order.reason)
                row.ascii("\n")
            }
        }
    }
}

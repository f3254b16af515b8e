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
        for order in orders {
            let intent = order.intent
            buffer.append(order.id)
            buffer.append(ascii: ",")
            buffer.append(field(order.symbol))
            buffer.append(ascii: ",")
            buffer.append(order.side.rawValue)
            buffer.append(ascii: ",")
            buffer.append(intent.type.name)
            switch intent.quantity {
            case .units(let units):
                buffer.append(commaAndNumber: units)
            case .fractionOfBuyingPower(let fraction):
                buffer.append(",fraction:")
                if fraction.isFinite { buffer.append(number: fraction) }
            case .entirePosition:
                buffer.append(",position")
            }
            buffer.append(commaAndNumber: intent.type.limitPrice ?? .nan)
            buffer.append(commaAndNumber: intent.type.stopPrice ?? .nan)
            buffer.append(ascii: ",")
            buffer.append(intent.timeInForce.rawValue)
            buffer.append(ascii: ",")
            buffer.append(order.role.rawValue)
            buffer.append(ascii: ",")
            if let parent = order.parentID { buffer.append(parent) }
            buffer.append(ascii: ",")
            buffer.append(order.status.rawValue)
            buffer.append(commaAndNumber: order.filledQuantity)
            buffer.append(commaAndNumber: order.averageFillPrice)
            buffer.append(commaAndNumber: order.commission)
            buffer.append(ascii: ",")
            buffer.append(order.createdAt)
            buffer.append(ascii: ",")
            buffer.append(order.updatedAt)
            buffer.append(ascii: ",")
            buffer.append(field(intent.strategy))
            buffer.append(ascii: ",")
            buffer.append(field(order.reason))
            buffer.append(ascii: "\n")
        }
    }
}

extension TextBuffer {
    /// Appends `id` as ``ClientOrderID/description`` writes it (`O-0000042`), without the
    /// intermediate strings.
    mutating func append(_ id: ClientOrderID) {
        guard id.rawValue >= 0 else { return append(id.description) }
        write(atMost: 2 + 20) { output in
            output[0] = UInt8(ascii: "O")
            output[1] = UInt8(ascii: "-")
            return 2 + Self.writeDigits(UInt(id.rawValue), width: 7, to: output + 2)
        }
    }
}

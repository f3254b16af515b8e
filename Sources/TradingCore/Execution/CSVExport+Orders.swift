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

extension CSVExport {
    /// The orders of a run, one line per order, in id order.
    ///
    /// Header: `id,symbol,side,type,quantity,limitPrice,stopPrice,timeInForce,role,parentId,status,filledQuantity,averageFillPrice,commission,createdAt,updatedAt,strategy,reason`.
    /// `quantity` is the number of units, `fraction:F` for a deferred fraction of buying
    /// power, or `position` for a closing order; absent prices and ids are empty fields.
    ///
    /// - Complexity: O(orders).
    public static func orders(_ orders: [Order]) -> String {
        var text = "id,symbol,side,type,quantity,limitPrice,stopPrice,timeInForce,role,parentId,status,filledQuantity,averageFillPrice,commission,createdAt,updatedAt,strategy,reason\n"
        for order in orders {
            let intent = order.intent
            let quantity: String
            switch intent.quantity {
            case .units(let units): quantity = number(units)
            case .fractionOfBuyingPower(let fraction): quantity = "fraction:" + number(fraction)
            case .entirePosition: quantity = "position"
            }
            text += order.id.description + "," + field(order.symbol) + "," + order.side.rawValue + "," + intent.type.name
            text += "," + quantity + "," + (intent.type.limitPrice.map(number) ?? "") + "," + (intent.type.stopPrice.map(number) ?? "")
            text += "," + intent.timeInForce.rawValue + "," + order.role.rawValue + "," + (order.parentID?.description ?? "")
            text += "," + order.status.rawValue + "," + number(order.filledQuantity) + "," + number(order.averageFillPrice)
            text += "," + number(order.commission) + "," + order.createdAt.description + "," + order.updatedAt.description
            text += "," + field(intent.strategy) + "," + field(order.reason) + "\n"
        }
        return text
    }
}

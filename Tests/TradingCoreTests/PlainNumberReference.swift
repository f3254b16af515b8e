/// `Double.description`'s digits in positional notation, built only from the standard
/// library's own formatter: the reference for every number the CSV and JSON writers print
/// (``CSVExport/number(_:)``, the reports' buffer writer).
func plainNumberReference(_ value: Double) -> String {
    if value == 0 { return "0.0" }
    let text = value.description
    guard let e = text.firstIndex(of: "e") else { return text }
    var mantissa = Substring(text[..<e])
    let exponent = Int(text[text.index(after: e)...])!
    let negative = mantissa.hasPrefix("-")
    if negative { mantissa = mantissa.dropFirst() }
    let pointOffset = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
    let digits = String(mantissa.filter { $0 != "." })
    let point = pointOffset + exponent
    let sign = negative ? "-" : ""
    if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
    if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) + ".0" }
    return sign + String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
}

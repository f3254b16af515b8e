/// Why a ``Universe`` could not be built or read.
public enum UniverseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Two members share a symbol; `field` locates the second one (e.g. `instruments[3].symbol`).
    case duplicateSymbol(String, file: String?, field: String?)
    /// The file could not be read.
    case unreadableFile(file: String, reason: String)
    /// The file is not valid JSON or does not have the expected shape; `field` is the
    /// coding path of the offending value (empty for syntax errors).
    case invalidJSON(file: String, field: String, reason: String)
    /// A field has an unusable value (an empty symbol, a non-positive tick size, …).
    case invalidValue(file: String, field: String, reason: String)

    /// A one-line explanation naming the file and field.
    public var description: String {
        switch self {
        case .duplicateSymbol(let symbol, let file, let field):
            let location = [file, field.map { "field '\($0)'" }].compactMap { $0 }.joined(separator: ": ")
            return (location.isEmpty ? "" : location + ": ") + "symbol '\(symbol)' appears more than once"
        case .unreadableFile(let file, let reason):
            return "\(file): cannot read file: \(reason)"
        case .invalidJSON(let file, let field, let reason):
            return field.isEmpty ? "\(file): invalid JSON: \(reason)" : "\(file): field '\(field)': \(reason)"
        case .invalidValue(let file, let field, let reason):
            return "\(file): field '\(field)': \(reason)"
        }
    }
}

/// How serious a data problem is.
public enum DataIssueSeverity: String, Hashable, Sendable, Comparable {
    /// Suspicious but loadable (a gap, an outlier): reported, never refused.
    case warning
    /// The data is wrong or unreadable: loading refuses it.
    case error

    /// Warnings order before errors.
    public static func < (lhs: DataIssueSeverity, rhs: DataIssueSeverity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

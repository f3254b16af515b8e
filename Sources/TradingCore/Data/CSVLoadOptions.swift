/// Options for loading and validating CSV market data.
public struct CSVLoadOptions: Hashable, Sendable {
    /// The corporate-action adjustment to apply; ``PriceAdjustment/none`` by default.
    public var adjustment: PriceAdjustment
    /// The field separator, or `nil` (the default) to detect `,`, `;` or tab from the header.
    public var delimiter: UInt8?
    /// Gap warnings: an interval is a gap when it exceeds both `gapWarningMultiple` × the
    /// median interval of the file and ``minimumWarnedGapSeconds``. Default 5.
    public var gapWarningMultiple: Double
    /// Gap warnings: intervals up to this many seconds are never gaps. Default 4 days, so
    /// long weekends in daily data and weekends in intraday data pass silently.
    public var minimumWarnedGapSeconds: Int64
    /// Outlier warnings: a close-to-close return whose robust z-score
    /// `|r − median| / (1.4826 × MAD)` exceeds this is flagged. Default 10.
    public var outlierWarningScore: Double

    /// Creates options; every parameter has the documented default.
    public init(
        adjustment: PriceAdjustment = .none,
        delimiter: UInt8? = nil,
        gapWarningMultiple: Double = 5,
        minimumWarnedGapSeconds: Int64 = 4 * 86_400,
        outlierWarningScore: Double = 10
    ) {
        self.adjustment = adjustment
        self.delimiter = delimiter
        self.gapWarningMultiple = gapWarningMultiple
        self.minimumWarnedGapSeconds = minimumWarnedGapSeconds
        self.outlierWarningScore = outlierWarningScore
    }
}

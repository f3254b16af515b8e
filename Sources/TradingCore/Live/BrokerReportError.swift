/// A report from the venue that the engine cannot book: a repeated or damaged delivery
/// that booking would count twice or put in the wrong instrument.
///
/// ``LiveTradingDriver`` checks every report it polls before journaling it, with the same
/// rules that make ``LiveTradingDriver/init(recovering:broker:from:journal:)`` refuse a
/// journal (see ``JournalReplayError``), and stops the session with this error: the report is
/// neither journaled nor booked, so the journal stays valid for recovery. The venue keeps
/// the report under its number, so a resumed session is handed it again; the venue's
/// delivery (or the host's reconciliation) has to be put right before the session resumes.
public struct BrokerReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The report as the venue delivered it.
    public var report: ExecutionReport
    /// The venue's number of the report (``Broker/executionReports(after:)`` numbers them 1, 2, 3, …).
    public var sequence: Int
    /// Why the engine cannot book it.
    public var reason: String

    /// Creates the error.
    ///
    /// - Parameters:
    ///   - report: the report the venue delivered.
    ///   - sequence: the venue's number of the report.
    ///   - reason: why the engine cannot book it.
    public init(report: ExecutionReport, sequence: Int, reason: String) {
        self.report = report
        self.sequence = sequence
        self.reason = reason
    }

    /// `broker report N: reason`.
    public var description: String { "broker report \(sequence): \(reason)" }
}

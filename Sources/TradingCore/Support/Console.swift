/// Minimal, Foundation-free terminal output for TradingKit's command-line tools.
///
/// Writes go straight to the file descriptors with `write(2)`, unbuffered, so that a
/// message is on the terminal before the process exits.
public enum Console {
    /// Writes `message` and a newline (when missing) to standard error.
    public static func error(_ message: String) {
        _ = write(message.hasSuffix("\n") ? message : message + "\n", to: 2)
    }

    /// Writes `text` to standard output as is.
    ///
    /// A failure is ignored: use ``writeResult(_:)`` for output that is the command's result.
    public static func write(_ text: String) {
        _ = write(text, to: 1)
    }

    /// Writes `text` to standard output as is, all of it or an error: for a command whose
    /// output is its result (a CSV file, a JSON summary), so that a full disk or a closed
    /// descriptor behind `> FILE` is a failure rather than a cut-short file and exit status 0.
    ///
    /// - Throws: ``ReportWriteError`` naming `standard output` and the C library's reason
    ///   (`No space left on device`) when the system refuses the text.
    public static func writeResult(_ text: String) throws(ReportWriteError) {
        if let reason = write(text, to: 1) { throw ReportWriteError(path: "standard output", reason: reason) }
    }

    /// Writes all of `text` to `descriptor` (``FileBytes/writeAll(_:to:)``); returns `nil`, or
    /// the reason the system refused the rest.
    private static func write(_ text: String, to descriptor: Int32) -> String? {
        var text = text
        return text.withUTF8 { FileBytes.writeAll($0, to: descriptor) }
    }
}


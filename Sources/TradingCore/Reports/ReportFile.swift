#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A report file open for writing with POSIX calls (`open`, `write`, `close`), keeping
/// Foundation out of TradingCore: writers stream ``TextBuffer`` chunks into it instead of
/// building the whole file as a `String`.
struct ReportFile {
    /// The file's path, for error messages.
    let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// Creates (or truncates) the file at `path`, lets `body` write into it, and closes it.
    ///
    /// - Throws: ``ReportWriteError`` naming `path` when it cannot be created, written or
    ///   closed (the file may then be incomplete).
    static func write(to path: String, _ body: (ReportFile) throws(ReportWriteError) -> Void) throws(ReportWriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        let file = ReportFile(path: path, descriptor: descriptor)
        do {
            try body(file)
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw failure(path) }
    }

    /// Appends the text of `buffer` to the file.
    ///
    /// - Throws: ``ReportWriteError`` when the system refuses (disk full, I/O error).
    /// - Complexity: O(`buffer.count`).
    func write(_ buffer: TextBuffer) throws(ReportWriteError) {
        try buffer.withBytes { (bytes: UnsafeBufferPointer<UInt8>) throws(ReportWriteError) in
            if let reason = FileBytes.writeAll(bytes, to: descriptor) { throw ReportWriteError(path: path, reason: reason) }
        }
    }

    private static func failure(_ path: String) -> ReportWriteError {
        ReportWriteError(path: path, reason: FileBytes.currentErrorText())
    }
}


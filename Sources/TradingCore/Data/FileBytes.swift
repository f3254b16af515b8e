#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file access with POSIX calls (`mmap`, `fopen`), keeping Foundation out of TradingCore.
enum FileBytes {
    /// Writes all of `bytes` to `descriptor`, retrying interrupted and partial writes;
    /// returns `nil`, or the reason the system refused the rest (the C library's text, or
    /// "nothing written" when a write makes no progress).
    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            if written < 0 { return currentErrorText() }
            if written == 0 { return "nothing written" }
            offset += written
        }
        return nil
    }

    /// Maps the file at `path` into memory read-only (no copy, no zero-filling) and passes
    /// its bytes to `body`; throws a human-readable reason when it cannot be opened.
    ///
    /// Only regular files are read. The file is opened without blocking, so that a FIFO with
    /// no writer is refused at once instead of waiting forever. A regular file that reports a
    /// size of 0 (procfs, sysfs) is read to its end instead of being taken as empty.
    static func withContents<Result>(of path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileReadFailure) -> Result {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { throw FileReadFailure(reason: currentErrorText()) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileReadFailure(reason: currentErrorText()) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw FileReadFailure(reason: "not a regular file") }
        let size = Int(status.st_size)
        guard size > 0 else {
            let bytes = try readToEnd(descriptor)
            return bytes.withUnsafeBufferPointer(body)
        }
        #if os(Linux)
        // Map every page up front: one call instead of a page fault per 4 KiB as the reader advances.
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let mapping = mmap(nil, size, PROT_READ, flags, descriptor, 0), mapping != MAP_FAILED else {
            throw FileReadFailure(reason: currentErrorText())
        }
        defer { munmap(mapping, size) }
        return body(UnsafeBufferPointer(start: mapping.assumingMemoryBound(to: UInt8.self), count: size))
    }

    /// Every byte left to read from `descriptor`.
    private static func readToEnd(_ descriptor: Int32) throws(FileReadFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileReadFailure(reason: currentErrorText())
            }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
    }

    /// The C library's explanation of the current `errno` (`"error N"` when it has none).
    static func currentErrorText() -> String {
        let code = errno
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}

/// Why a file could not be read (the C library's explanation).
struct FileReadFailure: Error {
    var reason: String
}

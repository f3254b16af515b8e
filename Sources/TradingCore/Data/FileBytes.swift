#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file access with POSIX calls (`mmap`, `fopen`), keeping Foundation out of TradingCore.
enum FileBytes {
    /// Maps the file at `path` into memory read-only (no copy, no zero-filling) and passes
    /// its bytes to `body`; throws a human-readable reason when it cannot be opened.
    static func withContents<Result>(of path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileReadFailure) -> Result {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw FileReadFailure(reason: currentErrorText()) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileReadFailure(reason: currentErrorText()) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw FileReadFailure(reason: "not a regular file") }
        let size = Int(status.st_size)
        guard size > 0 else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
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

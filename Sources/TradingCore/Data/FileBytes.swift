#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads with `fopen`/`fread`, keeping Foundation out of TradingCore.
enum FileBytes {
    /// Reads the file at `path`; throws a human-readable reason on failure.
    static func read(_ path: String) throws(FileReadFailure) -> [UInt8] {
        guard let handle = fopen(path, "rb") else { throw FileReadFailure(reason: currentErrorText()) }
        defer { fclose(handle) }
        guard fseek(handle, 0, SEEK_END) == 0 else { throw FileReadFailure(reason: currentErrorText()) }
        let size = ftell(handle)
        guard size >= 0, fseek(handle, 0, SEEK_SET) == 0 else { throw FileReadFailure(reason: currentErrorText()) }
        var bytes = [UInt8](repeating: 0, count: Int(size))
        let read = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, Int(size), handle) }
        guard read == Int(size) else { throw FileReadFailure(reason: ferror(handle) != 0 ? currentErrorText() : "short read") }
        return bytes
    }

    /// Writes `bytes` to `path`, replacing the file; throws a human-readable reason on failure.
    static func write(_ bytes: [UInt8], to path: String) throws(FileReadFailure) {
        guard let handle = fopen(path, "wb") else { throw FileReadFailure(reason: currentErrorText()) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
        let closed = fclose(handle)
        guard written == bytes.count, closed == 0 else { throw FileReadFailure(reason: currentErrorText()) }
    }

    private static func currentErrorText() -> String {
        guard let text = strerror(errno) else { return "error \(errno)" }
        return String(cString: text)
    }
}

/// Why a file could not be read or written (the C library's explanation).
struct FileReadFailure: Error {
    var reason: String
}

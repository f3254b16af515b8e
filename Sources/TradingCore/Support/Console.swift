#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Minimal, Foundation-free terminal output for TradingKit's command-line tools.
///
/// Writes go straight to the file descriptors with `write(2)`, unbuffered, so that a
/// message is on the terminal before the process exits.
public enum Console {
    /// Writes `message` and a newline (when missing) to standard error.
    public static func error(_ message: String) {
        write(message.hasSuffix("\n") ? message : message + "\n", to: 2)
    }

    /// Writes `text` to standard output as is.
    public static func write(_ text: String) {
        write(text, to: 1)
    }

    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = posixWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}

@inline(__always)
private func posixWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(descriptor, pointer, count)
    #elseif canImport(Musl)
    return Musl.write(descriptor, pointer, count)
    #else
    return Darwin.write(descriptor, pointer, count)
    #endif
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and writes with the C library, for the modules and tools that would
/// otherwise load Foundation just to read a configuration file or write a report (on Linux,
/// Foundation brings its ICU data: about 5 ms and 9 MB at every start of a tool).
///
/// Errors carry the C library's explanation (`No such file or directory`), as the CSV
/// loader's and report writers' do.
public enum LocalFile {
    /// The bytes of the regular file at `path`.
    ///
    /// - Throws: ``LocalFileReadError`` naming `path` when it cannot be opened or is not a
    ///   regular file.
    public static func bytes(atPath path: String) throws(LocalFileReadError) -> [UInt8] {
        do throws(FileReadFailure) {
            return try FileBytes.withContents(of: path) { Array($0) }
        } catch {
            throw LocalFileReadError(path: path, reason: error.reason)
        }
    }

    /// Writes `text` as UTF-8 to the file at `path`, created or replaced.
    ///
    /// - Throws: ``ReportWriteError`` naming `path` when it cannot be written.
    public static func write(_ text: String, toPath path: String) throws(ReportWriteError) {
        var buffer = TextBuffer(reservingCapacity: text.utf8.count)
        buffer.append(text)
        try ReportFile.write(to: path) { (file: ReportFile) throws(ReportWriteError) in try file.write(buffer) }
    }

    /// Creates the directory at `path` and any missing parents, like `mkdir -p`; an existing
    /// directory is left as it is.
    ///
    /// - Throws: ``ReportWriteError`` naming the directory that could not be created (or
    ///   the path, when something other than a directory is in the way).
    public static func createDirectory(atPath path: String) throws(ReportWriteError) {
        guard !isDirectory(path) else { return }
        // Every prefix ending before a "/", then the whole path (a trailing "/" adds nothing).
        var prefixes: [String] = []
        var current = ""
        for character in path {
            if character == "/" && !current.isEmpty && current.last != "/" { prefixes.append(current) }
            current.append(character)
        }
        prefixes.append(path)
        for prefix in prefixes where !isDirectory(prefix) {
            guard mkdir(prefix, 0o755) != 0 else { continue }
            let exists = errno == EEXIST
            let reason = FileBytes.currentErrorText()
            // Something named `prefix` exists: a directory made meanwhile, or a file in the way.
            if exists && isDirectory(prefix) { continue }
            throw ReportWriteError(path: prefix, reason: exists ? "not a directory" : reason)
        }
    }

    /// Writes a set of files all or nothing: `body` is handed the staging path of each file of
    /// `paths` (``stagingPath(for:)``, in the same order) and writes the files there; when it
    /// succeeds, every staged file replaces its final one, so a directory of reports never mixes two runs. When `body` fails, or a final
    /// path is a directory, the staged files are removed, the existing files are left as they
    /// were, and the error is thrown.
    ///
    /// - Throws: ``ReportWriteError`` naming the file that failed (the final path).
    public static func writeAll(_ paths: [String], _ body: (_ staged: [String]) throws(ReportWriteError) -> Void) throws(ReportWriteError) {
        let staged = paths.map(stagingPath(for:))
        func removeStaged() { for path in staged { unlink(path) } }
        do throws(ReportWriteError) {
            try body(staged)
            if let blocked = paths.first(where: isDirectory) { throw ReportWriteError(path: blocked, reason: "Is a directory") }
        } catch {
            removeStaged()
            throw ReportWriteError(path: error.path.hasSuffix(stagingSuffix) ? String(error.path.dropLast(stagingSuffix.count)) : error.path,
                                   reason: error.reason)
        }
        for (path, stagedPath) in zip(paths, staged) where rename(stagedPath, path) != 0 {
            let failure = ReportWriteError(path: path, reason: FileBytes.currentErrorText())
            removeStaged()
            throw failure
        }
    }

    /// Where ``writeAll(_:_:)`` has a file written before it replaces `path`: `path.partial`.
    public static func stagingPath(for path: String) -> String { path + stagingSuffix }

    private static let stagingSuffix = ".partial"

    /// Whether `path` names a directory (following symbolic links).
    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}

/// A file ``LocalFile/bytes(atPath:)`` could not read.
public struct LocalFileReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// Why, in the C library's words (`No such file or directory`, `not a regular file`).
    public var reason: String

    /// A failure to read `path` because of `reason`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `cannot read PATH: REASON`.
    public var description: String { "cannot read \(path): \(reason)" }
}

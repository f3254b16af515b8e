#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One piece of work run on a thread of its own, joined by its starter.
///
/// The CSV reader reads the second half of a large file this way while it reads the first.
/// The thread is a dedicated POSIX thread rather than a task or a shared dispatch queue: the
/// starter blocks in ``join()``, and a pool whose every thread is blocked that way could
/// never run the work it waits for.
///
/// The work and whatever it captures belong to that thread until ``join()`` returns, which
/// makes everything it wrote visible to the starter (`pthread_join` synchronizes). The
/// starter must touch none of it before then; that is the contract `@unchecked Sendable`
/// stands for here. The starter must call ``join()`` (a thread never joined stays a zombie
/// after its work ends).
final class BackgroundThread: @unchecked Sendable {
    private var work: (() -> Void)?
    #if canImport(Glibc)
    private var thread = pthread_t()
    #elseif canImport(Darwin)
    private var thread: pthread_t?
    #endif
    private var isJoined = false

    private init(_ work: @escaping () -> Void) {
        self.work = work
    }

    /// The number of processors online (at least 1).
    static var processorCount: Int {
        #if canImport(Glibc) || canImport(Darwin)
        return Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 1
        #endif
    }

    /// Starts `work` on a new thread; `nil` when no thread could be created (nothing ran).
    static func start(_ work: @escaping () -> Void) -> BackgroundThread? {
        #if canImport(Glibc) || canImport(Darwin)
        let started = BackgroundThread(work)
        // The new thread owns one reference until its work is done.
        let argument = Unmanaged.passRetained(started).toOpaque()
        #if canImport(Glibc)
        let status = pthread_create(&started.thread, nil, { argument in
            Unmanaged<BackgroundThread>.fromOpaque(argument!).takeRetainedValue().runWork()
            return nil
        }, argument)
        #else
        let status = pthread_create(&started.thread, nil, { argument in
            Unmanaged<BackgroundThread>.fromOpaque(argument).takeRetainedValue().runWork()
            return nil
        }, argument)
        #endif
        guard status == 0 else {
            Unmanaged<BackgroundThread>.fromOpaque(argument).release()
            return nil
        }
        return started
        #else
        return nil
        #endif
    }

    private func runWork() {
        work?()
        work = nil
    }

    /// Waits until the work has finished (returns at once when already joined).
    func join() {
        guard !isJoined else { return }
        isJoined = true
        #if canImport(Glibc)
        pthread_join(thread, nil)
        #elseif canImport(Darwin)
        if let thread { pthread_join(thread, nil) }
        #endif
    }
}

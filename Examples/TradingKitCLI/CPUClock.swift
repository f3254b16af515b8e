#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The CPU-time clocks the benchmark suites time with: unlike wall-clock time, they do not
/// count the time other processes hold the cores.
enum CPUClock {
    /// CPU time consumed by the calling thread, in seconds (`CLOCK_THREAD_CPUTIME_ID`).
    static func threadSeconds() -> Double { seconds(of: CLOCK_THREAD_CPUTIME_ID) }

    /// CPU time consumed by all of this process's threads, in seconds
    /// (`CLOCK_PROCESS_CPUTIME_ID`): for work that starts threads of its own.
    static func processSeconds() -> Double { seconds(of: CLOCK_PROCESS_CPUTIME_ID) }

    private static func seconds(of clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}

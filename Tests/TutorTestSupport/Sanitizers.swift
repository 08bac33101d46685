// Whether the tests run under a sanitizer, for the few that compare one duration with another.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `swift test --sanitize=...` built in.
public enum Sanitizers {
    /// ThreadSanitizer's runtime is in the process. It does not slow all code alike: under it
    /// a 4,000-letter line has cost the spelling rule 10 to 14 times a 1,000-letter one (1.1 ms
    /// and 11 ms in a full run, 0.9 ms and 12.9 ms alone), so a test comparing the costs of
    /// two workloads measures the sanitizer, not the code.
    public static let threadSanitizerIsActive: Bool = {
        #if canImport(Darwin)
        let everything = UnsafeMutableRawPointer(bitPattern: -2)  // RTLD_DEFAULT
        #else
        let everything: UnsafeMutableRawPointer? = nil  // RTLD_DEFAULT
        #endif
        return dlsym(everything, "__tsan_init") != nil
    }()
}

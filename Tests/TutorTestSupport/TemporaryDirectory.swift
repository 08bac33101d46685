// A throwaway directory per test, removed when the test is done with it: the tests leave nothing in /tmp.

import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A new, empty directory of its own under the temporary directory (`TMPDIR`), removed with
/// everything in it (read-only parts included) when the value goes away. A file opened in it
/// stays readable and writable after that (its descriptor keeps it), so a helper may return a
/// reader or a log over a file whose directory is already gone.
public struct TemporaryDirectory: ~Copyable, Sendable {
    public let url: URL

    /// A directory named `prefix-` and 8 random hex digits, so that a leftover one says which
    /// test made it, and paths stay short enough to show whole on a test's screen. A name that
    /// is taken is an error, never a directory shared with another test.
    public init(_ prefix: String = "chattutor-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
    }

    /// The directory's path.
    public var path: String { url.path }

    /// A path inside the directory.
    public func appending(_ relativePath: String) -> URL {
        url.appendingPathComponent(relativePath)
    }

    deinit {
        // Undo any chmod a test made, so that removal cannot fail.
        if let paths = FileManager.default.enumerator(atPath: url.path) {
            for case let path as String in paths {
                chmod(url.appendingPathComponent(path).path, 0o700)
            }
        }
        chmod(url.path, 0o700)
        try? FileManager.default.removeItem(at: url)
    }
}

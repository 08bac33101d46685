// Throwaway directories for the store's tests (the hand-made module is TutorTestSupport's makeModule).

import Foundation
import TutorCore

/// A new, empty directory of its own, removed (read-only parts included) when the test ends.
struct TemporaryDirectory: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("chattutor-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the directory.
    func appending(_ relativePath: String) -> URL {
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

/// The permission bits of a file or directory.
func permissions(of url: URL) throws -> Int? {
    try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
}

/// Whether file permissions can be tested: root reads and writes whatever the mode says.
let ignoresPermissions = geteuid() == 0

// File permissions in the store's tests (the throwaway directory and the hand-made module are TutorTestSupport's).

import Foundation
import TutorCore

/// The permission bits of a file or directory.
func permissions(of url: URL) throws -> Int? {
    try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
}

/// Whether file permissions can be tested: root reads and writes whatever the mode says.
let ignoresPermissions = geteuid() == 0

// Why a write failed: a folder that refuses new entries (/proc) is not reported as "doesn't exist".

import Foundation
import Testing
import TutorApp

@Suite("Write failure")
struct WriteFailureTests {
    @Test("a folder under /proc cannot be created: the reason names /proc as not writable")
    func procFolder() throws {
        let url = URL(fileURLWithPath: "/proc/chattutor-\(UUID().uuidString.prefix(8))")
        var thrown: (any Error)?
        do {
            try FileManager.default.createDirectory(
                at: url.appendingPathComponent("validated"), withIntermediateDirectories: true)
        } catch {
            thrown = error
        }
        let error = try #require(thrown)
        let reason = WriteFailure.reason(writing: url, error: error, expectingFolder: true)
        #expect(reason == "the folder /proc cannot be written (it takes no new folders)")
    }

    @Test("a missing folder chain is still named as missing")
    func missingFolder() {
        let url = URL(fileURLWithPath: NSTemporaryDirectory() + "no-such-\(UUID().uuidString.prefix(8))/x/out.txt")
        let error = NSError(domain: NSCocoaErrorDomain, code: NSFileNoSuchFileError)
        #expect(WriteFailure.reason(writing: url, error: error).hasPrefix("the folder "))
        #expect(WriteFailure.reason(writing: url, error: error).hasSuffix(" does not exist"))
    }
}

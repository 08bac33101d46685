// The transcripts directory: the chat's start reads its one script, not all of them.

import Foundation
import Testing
import TutorApp
import TutorCore
import TutorTestSupport

@Suite("Transcript library")
struct TranscriptLibraryTests {
    /// A transcripts directory of its own with one script and one broken file.
    static func directory() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory("tutorapp-transcripts")
        let folder = directory.path
        try "@title Lunch\n@kind script\ninterviewer: What did you have for lunch?\n".write(
            toFile: folder + "/lunch.txt", atomically: true, encoding: .utf8)
        try "nobody: this line has no known speaker\n".write(
            toFile: folder + "/broken.txt", atomically: true, encoding: .utf8)
        return directory
    }

    @Test("the named script is read alone; a missing name, or one that leaves the directory, is nil")
    func oneScript() throws {
        let directory = try Self.directory()
        let folder = directory.path
        let entry = try #require(try TranscriptLibrary.entry(named: "lunch", override: folder))
        #expect(entry.transcript?.title == "Lunch")
        #expect(entry.transcript?.kind == .script)
        #expect(try TranscriptLibrary.entry(named: "dinner", override: folder) == nil)
        #expect(try TranscriptLibrary.entry(named: "../lunch", override: folder) == nil)
        #expect(try TranscriptLibrary.entry(named: "", override: folder) == nil)
        let broken = try #require(try TranscriptLibrary.entry(named: "broken", override: folder))
        #expect(broken.transcript == nil && broken.error != nil, "a broken script keeps its error")
    }

    @Test("a bare name that the directory lists resolves to its file, as `chat --script NAME` does; a file wins")
    func fileOrName() throws {
        let directory = try Self.directory()
        let folder = directory.path
        #expect(TranscriptLibrary.path(ofFileOrName: "lunch", override: folder) == folder + "/lunch.txt")
        #expect(TranscriptLibrary.path(ofFileOrName: "dinner", override: folder) == "dinner")
        #expect(TranscriptLibrary.path(ofFileOrName: "../lunch", override: folder) == "../lunch")
        let file = folder + "/broken.txt"
        #expect(TranscriptLibrary.path(ofFileOrName: file, override: folder) == file)
    }
}

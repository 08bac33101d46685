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

    @Test("chattutor scripts never cuts a name: the name column is as wide as the longest, the description wraps")
    func listingKeepsNames() throws {
        let directory = try Self.directory()
        let folder = directory.path
        let longName = "recorded-a-very-long-interview-about-marketing"
        try """
        @title Recorded: an interview
        @kind recording
        @description A learner answers questions about a job in marketing, at some length, with subtle errors.
        interviewer: Why this job?
        learner: Because I am interesting in marketing.

        """.write(toFile: folder + "/\(longName).txt", atomically: true, encoding: .utf8)
        let text = TranscriptListing.text(try TranscriptLibrary.locate(override: folder), width: 80)
        let lines = text.split(separator: "\n").map(String.init)
        let row = try #require(lines.firstIndex { $0.hasPrefix("  \(longName) ") }, "\(text)")
        #expect(
            lines.contains { $0.hasPrefix("  lunch" + String(repeating: " ", count: longName.count - 5 + 1) + "Lunch") }
        )
        #expect(lines.filter { $0.hasPrefix("  ") && !$0.contains("broken") }.allSatisfy { $0.count <= 80 }, "\(text)")
        let indent = String(repeating: " ", count: 2 + longName.count + 1)
        #expect(
            lines[row + 1].hasPrefix(indent) && lines[row + 1].count > indent.count,
            "the description wraps under itself")
        #expect(text.contains("1 learner)"))
    }

    @Test("a name not found is answered with the nearest transcript name: one cut short, or mistyped")
    func nearestName() throws {
        let directory = try Self.directory()
        let folder = directory.path
        let names = TranscriptLibrary.names(override: folder)
        #expect(names == ["broken", "lunch"])
        #expect(NearestName.nearest(to: "lun", among: names) == "lunch", "a name cut short")
        #expect(NearestName.nearest(to: "lnuch", among: names) == "lunch")
        #expect(NearestName.nearest(to: "dinner", among: names) == nil)
        #expect(NearestName.nearest(to: "lunch", among: names) == nil, "a name that is there needs no hint")
        let error = #expect(throws: UserError.self) {
            try TranscriptFile.read("lunc", kind: .script, command: "replay", transcripts: folder)
        }
        #expect(error?.message.contains("no such file; did you mean lunch?") == true, "\(error?.message ?? "")")
        let far = #expect(throws: UserError.self) {
            try TranscriptFile.read("dinner", kind: .script, command: "replay", transcripts: folder)
        }
        #expect(far?.message.contains("did you mean") == false)
    }
}

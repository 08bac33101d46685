// /export's files: Markdown that is a transcript, JSON with every finding, and what analyze reads back.

import Foundation
import Testing
import TutorCore
import TutorTestSupport
import TutorUI

@testable import TutorApp

private let learnerText = "She go to school.\nI has two cat."

/// A finding of `original` in `text`, corrected to `suggestion` (an empty original: a missing word before `at`).
private func finding(_ text: String, _ original: String, _ suggestion: String, at: String? = nil) -> Finding {
    let anchor = at ?? original
    let start = text.range(of: anchor).map { text[..<$0.lowerBound].unicodeScalars.count } ?? 0
    return Finding(
        span: TextSpan(start: start, end: start + original.unicodeScalars.count), original: original,
        suggestions: [suggestion],
        errorType: "R:VERB:SVA", ruleID: "agreement.third-person",
        message: LocalizedText(en: "Add -s after she.", ko: "she 뒤에는 -s."),
        severity: .medium, confidence: 0.9)
}

private func sampleExport(_ path: String, _ format: ExportFormat) -> ChatExport {
    ChatExport(
        path: path, format: format, title: "Small talk", conversationID: "chat-1",
        messages: [
            ChatEntry(speaker: .interviewer, text: "What do you do after class?"),
            ChatEntry(
                speaker: .learnerA, text: learnerText,
                findings: [finding(learnerText, "go", "goes"), finding(learnerText, "", "the", at: "school")]),
            ChatEntry(speaker: .interviewer, text: "Nice. # Not a comment?"),
            ChatEntry(speaker: .learnerA, text: "저는 학생이에요.", findings: []),
            ChatEntry(speaker: .learnerA, text: "Not analysed yet."),
        ])
}

@Suite("Chat export files")
struct ChatExportFileTests {
    @Test(
        "Markdown and JSON exports read back as the same recording (analyze's and replay's input), owner-only",
        arguments: ExportFormat.allCases)
    func roundTrip(format: ExportFormat) throws {
        let directory = try TemporaryDirectory("tutorapp-export")
        let folder = directory.path
        let path = folder + (format == .json ? "/talk.json" : "/talk.md")
        let outcome = ChatExportFile.write(sampleExport(path, format))
        #expect(outcome == .written(path: path, messageCount: 5, findingCount: 2))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)

        let transcript = try TranscriptFile.read(path, kind: .recording, command: "analyze")
        #expect(transcript.title == "Small talk")
        #expect(transcript.lines.map(\.speaker) == [.interviewer, .learnerA, .interviewer, .learnerA, .learnerA])
        #expect(transcript.lines.map(\.text) == sampleExport(path, format).messages.map(\.text))
        #expect(transcript.learnerNames.isEmpty && transcript.label(for: .learnerA) == "Learner")
    }

    @Test("the learners' names go into the file and come back for analyze's report", arguments: ExportFormat.allCases)
    func learnerNames(format: ExportFormat) throws {
        let directory = try TemporaryDirectory("tutorapp-export")
        let path = directory.path + (format == .json ? "/talk.json" : "/talk.md")
        var export = sampleExport(path, format)
        export.messages.append(ChatEntry(speaker: .learnerB, text: "I go to school too."))
        export.learnerNames = [.learnerA: "Jiwoo", .learnerB: "Haneul"]
        _ = ChatExportFile.write(export)
        let transcript = try TranscriptFile.read(path, kind: .recording, command: "analyze")
        #expect(transcript.learnerNames == [.learnerA: "Jiwoo", .learnerB: "Haneul"])
        #expect(transcript.label(for: .learnerB) == "Haneul")
        if format == .markdown {
            #expect(try String(contentsOfFile: path, encoding: .utf8).contains("@learner Jiwoo\n\n@learner-b Haneul\n"))
        }
    }

    @Test("the Markdown shows each finding under its message as a note a transcript skips")
    func markdownNotes() throws {
        let directory = try TemporaryDirectory("tutorapp-export")
        let folder = directory.path
        let path = folder + "/talk.md"
        _ = ChatExportFile.write(sampleExport(path, .markdown), now: Date(timeIntervalSince1970: 1_800_000_000))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("@kind recording"))
        #expect(text.contains("2 findings"))
        #expect(
            text.contains(
                "learner: She go to school.\n  I has two cat.\n###### ✎ “go” → “goes”: Add -s after she. (agreement.third-person)\n###### ✎ add “the”: "
            ))
        #expect(text.contains("2027-01-15T08:00:00Z"))
    }

    @Test("the JSON keeps every finding whole, and 'not analysed' apart from 'nothing found'")
    func jsonFindings() throws {
        let directory = try TemporaryDirectory("tutorapp-export")
        let folder = directory.path
        let path = folder + "/talk.json"
        _ = ChatExportFile.write(sampleExport(path, .json))
        let document = try JSONDecoder().decode(
            ChatExportDocument.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(document.format == ChatExportDocument.formatName && document.version == 1)
        #expect(document.messages[1].findings == sampleExport(path, .json).messages[1].findings)
        #expect(document.messages[0].findings == nil)
        #expect(document.messages[3].findings == [])
        #expect(document.messages[4].findings == nil)
    }

    @Test(
        "a name that cannot be written says why and what to do, and replaces or leaves nothing",
        arguments: [
            ("exists.md", "already exists; choose another name (nothing was replaced)"),
            ("no-such-folder/talk.md", "does not exist; choose another name"),
            ("a-folder.md", "already exists"),
            ("read-only/talk.md", "no permission to write"),
        ])
    func badPaths(name: String, message: String) throws {
        let directory = try TemporaryDirectory("tutorapp-export")
        let folder = directory.path
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: folder + "/exists.md"))
        try FileManager.default.createDirectory(atPath: folder + "/a-folder.md", withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: folder + "/read-only", withIntermediateDirectories: false)
        chmod(folder + "/read-only", 0o500)
        guard name != "read-only/talk.md" || geteuid() != 0 else { return }  // root writes anywhere
        let outcome = ChatExportFile.write(sampleExport(folder + "/" + name, .markdown))
        guard case .failed(let reason) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(reason.contains(message), "\(reason)")
        #expect(try String(contentsOfFile: folder + "/exists.md", encoding: .utf8) == "keep me")
        #expect(!FileManager.default.fileExists(atPath: folder + "/no-such-folder"))
    }

    @Test("the default name, when taken, becomes NAME-2, NAME-3; the files there are kept as they were")
    func numbered() throws {
        let directory = try TemporaryDirectory("tutorapp-export")
        let path = directory.path + "/chattutor-2026-12-07-1432-restaurant.md"
        for existing in [path, directory.path + "/chattutor-2026-12-07-1432-restaurant-2.md"] {
            try Data("keep me".utf8).write(to: URL(fileURLWithPath: existing))
        }
        var export = sampleExport(path, .markdown)
        export.numbersIfTaken = true
        let outcome = ChatExportFile.write(export)
        let third = directory.path + "/chattutor-2026-12-07-1432-restaurant-3.md"
        #expect(outcome == .written(path: third, messageCount: 5, findingCount: 2))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
        #expect(try TranscriptFile.read(third, kind: .recording, command: "analyze").title == "Small talk")
        #expect(
            ChatExportFile.numbered("notes/talk.json").prefix(3) == [
                "notes/talk.json", "notes/talk-2.json", "notes/talk-3.json",
            ])
    }

    @Test("where the file went is said as a full path")
    func fullPath() {
        let folder = FileManager.default.currentDirectoryPath
        #expect(ChatExportFile.fullPath("talk.md") == (folder as NSString).appendingPathComponent("talk.md"))
        #expect(ChatExportFile.fullPath("./notes/../talk.md") == (folder as NSString).appendingPathComponent("talk.md"))
        #expect(ChatExportFile.fullPath("/tmp/talk.md") == "/tmp/talk.md")
    }

    @Test("~/ is the home folder")
    func home() {
        #expect(ChatExportFile.expanded("~/talk.md", home: "/home/learner") == "/home/learner/talk.md")
        #expect(ChatExportFile.expanded("talk.md", home: "/home/learner") == "talk.md")
        #expect(ChatExportFile.expanded("~other/talk.md", home: "/home/learner") == "~other/talk.md")
    }

    @Test("JSON that is not an export, or an export with no learner lines, is refused with what analyze reads")
    func notAnExport() throws {
        let directory = try TemporaryDirectory("tutorapp-export")
        let folder = directory.path
        try Data(#"{"hello": 1}"#.utf8).write(to: URL(fileURLWithPath: folder + "/other.json"))
        #expect(throws: UserError.self) {
            try TranscriptFile.read(folder + "/other.json", kind: .recording, command: "analyze")
        }
        do {
            _ = try TranscriptFile.read(folder + "/other.json", kind: .recording, command: "analyze")
        } catch {
            #expect(error.message.contains("is JSON but not a chat export"))
        }
        let silent =
            #"{"format": "chattutor-chat-export", "version": 1, "title": "t", "conversationID": "c", "exportedAt": "x", "messages": [{"speaker": "interviewer", "text": "Hi"}]}"#
        try Data(silent.utf8).write(to: URL(fileURLWithPath: folder + "/silent.json"))
        do {
            _ = try TranscriptFile.read(folder + "/silent.json", kind: .recording, command: "analyze")
            Issue.record("an export without learner lines was read")
        } catch {
            #expect(error.message.contains("no learner messages"))
        }
        let broken = #"{"format": "chattutor-chat-export", "version": 1, "messages": 3}"#
        try Data(broken.utf8).write(to: URL(fileURLWithPath: folder + "/broken.json"))
        do {
            _ = try TranscriptFile.read(folder + "/broken.json", kind: .recording, command: "analyze")
            Issue.record("a broken export was read")
        } catch {
            #expect(error.message.contains("is a chattutor export but cannot be read"))
        }
    }
}

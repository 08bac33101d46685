// /export and the summary's e as pure state changes: what is asked to be written, and what is said.

import Foundation
import TerminalKit
import Testing
import TutorCore

@testable import TutorUI

private func command(_ text: String, _ state: inout AppState) -> [AppEffect] {
    _ = Reducer.reduce(&state, .input(.text(text)))
    return Reducer.reduce(&state, .input(.key(.enter, [])))
}

@Suite("Export command")
struct ExportCommandTests {
    @Test(
        "the format comes from the file name's extension",
        arguments: [
            ("talk.md", ExportFormat.markdown), ("Talk.MD", .markdown), ("notes/talk.markdown", .markdown),
            ("~/talk.json", .json),
            ("talk", nil), ("talk.txt", nil), (".md", nil), ("talk.md/", nil), ("dir.md/talk", nil),
        ] as [(String, ExportFormat?)])
    func format(path: String, expected: ExportFormat?) {
        #expect(ExportFormat(path: path) == expected)
    }

    @Test("/export FILE asks for the messages (without the app's notices) and their findings to be written")
    func export() throws {
        var state = markedState()
        state.entries.append(ChatEntry(speaker: .system, text: "Conversation ended."))
        let effects = command("/export  my talk.json ", &state)
        guard case .export(let export)? = effects.first, effects.count == 1 else {
            Issue.record("expected one export effect, got \(effects)")
            return
        }
        #expect(export.path == "my talk.json")
        #expect(export.format == .json)
        #expect(export.title == "Small talk")
        #expect(export.conversationID == "c")
        #expect(export.messages.count == 4)
        #expect(!export.messages.contains { $0.speaker == .system })
        #expect(export.findingCount == 3)
        #expect(state.notice == "Exporting…")
        #expect(state.entries.count == 5, "the command is not posted to the chat")
        #expect(export.learnerNames == [.learnerA: state.userName])
    }

    @Test("in talk mode the export names both learners: this one by profile, the other as they joined")
    func talkNames() throws {
        var state = markedState()
        state.userName = "Jiwoo"
        state.talk = .guest(hostName: " Haneul ")
        guard case .export(let export)? = command("/export talk.md", &state).first else {
            Issue.record("expected an export effect")
            return
        }
        #expect(export.learnerNames == [.learnerA: "Jiwoo", .learnerB: "Haneul"])
    }

    @Test(
        "/export with an unusable name, or before the learner said anything, says what to do and asks for nothing",
        arguments: [
            ("/export talk", "End the file name with .md"),
            ("/export talk.txt", "End the file name with .md"),
            ("/EXPORT talk.doc", "End the file name with .md"),
        ])
    func refused(text: String, notice: String) {
        var state = chattingState()
        #expect(command(text, &state).isEmpty)
        #expect(state.notice?.hasPrefix(notice) == true)
        var silent = baseState()
        silent.entries = [ChatEntry(speaker: .interviewer, text: "Hello!")]
        #expect(command("/export talk.md", &silent).isEmpty)
        #expect(silent.notice == "Nothing to export yet: write a message first.")
    }

    @Test("/exported is not /export: an unknown command names the ones there are")
    func unknown() {
        var state = chattingState()
        #expect(command("/exported x.md", &state).isEmpty)
        #expect(state.notice?.contains("/export FILE.md") == true)
    }

    @Test("e in the summary puts /export and a file name in the input line; Enter exports")
    func summaryKey() {
        var state = markedState()
        state.overlay = .summary
        state.progress.isDone = true
        #expect(Reducer.reduce(&state, .input(.text("e"))).isEmpty)
        #expect(state.overlay == nil && state.focus == .input)
        #expect(state.input.text == "/export chattutor-2026-12-07-1432-small-talk.md")
        #expect(state.notice == "Edit the file name (.md or .json) and press Enter")
        let effects = Reducer.reduce(&state, .input(.key(.enter, [])))
        #expect(effects.count == 1)
        if case .export(let export)? = effects.first {
            #expect(export.path == "chattutor-2026-12-07-1432-small-talk.md" && export.format == .markdown)
            #expect(export.numbersIfTaken, "the default name is numbered when taken")
        }
    }

    @Test("/export alone writes to the default name, numbered when taken; a name the learner chose is not")
    func defaultName() {
        var state = markedState()
        guard case .export(let export)? = command("/export", &state).first else {
            Issue.record("expected an export effect")
            return
        }
        #expect(export.path == "chattutor-2026-12-07-1432-small-talk.md" && export.numbersIfTaken)
        guard case .export(let json)? = command("/export chattutor-2026-12-07-1432-small-talk.json", &state).first,
            case .export(let chosen)? = command("/export talk.md", &state).first
        else {
            Issue.record("expected export effects")
            return
        }
        #expect(json.numbersIfTaken && json.format == .json, "the default name with the other extension")
        #expect(!chosen.numbersIfTaken)
    }

    @Test(
        "the default name says when (the session's start, local time) and with what: script, recording, talk partner",
        arguments: [
            ("script", "chattutor-2026-12-07-1432-small-talk.md"),
            ("scriptName", "chattutor-2026-12-07-1432-restaurant.md"),
            ("replay", "chattutor-2026-12-07-1432-replay-ordering-coffee-at-a-cafe.md"),
            ("talk", "chattutor-2026-12-07-1432-talk-haneul.md"),
            ("talkHangul", "chattutor-2026-12-07-1432-talk.md"),
            ("seoul", "chattutor-2026-12-07-2332-small-talk.md"),
            ("noStart", "chattutor-small-talk.md"),
        ])
    func defaultNames(kind: String, expected: String) throws {
        var state = markedState()
        switch kind {
        case "scriptName": state.interviewer?.scriptName = "restaurant"
        case "replay":
            state.interviewer = nil
            state.replay = ReplayState(title: "Ordering coffee at a café", lines: [], speed: 1)
        case "talk":
            state.interviewer = nil
            state.talk = .guest(hostName: " Haneul ")
        case "talkHangul":
            state.interviewer = nil
            state.talk = .guest(hostName: "하늘")
        case "seoul": state.timeZone = try #require(TimeZone(identifier: "Asia/Seoul"))
        case "noStart": state.startedAt = nil
        default: break
        }
        #expect(state.defaultExportName == expected)
    }

    @Test(
        "a file name's word keeps only ASCII letters and digits, one - for the rest, at most 40 characters",
        arguments: [
            ("Job interview: first round", "job-interview-first-round"), ("  --Travel!! ", "travel"), ("서울", nil),
            ("Café 2", "cafe-2"),
            (String(repeating: "long words ", count: 8), "long-words-long-words-long-words-long"),
        ] as [(String, String?)])
    func fileWord(text: String, expected: String?) {
        #expect(AppState.fileWord(text) == expected)
    }

    @Test("e in the summary keeps a half-typed line and says how to export")
    func summaryKeyKeepsTyping() {
        var state = markedState()
        state.input.insert("half a sen")
        state.overlay = .summary
        _ = Reducer.reduce(&state, .input(.text("e")))
        #expect(state.input.text == "half a sen")
        #expect(state.notice?.hasPrefix("Type /export FILE.md") == true)
    }

    @Test("the summary's footer tells the e key")
    func summaryFooter() {
        var state = markedState()
        state.overlay = .summary
        #expect(
            Renderer.render(state).screen.lines.contains {
                $0.contains("e: keep this conversation and its findings in a file")
            })
    }

    @Test(
        "the outcome shows in the status bar: where it went, or why not",
        arguments: [
            (
                ExportOutcome.written(path: "/tmp/t.md", messageCount: 4, findingCount: 3),
                "Exported 4 messages and 3 findings to /tmp/t.md"
            ),
            (
                .failed("/nope/t.md: the folder /nope does not exist"),
                "Not exported: /nope/t.md: the folder /nope does not exist"
            ),
        ])
    func outcome(outcome: ExportOutcome, notice: String) {
        var state = markedState()
        let entries = state.entries
        #expect(Reducer.reduce(&state, .exportFinished(outcome)).isEmpty)
        #expect(state.notice == notice)
        #expect(state.entries == entries, "nothing is lost or added")
    }
}

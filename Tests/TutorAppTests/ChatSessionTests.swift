// A whole chat session with the real engine and the built-in rules, typed into the test backend.

import Foundation
import Synchronization
import TerminalKit
import Testing
import TutorApp
import TutorCore
import TutorTestSupport
import TutorUI

@Suite("Chat session with the real engine")
struct ChatSessionTests {
    /// Ten lines with errors Korean learners often make: one full batch.
    static let learnerLines = [
        "Hi, I live here for two year.", "She go to school by bus every day.",
        "Yesterday i go to the park with my dog.",
        "My mother work at a bank in Seoul.", "I bought three book last week.", "We discussed about the plan.",
        "It was a interesting movie.", "I am student at a university.", "You should to study more.",
        "This cafe is more better than that one.",
    ]

    static let parts = Result { () throws(UserError) -> EngineParts in try EngineParts(endpoint: nil) }

    @Test("ten learner lines and Enter: a module appears in the side pane, s saves it, Ctrl-C quits")
    func tenLinesMakeAModule() async throws {
        let parts = try Self.parts.get()
        let saved = Mutex<[TeachingModule]>([])
        let session = ChatSession(
            analyser: parts.analyserLabel, settings: SessionSettings(userName: "tester", batchSize: 10),
            log: throwawayLog()
        ) {
            SessionParts(
                engine: parts,
                save: { module in
                    saved.withLock { $0.append(module) }
                    return .saved
                })
        }
        let backend = TestTerminalBackend(size: TerminalSize(columns: 120, rows: 40))
        let running = Task { () -> AppState? in
            try? await session.run(.chat(.script(InterviewerState(scriptTitle: "Quiet", lines: [])))) {
                () throws(UserError) -> (any TerminalBackend, Theme) in (backend, .mono)
            }
        }
        #expect(await backend.frame { $0.moduleCount == 0 } != nil, "the empty module pane sits beside the chat")
        for line in Self.learnerLines { backend.typeLine(line) }

        let withModule = try #require(await backend.frame { ($0.moduleCount ?? 0) >= 1 })
        let pane = try #require(withModule.modulePane)
        let moduleRows = pane.filter { $0.contains(" → ") }
        #expect(
            !moduleRows.isEmpty,
            "a module's original → correction is in the side pane:\n\(pane.joined(separator: "\n"))")

        backend.press(0x09)  // Tab: to the module list
        backend.type("s")
        let afterSave = try #require(await backend.frame(showing: "saved 1"))
        let first = try #require(saved.withLock { $0.first })
        #expect(saved.withLock { $0.count } == 1)
        #expect(afterSave.modulePane?.joined(separator: "\n").contains(first.focus.correction) == true)

        backend.press(0x03)  // Ctrl-C; with other modules unsaved it asks, and y confirms
        backend.type("y")
        let final = try #require(await value(of: running) ?? nil)
        #expect(final.isQuitting)
        #expect(final.savedCount == 1)
        #expect(final.progress.messagesAnalysed >= 10)
        #expect(backend.shutdownCount == 1, "the session shuts down the terminal it was given")
    }

    @Test(
        "after the batch, the learner's findings are underlined in the chat; /export writes them where asked, and analyze reads it"
    )
    func marksAndExport() async throws {
        let directory = try TemporaryDirectory("tutorapp-export")
        let folder = directory.path
        let parts = try Self.parts.get()
        let session = ChatSession(
            analyser: parts.analyserLabel, settings: SessionSettings(userName: "tester", batchSize: 10),
            log: throwawayLog()
        ) { SessionParts(engine: parts, save: { _ in .saved }) }
        let backend = TestTerminalBackend(size: TerminalSize(columns: 120, rows: 40))
        let running = Task { () -> AppState? in
            try? await session.run(.chat(.script(InterviewerState(scriptTitle: "Quiet", lines: [])))) {
                () throws(UserError) -> (any TerminalBackend, Theme) in (backend, .mono)
            }
        }
        for line in Self.learnerLines { backend.typeLine(line) }
        let marked = try #require(
            await backend.frame { screen in
                (0..<screen.size.rows).contains { row in
                    (0..<screen.size.columns).contains { screen[$0, row].style.underline }
                }
            })
        // "go" of "She go to school" is a finding: its two cells are underlined, the rest of the line not.
        let row = try #require(marked.lines.firstIndex { $0.contains("She go to school") })
        let column = try #require(marked.lines[row].range(of: "go to")).lowerBound.utf16Offset(in: marked.lines[row])
        #expect(marked[column, row].style.underline && marked[column + 1, row].style.underline)
        #expect(!marked[column + 3, row].style.underline)

        backend.typeLine("/export \(folder)/talk.json")
        let exported = try #require(await backend.frame(showing: "Exported 10 messages"))
        #expect(exported.text.contains("\(folder)/talk.json"))
        let transcript = try TranscriptFile.read("\(folder)/talk.json", kind: .recording, command: "analyze")
        #expect(transcript.lines.map(\.text) == Self.learnerLines)
        backend.typeLine("/export \(folder)/talk.json")
        #expect(await backend.frame(showing: "Not exported:") != nil, "the file is not replaced")
        backend.press(0x03)  // Ctrl-C; the modules are unsaved, so it asks, and y confirms
        backend.type("y")
        _ = await value(of: running)
    }
}

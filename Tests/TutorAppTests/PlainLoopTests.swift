// The plain mode's loop with the real engine and the built-in rules: a piped conversation read as lines.

import Foundation
import Synchronization
import Testing
import TutorApp
import TutorCore
import TutorTestSupport
import TutorUI

/// Lines given in advance, each handed over when the loop asks; then the end of the input.
final class ScriptedLines: PlainLineSource {
    private let lines: Mutex<[String]>

    init(_ lines: [String]) { self.lines = Mutex(lines) }

    func request(_ deliver: @escaping @Sendable (PlainInput) -> Void) {
        let next = lines.withLock { $0.isEmpty ? nil : $0.removeFirst() }
        Task { deliver(next.map(PlainInput.line) ?? .end) }
    }
}

/// What the loop printed (or saved), line by line.
final class PrintedLines: Sendable {
    let lines = Mutex<[String]>([])
    var all: [String] { lines.withLock { $0 } }
    var write: @Sendable (String) -> Void { { line in self.lines.withLock { $0.append(line) } } }

    /// The index of the first line after `start` that contains `text`.
    func index(of text: String, after start: Int = -1) -> Int? {
        let all = all
        return all.indices.first { $0 > start && all[$0].contains(text) }
    }
}

@Suite("Plain loop", .serialized)
struct PlainLoopTests {
    /// Ten messages with errors the built-in rules find (written for this test).
    static let messages = [
        "Hello, I am student from Busan.", "I have two brother and one sister.", "My brother go to university.",
        "Yesterday I buy a new phone.", "It was very expensive but I like it.",
        "I want to travel to Japan in next year.",
        "My mother cook very well.", "I am interesting in music.", "I listen music every day.",
        "There is many cafe near my house.",
    ]

    static let questions = (1...12).map { "Question \($0)?" }

    func run(_ lines: [String], printed: PrintedLines, saved: PrintedLines = PrintedLines()) async -> AppState? {
        let parts = try? EngineParts(endpoint: nil)
        guard let parts else { return nil }
        let session = PlainSession(
            parts: parts, settings: SessionSettings(userName: "tester"),
            save: { module in
                saved.write(module.id)
                return .saved
            }, log: throwawayLog())
        let kind = SessionKind.chat(.script(InterviewerState(scriptTitle: "Test talk", lines: Self.questions)))
        let running = Task {
            await session.run(
                kind, plain: .forInput(isTerminal: false), input: ScriptedLines(lines), write: printed.write)
        }
        return await value(of: running)?.app
    }

    @Test(
        "a piped chat: named messages in turn, lessons announced after the tenth, /show, /save, the summary at the end")
    func pipedChat() async throws {
        let printed = PrintedLines()
        let saved = PrintedLines()
        let final = try #require(await run(Self.messages + ["/show 1", "/save 1"], printed: printed, saved: saved))
        let lines = printed.all
        #expect(
            lines.first
                == "ChatTutor, plain mode: Test talk. Lessons come after every 10 of your messages, and when the conversation ends."
        )
        // The interviewer answers each message before the next is read.
        let first = try #require(printed.index(of: "Interviewer: Question 1?"))
        let answer = try #require(printed.index(of: "You: Hello, I am student from Busan.", after: first))
        #expect(printed.index(of: "Interviewer: Question 2?", after: answer) == answer + 1)
        // After the tenth message: the batch is read, and its lessons are announced before /show.
        let tenth = try #require(printed.index(of: "You: There is many cafe near my house."))
        let announced = try #require(printed.index(of: "new lesson", after: tenth))
        #expect(lines[announced + 1].hasPrefix("1. "))
        #expect(printed.index(of: "/show 1 reads a lesson", after: announced) != nil)
        let shown = try #require(printed.index(of: "Lesson 1: ", after: announced))
        #expect(lines[shown + 1].hasPrefix("You wrote: "))
        #expect(lines[shown + 2].hasPrefix("Better: "))
        #expect(printed.index(of: "Saved “", after: shown) != nil)
        #expect(saved.all.count == 1)
        // The end of the input ends the conversation: the summary, as lines, and the program ends.
        let ended = try #require(printed.index(of: "Conversation ended.", after: shown))
        let summary = try #require(printed.index(of: "Summary of the conversation.", after: ended))
        #expect(lines[summary + 1] == "10 messages analysed.")
        #expect(lines.contains("Findings by category:"))
        #expect(lines.contains { $0.hasPrefix("Subject–verb agreement: ") }, "categories by their learner-facing names")
        #expect(final.isQuitting && final.savedCount == 1)
        // Words only: nothing that moves the cursor, draws a box or colours text.
        for line in lines {
            #expect(
                !line.unicodeScalars.contains { TextSanitizer.isUnsafe($0) || (0x2500...0x257F).contains($0.value) })
        }
    }

    @Test("typed text with escape sequences and bytes that are not UTF-8 is shown safely")
    func unsafeInputFromAFile() async throws {
        let directory = try TemporaryDirectory("plain")
        let url = directory.appending("input.txt")
        var bytes = Array("I \u{1B}[2J\u{1B}[31mlike red.\r\n".utf8)
        bytes += [0x49, 0x20, 0xFF, 0xFE, 0x20, 0x6C, 0x69, 0x6B, 0x65, 0x20, 0xC3, 0x0A]  // "I \xff\xfe like \xc3"
        try Data(bytes).write(to: url)
        let printed = PrintedLines()
        let parts = try EngineParts(endpoint: nil)
        let session = PlainSession(
            parts: parts, settings: SessionSettings(userName: "tester"), save: { _ in .saved }, log: throwawayLog())
        let input = StandardInputLines { (try? InputFile(path: url.path)) ?? .standardInput() }
        let kind = SessionKind.chat(.script(InterviewerState(scriptTitle: "Test talk", lines: Self.questions)))
        let running = Task {
            await session.run(kind, plain: .forInput(isTerminal: false), input: input, write: printed.write)
        }
        _ = try #require(await value(of: running))
        let lines = printed.all
        #expect(lines.contains("You: I like red."))
        #expect(lines.contains("You: I \u{FFFD}\u{FFFD} like \u{FFFD}"))
        #expect(lines.allSatisfy { !$0.unicodeScalars.contains { TextSanitizer.isUnsafe($0) } })
    }

    @Test("a streamed model interviewer: each reply is said once, whole, and the next line waits for it")
    func streamedInterviewer() async throws {
        let printed = PrintedLines()
        let parts = try EngineParts(endpoint: nil)
        let replies = PrintedLines()
        let interviewer: InterviewerReply = { history, send in
            let turn = history.filter { $0.speaker == .learnerA }.count
            replies.write("reply \(turn)")
            for piece in ["Nice", " to hear", " (\(turn))."] { send(piece) }
        }
        let session = PlainSession(
            parts: parts, settings: SessionSettings(userName: "tester"), save: { _ in .saved }, log: throwawayLog(),
            interviewer: interviewer)
        let kind = SessionKind.chat(.live(LiveInterviewerState(title: "Model talk")))
        let running = Task {
            await session.run(
                kind, plain: .forInput(isTerminal: false), input: ScriptedLines(["I like tea.", "I like coffee."]),
                write: printed.write)
        }
        _ = try #require(await value(of: running))
        let spoken = printed.all.filter { $0.hasPrefix("Interviewer: ") || $0.hasPrefix("You: ") }
        #expect(
            spoken == [
                "Interviewer: Nice to hear (0).", "You: I like tea.", "Interviewer: Nice to hear (1).",
                "You: I like coffee.", "Interviewer: Nice to hear (2).",
            ])
        #expect(replies.all == ["reply 0", "reply 1", "reply 2"])
    }
}

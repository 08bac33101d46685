// The start-up order: the screen first, the analyser behind it, and nothing the learner sends meanwhile lost.

import Dispatch
import Foundation
import Synchronization
import TerminalKit
import Testing
import TutorApp
import TutorCore
import TutorUI

@Suite("Loading behind the first frame")
struct LoadingPortTests {
    /// A conversation that answers every message with a system line, so its events can be followed.
    final class EchoPort: ConversationPort {
        let sent = Mutex<[String]>([])
        let ended = Mutex<[ConversationID]>([])
        private let stream: AsyncStream<AppEvent>
        private let continuation: AsyncStream<AppEvent>.Continuation

        init() { (stream, continuation) = AsyncStream.makeStream(of: AppEvent.self) }

        func send(_ message: Message) async throws {
            sent.withLock { $0.append(message.text) }
            continuation.yield(.timer(.tick))
        }

        func end(_ id: ConversationID) async { ended.withLock { $0.append(id) } }

        func events() -> AsyncStream<AppEvent> { stream }
    }

    /// A gate a test opens when it wants the port (or the session's parts) to be ready.
    final class Gate: Sendable {
        private let semaphore = DispatchSemaphore(value: 0)
        func open() { semaphore.signal() }
        /// Blocks the loading thread until the test opens the gate.
        func wait() { semaphore.wait() }
    }

    static func message(_ text: String) -> Message {
        Message(conversationID: "chat-test", speaker: .learnerA, text: text)
    }

    @Test("the status bar's analyser name, known before the analyser loads, is the loaded analyser's")
    func analyserNameBeforeLoading() throws {
        let parts = try ChatSessionTests.parts.get()
        #expect(EngineParts.analyserName(llm: nil, stages: parts.stages) == parts.builtin.analyser.identifier)
    }

    @Test("what is sent before the port is loaded reaches it in order, before what is sent after")
    func queuedInOrder() async throws {
        let echo = EchoPort()
        let (ready, readyContinuation) = AsyncStream.makeStream(of: Void.self)
        let port = LoadingPort(
            { () throws(UserError) -> any ConversationPort in
                for await _ in ready { break }
                return echo
            }, log: throwawayLog(), failure: .terminate)
        for text in ["one", "two", "three"] { try await port.send(Self.message(text)) }
        await port.end("chat-test")
        #expect(echo.sent.withLock { $0 }.isEmpty, "nothing reaches the port before it is loaded")
        readyContinuation.yield()
        var events = port.events().makeAsyncIterator()
        for _ in 0..<3 { _ = await events.next() }
        try await port.send(Self.message("four"))
        _ = await events.next()
        #expect(echo.sent.withLock { $0 } == ["one", "two", "three", "four"])
        #expect(echo.ended.withLock { $0 } == ["chat-test"])
    }

    @Test("a port that fails to load sends the failure event, once, and nothing else")
    func failureEndsTheEvents() async {
        let port = LoadingPort(
            { () throws(UserError) -> any ConversationPort in throw UserError.internalError("no data") },
            log: throwawayLog(), failure: .terminate)
        var events: [AppEvent] = []
        for await event in port.events() { events.append(event) }
        #expect(events.count == 1)
        if case .terminate = events.first {} else { Issue.record("expected .terminate, got \(events)") }
    }

    @Test("the first frame is drawn before the analyser loads; lines typed meanwhile are analysed once it has")
    func typedBeforeTheAnalyserIsReady() async throws {
        let parts = try ChatSessionTests.parts.get()
        let gate = Gate()
        let session = ChatSession(
            analyser: parts.analyserLabel, settings: SessionSettings(userName: "tester", batchSize: 10),
            log: throwawayLog()
        ) {
            gate.wait()
            return SessionParts(engine: parts, save: { _ in .saved })
        }
        let backend = TestTerminalBackend(size: TerminalSize(columns: 120, rows: 40))
        let running = Task { () -> AppState? in
            try? await session.run(.chat(.script(InterviewerState(scriptTitle: "Quiet", lines: [])))) {
                () throws(UserError) -> (any TerminalBackend, Theme) in (backend, .mono)
            }
        }
        #expect(await backend.frame { $0.moduleCount == 0 } != nil, "the screen is up while the analyser loads")
        for line in ChatSessionTests.learnerLines { backend.typeLine(line) }
        let lastLine = try #require(ChatSessionTests.learnerLines.last)
        #expect(await backend.frame(showing: lastLine) != nil, "typing echoes while the analyser loads")
        gate.open()
        #expect(await backend.frame { ($0.moduleCount ?? 0) >= 1 } != nil, "the queued batch is analysed")
        backend.press(0x03)  // Ctrl-C; with modules unsaved it asks, and y confirms
        backend.type("y")
        let final = try #require(await value(of: running) ?? nil)
        #expect(final.progress.messagesAnalysed == ChatSessionTests.learnerLines.count)
    }

    @Test("when the analyser or the store cannot load, the session ends and says why once the terminal is closed")
    func loadFailureEndsTheSession() async throws {
        let session = ChatSession(
            analyser: .rules, settings: SessionSettings(userName: "tester"), log: throwawayLog()
        ) { () throws(UserError) -> SessionParts in throw UserError.cannotCreate("cannot open the database") }
        let backend = TestTerminalBackend(size: TerminalSize(columns: 80, rows: 24))
        let running = Task { () -> UserError? in
            do throws(UserError) {
                _ = try await session.run(.chat(.script(InterviewerState(scriptTitle: "Quiet", lines: [])))) {
                    () throws(UserError) -> (any TerminalBackend, Theme) in (backend, .mono)
                }
                return nil
            } catch {
                return error
            }
        }
        let error = try #require(await value(of: running) ?? nil)
        #expect(error.message == "cannot open the database")
        #expect(error.exitCode == 73)
        #expect(backend.shutdownCount == 1)
    }
}

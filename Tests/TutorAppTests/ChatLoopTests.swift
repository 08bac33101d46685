// The chat's program loop with its effect performer, through the test backend: keys, quitting, the mouse, the interviewer.

import Foundation
import Synchronization
import TerminalKit
import Testing
import TutorApp
import TutorCore
import TutorUI

@Suite("Chat loop")
struct ChatLoopTests {
    func loop(
        _ backend: TestTerminalBackend, port: any ConversationPort = SilentPort(), interviewer: InterviewerReply? = nil
    )
        -> ProgramLoop<ChatProgram, ChatEffects>
    {
        ProgramLoop(
            ChatProgram.self, backend: backend,
            performer: ChatEffects(
                backend: backend, conversation: port, save: { _ in .saved }, log: throwawayLog(),
                interviewer: interviewer))
    }

    @Test("Ctrl-C quits and the loop returns the final state")
    func controlCQuits() async {
        let backend = TestTerminalBackend()
        backend.press(0x03)
        let running = Task { await loop(backend).run(quietChat()) }
        let final = await value(of: running)
        #expect(final?.isQuitting == true)
        #expect(backend.frames.count == 1, "the first frame is drawn; nothing after the quit")
    }

    @Test("a hang-up quits like a signal")
    func hangUpQuits() async {
        let backend = TestTerminalBackend()
        backend.hangUp()
        let running = Task { await loop(backend).run(quietChat()) }
        #expect(await value(of: running)?.isQuitting == true)
    }

    @Test("a typed line goes to the conversation and shows in the chat")
    func typedLineIsSent() async {
        let backend = TestTerminalBackend()
        let port = SilentPort()
        let running = Task { await loop(backend, port: port).run(quietChat()) }
        backend.typeLine("I live here for two year.")
        #expect(await backend.frame(showing: "I live here for two year.") != nil)
        backend.press(0x03)
        _ = await value(of: running)
        #expect(port.sent.withLock { $0.map(\.text) } == ["I live here for two year."])
        #expect(port.sent.withLock { $0.first?.speaker } == .learnerA)
    }

    @Test("the mouse is off at start unless asked for, and /mouse turns it on")
    func mouseReporting() async {
        let backend = TestTerminalBackend()
        let running = Task { await loop(backend).run(quietChat()) }
        backend.typeLine("/mouse")
        backend.typeLine("after the mouse")  // reduced in order: once it shows, /mouse's effect is done
        #expect(await backend.frame(showing: "after the mouse") != nil)
        backend.press(0x03)
        _ = await value(of: running)
        #expect(backend.mouseReporting == [false, true])

        let withMouse = TestTerminalBackend()
        withMouse.press(0x03)
        _ = await value(
            of: Task { await loop(withMouse).run(quietChat(SessionSettings(userName: "tester", mouseCapture: true))) })
        #expect(withMouse.mouseReporting == [true])
    }

    @Test("a lone Escape is a key once its timeout passes: it closes the help")
    func loneEscape() async {
        let backend = TestTerminalBackend()
        let running = Task { await loop(backend).run(quietChat()) }
        backend.typeLine("/help")
        #expect(await backend.frame(showing: "Press any key to close.") != nil)
        backend.press(0x1B)  // nothing follows: only the reader's Escape timeout can resolve it
        #expect(await backend.frame { !$0.text.contains("Press any key to close.") } != nil)
        backend.press(0x03)
        #expect(await value(of: running)?.overlay == nil)
    }

    @Test("the loop takes the terminal's size, and a resize redraws at the new size")
    func sizes() async {
        let backend = TestTerminalBackend(size: TerminalSize(columns: 100, rows: 30))
        let running = Task { await loop(backend).run(quietChat()) }
        #expect(await backend.frame { $0.size == TerminalSize(columns: 100, rows: 30) } != nil)
        backend.resize(to: TerminalSize(columns: 70, rows: 20))
        #expect(await backend.frame { $0.size == TerminalSize(columns: 70, rows: 20) } != nil)
        backend.press(0x03)
        #expect(await value(of: running)?.size == TerminalSize(columns: 70, rows: 20))
    }

    @Test("the model interviewer's streamed reply is cancelled when the conversation ends")
    func replyCancelledAtEnd() async {
        let (cancellations, cancelled) = AsyncStream.makeStream(of: Void.self)
        let (never, neverContinuation) = AsyncStream.makeStream(of: Void.self)
        let interviewer: InterviewerReply = { _, onDelta in
            onDelta("Hello there, how was your weekend?")
            for await _ in never {}  // streams until cancelled
            if Task.isCancelled { cancelled.yield() }
            throw CancellationError()
        }
        let backend = TestTerminalBackend()
        let port = SilentPort()
        let state = AppState.session(
            .chat(.live(LiveInterviewerState(title: "Weekend (model)"))), settings: SessionSettings(userName: "tester"),
            theme: .mono,
            analyser: .rules)
        let running = Task { await loop(backend, port: port, interviewer: interviewer).run(state) }
        #expect(await backend.frame(showing: "how was your weekend?") != nil)
        backend.typeLine("/end")
        #expect(await first(of: cancellations) != nil, "the reply's task was cancelled")
        #expect(await backend.frame(showing: "Conversation ended") != nil)
        backend.press(0x03)
        let final = await value(of: running)
        neverContinuation.finish()
        #expect(final?.conversationEnded == true)
        #expect(port.ended.withLock { $0 } == [state.conversationID])
    }

    @Test("a save effect runs through the injected saver and its result comes back as an event")
    func saveThroughInjectedSaver() async {
        let saved = Mutex<[String]>([])
        let backend = TestTerminalBackend()
        let effects = ChatEffects(
            backend: backend, conversation: SilentPort(),
            save: { module in
                saved.withLock { $0.append(module.id) }
                return .saved
            },
            log: throwawayLog())
        let (events, sink) = AsyncStream.makeStream(of: AppEvent.self)
        let module = sampleModule(id: "m-1")
        let immediate = await effects.perform(.save(module), EventSink { sink.yield($0) })
        #expect(immediate.isEmpty, "a save runs in the background")
        guard case .saveFinished(let id, let error, _) = await first(of: events) else {
            Issue.record("no saveFinished event")
            return
        }
        #expect(id == "m-1" && error == nil)
        #expect(saved.withLock { $0 } == ["m-1"])
    }

    @Test("a failed save comes back with the saver's message")
    func failedSave() async {
        struct DiskFull: Error, CustomStringConvertible { var description: String { "the disk is full" } }
        let effects = ChatEffects(
            backend: TestTerminalBackend(), conversation: SilentPort(), save: { _ in throw DiskFull() },
            log: throwawayLog())
        let (events, sink) = AsyncStream.makeStream(of: AppEvent.self)
        _ = await effects.perform(.save(sampleModule(id: "m-2")), EventSink { sink.yield($0) })
        guard case .saveFinished(let id, let error, _) = await first(of: events) else {
            Issue.record("no saveFinished event")
            return
        }
        #expect(id == "m-2" && error == "the disk is full")
    }
}

/// A small module, for what does not need the engine.
func sampleModule(id: String) -> TeachingModule {
    TeachingModule(
        id: id, conversationID: "c", learner: .learnerA, language: .english,
        utterance: ModuleUtterance(text: "She go to school.", messageIndex: 2, context: []),
        focus: Focus(
            kind: .correction, errorType: "R:VERB:SVA", ruleID: "agreement.third-person",
            label: LocalizedText(en: "Subject–verb agreement", ko: "주어와 동사의 일치"), span: TextSpan(start: 4, end: 6),
            original: "go",
            correction: "goes"),
        correctedSentence: "She goes to school.",
        explanation: LocalizedText(en: "After she, add -s to the verb.", ko: "she 뒤에는 동사에 -s를 붙여요."),
        tips: [LocalizedText(en: "Find the subject first.", ko: "주어를 먼저 찾으세요.")],
        problems: [
            Problem(
                kind: .fillInTheBlank, instruction: LocalizedText(en: "Fill in the blank.", ko: "빈칸을 채우세요."),
                text: "She ___ to school.", answer: "goes"),
            Problem(
                kind: .multipleChoice, instruction: LocalizedText(en: "Choose one.", ko: "고르세요."),
                text: "She ___ to school.",
                choices: ["go", "goes", "going"], answer: "goes"),
        ],
        provenance: Provenance(
            analyser: "a", generator: "g", cluster: ClusterSummary(key: "k", size: 1, rank: 1), confidence: 0.9))
}

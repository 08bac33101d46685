// The streamed model interviewer as pure state changes: pieces, typing meanwhile, ending.

import TerminalKit
import Testing
import TutorCore

@testable import TutorUI

private func liveState() -> AppState {
    var state = AppState(
        size: TerminalSize(columns: 100, rows: 24), theme: .mono, conversationID: "c", userName: "t",
        analyserName: "llm")
    state.liveInterviewer = LiveInterviewerState(title: "Job interview (model)")
    return state
}

private func say(_ text: String, _ state: inout AppState) -> [AppEffect] {
    _ = Reducer.reduce(&state, .input(.text(text)))
    return Reducer.reduce(&state, .input(.key(.enter, [])))
}

private func startsReply(_ effects: [AppEffect]) -> Bool {
    effects.contains { if case .startInterviewerReply = $0 { true } else { false } }
}

@Suite("Live interviewer")
struct LiveInterviewerTests {
    @Test("the app starts by asking the model for its first turn")
    func firstTurn() {
        var state = liveState()
        let effects = Reducer.start(&state)
        #expect(effects.first == .startInterviewerReply(history: []))
        #expect(state.liveInterviewer?.isStreaming == true)
    }

    @Test("pieces of a reply grow one chat entry, sanitised; the whole reply then goes to the engine")
    func streaming() {
        var state = liveState()
        _ = Reducer.start(&state)
        #expect(Reducer.reduce(&state, .interviewerStream(.delta("Hello, "))).isEmpty)
        _ = Reducer.reduce(&state, .interviewerStream(.delta("how are\u{1B}[31m ")))
        _ = Reducer.reduce(&state, .interviewerStream(.delta("you?")))
        #expect(state.entries == [ChatEntry(speaker: .interviewer, text: "Hello, how are you?")])
        let effects = Reducer.reduce(&state, .interviewerStream(.finished))
        #expect(effects == [.send(Message(conversationID: "c", speaker: .interviewer, text: "Hello, how are you?"))])
        #expect(state.liveInterviewer?.isStreaming == false)
    }

    @Test("a learner line gets a reply with the conversation so far")
    func replyToLearner() {
        var state = liveState()
        _ = Reducer.start(&state)
        _ = Reducer.reduce(&state, .interviewerStream(.delta("Hi! Who are you?")))
        _ = Reducer.reduce(&state, .interviewerStream(.finished))
        let effects = say("I am Jisoo.", &state)
        #expect(
            effects.contains(
                .startInterviewerReply(history: [
                    ChatEntry(speaker: .interviewer, text: "Hi! Who are you?"),
                    ChatEntry(speaker: .learnerA, text: "I am Jisoo."),
                ])))
    }

    @Test("the learner can type and send while a reply streams; the interviewer answers after it")
    func typingWhileStreaming() {
        var state = liveState()
        _ = Reducer.start(&state)
        _ = Reducer.reduce(&state, .interviewerStream(.delta("Tell me about")))
        let sent = say("Sorry, one moment", &state)
        #expect(!startsReply(sent))
        #expect(sent.contains(.send(Message(conversationID: "c", speaker: .learnerA, text: "Sorry, one moment"))))
        _ = Reducer.reduce(&state, .interviewerStream(.delta(" yourself.")))
        #expect(state.entries.map(\.text) == ["Tell me about yourself.", "Sorry, one moment"])
        #expect(startsReply(Reducer.reduce(&state, .interviewerStream(.finished))))
    }

    @Test("ending the conversation cancels the stream; later pieces are ignored")
    func endingCancels() {
        var state = liveState()
        _ = Reducer.start(&state)
        _ = Reducer.reduce(&state, .interviewerStream(.delta("Well")))
        let effects = Reducer.reduce(&state, .input(.control("e")))
        #expect(effects.first == .cancelInterviewerReply)
        #expect(effects.contains(.endConversation("c")))
        _ = Reducer.reduce(&state, .interviewerStream(.delta(" then")))
        #expect(state.entries.first?.text == "Well")
    }

    @Test("a failed reply says why in the status bar and waits for the learner")
    func failure() {
        var state = liveState()
        _ = Reducer.start(&state)
        let effects = Reducer.reduce(&state, .interviewerStream(.failed("cannot reach the model")))
        #expect(effects.isEmpty)
        #expect(state.notice == "Interviewer: cannot reach the model")
        #expect(startsReply(say("Hello?", &state)))
    }
}

@Suite("Status bar with a model")
struct ModelStatusBarTests {
    @Test("a batch the model failed, analysed by the built-in analyser, shows as (fallback) in the status bar")
    func fallbackShown() {
        var state = liveState()
        state.analyserName = "llm/analyser.v1 (m)"
        let statusRow = { (state: AppState) in Renderer.render(state).screen.lines.last ?? "" }
        #expect(!statusRow(state).contains("(fallback)"))
        _ = Reducer.reduce(
            &state,
            .engine(
                .batchAnalysed(
                    BatchAnalysed(
                        conversationID: "c", learner: .learnerA, batchIndex: 0, utteranceCount: 10, findingCount: 3,
                        analyser: "builtin-rules/1", failure: "llm: cannot reach the model", duration: .milliseconds(5))
                )))
        #expect(statusRow(state).contains("(fallback)"))
        #expect(statusRow(state).contains("Job interview (model)"))
    }
}

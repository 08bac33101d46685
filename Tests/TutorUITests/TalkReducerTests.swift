// Talk mode as pure state changes: whose line is whose, whose modules show, leaving and ending.

import Testing
import TerminalKit
import TutorCore
@testable import TutorUI

private func talkState(_ role: TalkRole) -> AppState {
    var state = AppState(size: TerminalSize(columns: 120, rows: 30), theme: .mono, conversationID: "c", userName: "tester", analyserName: "builtin-rules/1")
    state.talk = role
    if case .guest = role { state.learner = .learnerB }
    return state
}

private func moduleOf(_ learner: Speaker, id: String) -> TeachingModule {
    var sample = module(id, label: "Agreement", original: "go", correction: "goes", sentence: "She go to school.", corrected: "She goes to school.")
    sample.learner = learner
    return sample
}

@Suite("Talk mode reducer")
struct TalkReducerTests {
    @Test("on the host, the guest's line is posted as learner B and sent to the engine, whatever speaker it claims")
    func hostFilesGuestLines() {
        var state = talkState(.host(code: "ABCD-EFGH-JKLM"))
        let effects = Reducer.reduce(&state, .talk(.peerSaid(.learnerA, "I has a cat.")))
        #expect(state.entries.last == ChatEntry(speaker: .learnerB, text: "I has a cat."))
        #expect(effects == [.send(Message(conversationID: "c", speaker: .learnerB, text: "I has a cat."))])
    }

    @Test("on the guest, the host's line is shown and not sent anywhere")
    func guestShowsHostLines() {
        var state = talkState(.guest(hostName: "host"))
        let effects = Reducer.reduce(&state, .talk(.peerSaid(.learnerA, "Hello\u{1B}[2J!")))
        #expect(state.entries.last == ChatEntry(speaker: .learnerA, text: "Hello!"))
        #expect(effects.isEmpty)
    }

    @Test("the guest's own line goes out as learner B")
    func guestSends() {
        var state = talkState(.guest(hostName: "host"))
        _ = Reducer.reduce(&state, .input(.text("Hi!")))
        let effects = Reducer.reduce(&state, .input(.key(.enter, [])))
        #expect(effects.contains(.send(Message(conversationID: "c", speaker: .learnerB, text: "Hi!"))))
    }

    @Test("the guest shows only its own modules of its own conversation")
    func guestModules() {
        var state = talkState(.guest(hostName: "host"))
        _ = Reducer.reduce(&state, .talk(.moduleArrived(moduleOf(.learnerA, id: "a"))))
        var otherConversation = moduleOf(.learnerB, id: "x")
        otherConversation.conversationID = "other"
        _ = Reducer.reduce(&state, .talk(.moduleArrived(otherConversation)))
        _ = Reducer.reduce(&state, .talk(.moduleArrived(moduleOf(.learnerB, id: "b"))))
        _ = Reducer.reduce(&state, .talk(.moduleArrived(moduleOf(.learnerB, id: "b"))))
        #expect(state.modules.map(\.module.id) == ["b"])
    }

    @Test("the host does not show the guest's modules from the engine")
    func hostModules() {
        var state = talkState(.host(code: "ABCD-EFGH-JKLM"))
        let report = ValidationReport(moduleID: "b", checks: [])
        _ = Reducer.reduce(&state, .engine(.moduleValidated(ModuleOutcome(conversationID: "c", learner: .learnerB, module: moduleOf(.learnerB, id: "b"), report: report, duration: .zero))))
        #expect(state.modules.isEmpty)
    }

    @Test("the guest's /end leaves; the host is told and can keep chatting")
    func leaving() {
        var guest = talkState(.guest(hostName: "host"))
        _ = Reducer.reduce(&guest, .input(.text("/end")))
        #expect(Reducer.reduce(&guest, .input(.key(.enter, []))) == [.endConversation("c")])
        #expect(guest.conversationEnded)

        var host = talkState(.host(code: "ABCD-EFGH-JKLM"))
        _ = Reducer.reduce(&host, .talk(.peerLeft(reason: "left")))
        #expect(host.entries.last?.text.hasPrefix("The other learner left.") == true)
        _ = Reducer.reduce(&host, .input(.text("Still here")))
        #expect(Reducer.reduce(&host, .input(.key(.enter, []))).contains(.send(Message(conversationID: "c", speaker: .learnerA, text: "Still here"))))
    }

    @Test("when the host ends, the guest stops sending, then gets the summary")
    func hostEnds() {
        var state = talkState(.guest(hostName: "host"))
        _ = Reducer.reduce(&state, .talk(.hostEnded))
        #expect(state.conversationEnded)
        _ = Reducer.reduce(&state, .talk(.moduleArrived(moduleOf(.learnerB, id: "b"))))
        _ = Reducer.reduce(&state, .talk(.summary(findingsByType: ["R:VERB:SVA": 1])))
        #expect(state.modules.count == 1)
        #expect(state.progress.isDone)
        #expect(state.overlay == .summary)
        // The host closing its end afterwards adds nothing.
        let count = state.entries.count
        _ = Reducer.reduce(&state, .talk(.peerLeft(reason: "closed the conversation")))
        #expect(state.entries.count == count)
    }
}

extension TalkReducerTests {
    @Test("the guest counts its messages the host analysed")
    func analysedCount() {
        var state = talkState(.guest(hostName: "host"))
        _ = Reducer.reduce(&state, .talk(.analysed(utteranceCount: 2)))
        _ = Reducer.reduce(&state, .talk(.analysed(utteranceCount: 3)))
        #expect(state.progress.messagesAnalysed == 5)
    }
}

extension TalkReducerTests {
    @Test("the status bar keeps the host's join code in sight, and names the host on the guest")
    func statusBar() {
        let statusRow = { (state: AppState) in Renderer.render(state).screen.lines.last ?? "" }
        #expect(statusRow(talkState(.host(code: "ABCD-EFGH-JKLM"))).contains("Talk · code ABCD-EFGH-JKLM"))
        #expect(statusRow(talkState(.guest(hostName: "minji"))).contains("Talk with minji"))
    }
}

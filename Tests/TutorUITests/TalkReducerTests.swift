// Talk mode as pure state changes: whose line is whose, whose modules show, leaving and ending.

import TerminalKit
import Testing

@testable import TutorCore
@testable import TutorUI

private func talkState(_ role: TalkRole) -> AppState {
    var state = AppState(
        size: TerminalSize(columns: 120, rows: 30), theme: .mono, conversationID: "c", userName: "tester",
        analyserName: "builtin-rules/1")
    state.talk = role
    if case .guest = role { state.learner = .learnerB }
    return state
}

private func moduleOf(_ learner: Speaker, id: String) -> TeachingModule {
    var sample = module(
        id, label: "Agreement", original: "go", correction: "goes", sentence: "She go to school.",
        corrected: "She goes to school.")
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

    @Test("each side shows the other learner by the name they joined or host with, never raw")
    func peerNames() {
        var host = talkState(.host(code: "ABCD-EFGH-JKLM-NPQR"))
        _ = Reducer.reduce(&host, .talk(.peerJoined(name: "minji\u{1B}[2J")))
        _ = Reducer.reduce(&host, .talk(.peerSaid(.learnerB, "I has a cat.")))
        let hostScreen = Renderer.render(host).screen.lines.joined(separator: "\n")
        #expect(hostScreen.contains("minji: I has a cat.") && !hostScreen.contains("Learner B"))
        var guest = talkState(.guest(hostName: "jisoo"))
        _ = Reducer.reduce(&guest, .talk(.peerSaid(.learnerA, "Hello there.")))
        #expect(Renderer.render(guest).screen.lines.joined(separator: "\n").contains("jisoo: Hello there."))
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
        _ = Reducer.reduce(&state, validated(.learnerB, id: "b"))
        #expect(state.modules.isEmpty)
        // The positive control: the same event for the host's own learner is shown, so the
        // empty list above is the filter at work, not an event the reducer drops.
        _ = Reducer.reduce(&state, validated(.learnerA, id: "a"))
        #expect(state.modules.map(\.module.id) == ["a"])
    }

    @Test("the guest's /end leaves; the host is told and can keep chatting")
    func leaving() {
        var guest = talkState(.guest(hostName: "host"))
        _ = Reducer.reduce(&guest, .input(.text("/end")))
        #expect(Reducer.reduce(&guest, .input(.key(.enter, []))) == [.leaveTalk])
        #expect(guest.conversationEnded)

        var host = talkState(.host(code: "ABCD-EFGH-JKLM"))
        _ = Reducer.reduce(&host, .talk(.peerLeft(reason: "left")))
        #expect(host.entries.last?.text.hasPrefix("The other learner left.") == true)
        _ = Reducer.reduce(&host, .input(.text("Still here")))
        #expect(
            Reducer.reduce(&host, .input(.key(.enter, []))).contains(
                .send(Message(conversationID: "c", speaker: .learnerA, text: "Still here"))))
    }

    @Test("when the host ends, the guest stops sending, then gets the summary")
    func hostEnds() {
        var state = talkState(.guest(hostName: "host"))
        _ = Reducer.reduce(&state, .talk(.hostEnded))
        #expect(state.conversationEnded)
        _ = Reducer.reduce(&state, .talk(.moduleArrived(moduleOf(.learnerB, id: "b"))))
        _ = Reducer.reduce(&state, .talk(.summary(findingsByTopic: [sva: 1])))
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
    @Test("the host's status bar shows the join code only while it waits for the guest; the guest's names the host")
    func statusBar() {
        let statusRow = { (state: AppState) in Renderer.render(state).screen.lines.last ?? "" }
        var host = talkState(.host(code: "ABCD-EFGH-JKLM"))
        #expect(statusRow(host).contains("Talk · code ABCD-EFGH-JKLM"))
        _ = Reducer.reduce(&host, .talk(.peerJoined(name: "minji")))
        #expect(statusRow(host).contains("Talk with minji") && !statusRow(host).contains("ABCD"), "the code works once")
        _ = Reducer.reduce(&host, .talk(.peerLeft(reason: "left")))
        #expect(statusRow(host).contains("Talk with minji") && !statusRow(host).contains("ABCD"))
        #expect(statusRow(talkState(.guest(hostName: "minji"))).contains("Talk with minji"))
    }
}

// MARK: - The host goes on with the interviewer

private func hostWhoseGuestLeft(
    _ standby: StandbyInterviewer? = .script(
        InterviewerState(scriptTitle: "Small talk", lines: ["How are you?", "Bye!"]))
) -> AppState {
    var state = talkState(.host(code: "ABCD-EFGH-JKLM"))
    state.standbyInterviewer = standby
    _ = Reducer.reduce(&state, .talk(.peerJoined(name: "minji")))
    _ = Reducer.reduce(&state, .talk(.peerLeft(reason: "left")))
    return state
}

private func type(_ text: String, _ state: inout AppState) -> [AppEffect] {
    _ = Reducer.reduce(&state, .input(.text(text)))
    return Reducer.reduce(&state, .input(.key(.enter, [])))
}

extension TalkReducerTests {
    @Test("the host is told the guest left by the name they joined with, in either language")
    func guestLeftByName() {
        var korean = talkState(.host(code: "ABCD-EFGH-JKLM"))
        korean.strings = Strings.builtIn(.korean)
        _ = Reducer.reduce(&korean, .talk(.peerJoined(name: "minji")))
        _ = Reducer.reduce(&korean, .talk(.peerLeft(reason: "left")))
        #expect(korean.entries.last?.text.hasPrefix("minji 님이 나갔어요.") == true)
        #expect(hostWhoseGuestLeft().entries.last?.text.hasPrefix("minji left.") == true)
    }

    @Test("when the guest leaves, the host is offered the interviewer or the end")
    func offerInterviewer() {
        let state = hostWhoseGuestLeft()
        #expect(state.guestPresence == .gone)
        #expect(
            state.entries.last?.text
                == "minji left. Type /interviewer to go on with the interviewer (Small talk), or /end to finish and see your summary."
        )
        #expect(state.interviewer == nil)
    }

    @Test("the host's screen after the guest left: the offer in the chat")
    func guestLeftScreen() throws {
        var state = hostWhoseGuestLeft()
        state.entries.insert(ChatEntry(speaker: .system, text: "Join code: ABCD-EFGH-JKLM"), at: 0)
        try GoldenScreen.check(Renderer.render(state).screen, "talk-guest-left-120x30")
    }

    @Test(
        "/interviewer brings in the scripted interviewer in the same conversation; the host's lines go on to the engine"
    )
    func scriptedInterviewerTakesOver() {
        var state = hostWhoseGuestLeft()
        let effects = type("/interviewer", &state)
        #expect(effects.contains(.schedule(.interviewerReply, after: Reducer.typingPause(for: "How are you?"))))
        #expect(state.standbyInterviewer == nil)
        #expect(state.interviewer?.isTyping == true)
        #expect(
            Reducer.reduce(&state, .timer(.interviewerReply)) == [
                .send(Message(conversationID: "c", speaker: .interviewer, text: "How are you?"))
            ])
        #expect(state.entries.last == ChatEntry(speaker: .interviewer, text: "How are you?"))
        let reply = type("I am fine, thank you.", &state)
        #expect(reply.contains(.send(Message(conversationID: "c", speaker: .learnerA, text: "I am fine, thank you."))))
        #expect(reply.contains(.schedule(.interviewerReply, after: Reducer.typingPause(for: "Bye!"))))
        // It comes once: a second /interviewer changes nothing.
        #expect(type("/interviewer", &state).isEmpty)
        #expect(state.interviewer?.pendingLine == "Bye!")
    }

    @Test("a host who writes before the interviewer's greeting appears sees the greeting first, then gets an answer")
    func messageBeforeGreeting() {
        var state = hostWhoseGuestLeft()
        _ = type("/interviewer", &state)
        let effects = type("I am fine, thank you.", &state)
        #expect(
            Array(effects.prefix(2)) == [
                .send(Message(conversationID: "c", speaker: .interviewer, text: "How are you?")),
                .send(Message(conversationID: "c", speaker: .learnerA, text: "I am fine, thank you.")),
            ])
        #expect(Array(state.entries.suffix(2).map(\.speaker)) == [.interviewer, .learnerA])
        #expect(state.interviewer?.pendingLine == "Bye!")
        #expect(
            Reducer.reduce(&state, .timer(.interviewerReply)).contains(
                .send(Message(conversationID: "c", speaker: .interviewer, text: "Bye!"))))
    }

    @Test("/interviewer brings in the model interviewer, which starts replying")
    func liveInterviewerTakesOver() {
        var state = hostWhoseGuestLeft(.live(LiveInterviewerState(title: "Job interview (model)")))
        let effects = type("/interviewer", &state)
        #expect(state.liveInterviewer?.isStreaming == true)
        #expect(effects.contains { if case .startInterviewerReply = $0 { true } else { false } })
        #expect(Renderer.render(state).screen.lines.last?.contains("Job interview (model)") == true)
    }

    @Test(
        "/interviewer waits for the guest to leave, and not after the end or on the guest's side",
        arguments: [
            GuestPresence.notYet, .here,
        ])
    func interviewerRefused(presence: GuestPresence) {
        var state = talkState(.host(code: "ABCD-EFGH-JKLM"))
        state.standbyInterviewer = .script(InterviewerState(scriptTitle: "Small talk", lines: ["Hi"]))
        state.guestPresence = presence
        #expect(type("/interviewer", &state).isEmpty)
        #expect(state.interviewer == nil)
        #expect(state.notice == "The interviewer can join once the other learner has left.")

        var ended = hostWhoseGuestLeft()
        _ = type("/end", &ended)
        #expect(type("/interviewer", &ended).isEmpty)
        #expect(ended.interviewer == nil)

        var guest = talkState(.guest(hostName: "host"))
        #expect(type("/interviewer", &guest).isEmpty)
        #expect(guest.interviewer == nil)
    }
}

// MARK: - The host quits: the conversation ends for both first

private func hostWithGuest() -> AppState {
    var state = talkState(.host(code: "ABCD-EFGH-JKLM"))
    _ = Reducer.reduce(&state, .talk(.peerJoined(name: "minji")))
    _ = Reducer.reduce(&state, .talk(.peerSaid(.learnerB, "I has a cat.")))
    return state
}

/// The engine's event for a module of `learner`'s that passed validation.
private func validated(_ learner: Speaker, id: String) -> AppEvent {
    .engine(
        .moduleValidated(
            ModuleOutcome(
                conversationID: "c", learner: learner, module: moduleOf(learner, id: id),
                report: ValidationReport(moduleID: id, checks: []), duration: .zero)))
}

private func done(_ learners: [Speaker: LearnerSummary]) -> AppEvent {
    let total = learners.values.reduce(into: LearnerSummary()) { $0.add($1) }
    return .engine(
        .conversationDone(
            ConversationSummary(
                conversationID: "c", messageCount: 3, utterancesAnalysed: total.utterancesAnalysed, batchCount: 2,
                findingCount: total.findingCount,
                findingsByErrorType: [:], modulesValidated: 0, modulesRejected: 0,
                timings: StageTimings(), learners: learners)))
}

extension TalkReducerTests {
    @Test("a host's Ctrl-C with the guest here ends for both, and quits once the summary has gone out")
    func quitEndsForBoth() {
        var state = hostWithGuest()
        let effects = Reducer.reduce(&state, .input(.control("c")))
        #expect(effects.contains(.endConversation("c")))
        #expect(effects.contains(.schedule(.quitDeadline, after: Reducer.endingForBothLimit)))
        #expect(!effects.contains(.quit))
        #expect(state.overlay == .endingForBoth)
        #expect(!state.isQuitting)
        // Keys other than Ctrl-C do nothing meanwhile.
        #expect(Reducer.reduce(&state, .input(.text("x"))).isEmpty)
        #expect(Reducer.reduce(&state, .terminate).isEmpty)
        #expect(Reducer.reduce(&state, done([.learnerB: LearnerSummary(utterancesAnalysed: 1)])) == [.quit])
        #expect(state.isQuitting)
    }

    @Test(
        "the wait is bounded: the deadline, a second Ctrl-C or the guest leaving quits",
        arguments: [
            AppEvent.timer(.quitDeadline), .input(.control("c")), .talk(.peerLeft(reason: "dropped")),
        ])
    func endingForBothIsBounded(event: AppEvent) {
        var state = hostWithGuest()
        _ = Reducer.reduce(&state, .input(.control("c")))
        #expect(Reducer.reduce(&state, event) == [.quit])
        #expect(state.isQuitting)
    }

    @Test("a host quits at once with no guest here, or when the analysis is done; a confirmed quit also ends for both")
    func quitAtOnce() {
        var alone = talkState(.host(code: "ABCD-EFGH-JKLM"))
        #expect(Reducer.reduce(&alone, .input(.control("c"))) == [.quit])
        var left = hostWhoseGuestLeft()
        #expect(Reducer.reduce(&left, .input(.control("c"))) == [.quit])
        var finished = hostWithGuest()
        _ = type("/end", &finished)
        _ = Reducer.reduce(&finished, done([:]))
        #expect(Reducer.reduce(&finished, .input(.control("c"))) == [.quit])

        var unsaved = hostWithGuest()
        _ = Reducer.reduce(&unsaved, validated(.learnerA, id: "a"))
        _ = Reducer.reduce(&unsaved, .input(.control("c")))
        #expect(unsaved.overlay == .confirmQuit(unsavedCount: 1))
        #expect(Reducer.reduce(&unsaved, .input(.text("y"))).contains(.endConversation("c")))
        #expect(unsaved.overlay == .endingForBoth)
    }

    @Test("the ending-for-both box")
    func endingForBothScreen() throws {
        var state = hostWithGuest()
        state.entries.insert(ChatEntry(speaker: .system, text: "Join code: ABCD-EFGH-JKLM"), at: 0)
        _ = Reducer.reduce(&state, .input(.control("c")))
        try GoldenScreen.check(Renderer.render(state).screen, "talk-ending-for-both-120x30")
    }
}

// MARK: - Each learner's summary is their own

extension TalkReducerTests {
    @Test("each side's summary shows only its own learner's findings; a replay shows everyone's")
    func summaryIsPerLearner() {
        let learners: [Speaker: LearnerSummary] = [
            .learnerA: LearnerSummary(utterancesAnalysed: 2, findingsByTopic: [sva: 2]),
            .learnerB: LearnerSummary(utterancesAnalysed: 1, findingsByTopic: [det: 1, sva: 1]),
        ]
        var host = hostWithGuest()
        _ = type("/end", &host)
        _ = Reducer.reduce(&host, done(learners))
        #expect(host.progress.findingsByTopic == [sva: 2])
        #expect(host.overlay == .summary)

        var chat = baseState()
        _ = Reducer.reduce(&chat, done([.learnerA: learners[.learnerA] ?? LearnerSummary()]))
        #expect(chat.progress.findingsByTopic == [sva: 2])

        var replay = baseState()
        replay.replay = ReplayState(title: "Recorded", lines: [], speed: 1)
        _ = Reducer.reduce(&replay, done(learners))
        #expect(replay.progress.findingsByTopic == [sva: 3, det: 1])
    }
}

// MARK: - The host goes away before the guest's summary: the guest analyses here

extension TalkReducerTests {
    @Test("a host that drops before the summary: the guest's own lines go to its own engine, then the end")
    func guestAnalysesHere() {
        var state = talkState(.guest(hostName: "host"))
        state.analyserName = "host's rules (offline)"
        state.ownAnalyserName = "builtin-rules/1"
        _ = type("I has a cat.", &state)
        _ = Reducer.reduce(&state, .talk(.peerSaid(.learnerA, "Nice! What is its name?")))
        _ = type("It name is Nabi.", &state)
        _ = Reducer.reduce(&state, .talk(.analysed(utteranceCount: 1)))
        let effects = Reducer.reduce(&state, .talk(.peerLeft(reason: "dropped")))
        #expect(
            effects.filter { if case .schedule = $0 { false } else { true } } == [
                .send(Message(conversationID: "c", speaker: .learnerB, text: "I has a cat.")),
                .send(Message(conversationID: "c", speaker: .learnerB, text: "It name is Nabi.")),
                .endConversation("c"),
            ])
        #expect(
            state.entries.last?.text
                == "The host dropped. Your messages are analysed here instead: your modules and summary follow.")
        #expect(state.conversationEnded && state.progress.isEnding && state.progress.messagesAnalysed == 0)
        #expect(state.analyserName == "builtin-rules/1")
        // The engine here reports like a chat's: the guest's modules, then its own summary.
        _ = Reducer.reduce(&state, validated(.learnerB, id: "b"))
        _ = Reducer.reduce(
            &state, done([.learnerB: LearnerSummary(utterancesAnalysed: 2, findingsByTopic: [sva: 1])]))
        #expect(state.modules.map(\.module.id) == ["b"])
        #expect(state.progress.isDone && state.overlay == .summary)
        #expect(state.progress.findingsByTopic == [sva: 1])
    }

    @Test("analysing here skips a module for an utterance the host already taught")
    func analysingHereSkipsTaughtUtterances() {
        var state = talkState(.guest(hostName: "host"))
        _ = type("She go to school.", &state)
        _ = Reducer.reduce(&state, .talk(.hostEnded))
        _ = Reducer.reduce(&state, .talk(.moduleArrived(moduleOf(.learnerB, id: "from-host"))))
        _ = Reducer.reduce(&state, .talk(.peerLeft(reason: "dropped")))
        let report = ValidationReport(moduleID: "here", checks: [])
        _ = Reducer.reduce(
            &state,
            .engine(
                .moduleValidated(
                    ModuleOutcome(
                        conversationID: "c", learner: .learnerB, module: moduleOf(.learnerB, id: "here"),
                        report: report, duration: .zero))))
        #expect(state.modules.map(\.module.id) == ["from-host"])
    }

    @Test(
        "no second analysis when the host goes after the guest's own leave; none after the summary, or with nothing said"
    )
    func noAnalysisHere() {
        var left = talkState(.guest(hostName: "host"))
        _ = type("Hello.", &left)
        _ = type("/end", &left)
        let entries = left.entries.count
        #expect(Reducer.reduce(&left, .talk(.peerLeft(reason: "dropped"))).isEmpty)
        #expect(left.entries.count == entries)

        var finished = talkState(.guest(hostName: "host"))
        _ = type("Hello.", &finished)
        _ = Reducer.reduce(&finished, .talk(.summary(findingsByTopic: [:])))
        #expect(Reducer.reduce(&finished, .talk(.peerLeft(reason: "closed the conversation"))).isEmpty)

        var silent = talkState(.guest(hostName: "host"))
        #expect(Reducer.reduce(&silent, .talk(.peerLeft(reason: "dropped"))).isEmpty)
        #expect(silent.entries.last?.text == "The host dropped. Save what you want, then Ctrl-C quits.")
    }
}

// MARK: - The guest leaves first: its own engine analyses its lines

extension TalkReducerTests {
    @Test("a guest who leaves first says goodbye, then its own engine analyses its lines: modules and a summary follow")
    func guestLeavesFirst() {
        var state = talkState(.guest(hostName: "host"))
        state.guestPresence = .here
        state.analyserName = "host's rules (offline)"
        state.ownAnalyserName = "builtin-rules/1"
        _ = type("I has a cat.", &state)
        _ = Reducer.reduce(&state, .talk(.peerSaid(.learnerA, "Nice! What is its name?")))
        _ = type("It name is Nabi.", &state)
        _ = Reducer.reduce(&state, .talk(.analysed(utteranceCount: 1)))
        let effects = type("/end", &state)
        #expect(
            effects.filter { if case .schedule = $0 { false } else { true } } == [
                .leaveTalk,
                .send(Message(conversationID: "c", speaker: .learnerB, text: "I has a cat.")),
                .send(Message(conversationID: "c", speaker: .learnerB, text: "It name is Nabi.")),
                .endConversation("c"),
            ])
        #expect(
            state.entries.last?.text
                == "You left the conversation. Your messages are analysed here: your modules and summary follow.")
        #expect(state.conversationEnded && state.progress.isEnding && state.progress.messagesAnalysed == 0)
        #expect(state.guestPresence == .gone && state.analyserName == "builtin-rules/1")
        // The host's frames still in flight do not count twice or end it early; the host's going is expected.
        _ = Reducer.reduce(&state, .talk(.analysed(utteranceCount: 2)))
        _ = Reducer.reduce(&state, .talk(.hostEnded))
        _ = Reducer.reduce(&state, .talk(.summary(findingsByTopic: [det: 9])))
        #expect(Reducer.reduce(&state, .talk(.peerLeft(reason: "dropped"))).isEmpty)
        #expect(state.progress.messagesAnalysed == 0 && !state.progress.isDone && state.overlay == nil)
        // The engine here: the analysis, a module, then the guest's own summary.
        _ = Reducer.reduce(
            &state,
            .engine(
                .batchAnalysed(
                    BatchAnalysed(
                        conversationID: "c", learner: .learnerB, batchIndex: 0, utteranceCount: 2, findingCount: 0,
                        analyser: "test", failure: nil, duration: .zero))))
        _ = Reducer.reduce(&state, validated(.learnerB, id: "b"))
        _ = Reducer.reduce(
            &state, done([.learnerB: LearnerSummary(utterancesAnalysed: 2, findingsByTopic: [sva: 1])]))
        #expect(state.progress.messagesAnalysed == 2)
        #expect(state.modules.map(\.module.id) == ["b"])
        #expect(state.progress.isDone && state.overlay == .summary)
        #expect(state.progress.findingsByTopic == [sva: 1])
    }

    @Test("a guest who leaves having said nothing only says goodbye")
    func silentGuestLeaves() {
        var state = talkState(.guest(hostName: "host"))
        #expect(type("/end", &state) == [.leaveTalk])
        #expect(state.entries.last?.text == "You left the conversation. Ctrl-C quits.")
        #expect(type("/end", &state).isEmpty)
    }
}

/// Two topics, as rules title their modules.
private let sva = LocalizedText(en: "Subject–verb agreement", ko: "주어와 동사의 일치")
private let det = LocalizedText(en: "Articles (a, an, the)", ko: "관사 (a, an, the)")

// Talk in the plain mode: the other learner by name, the conversation's news, lessons from the host, the guest's end.

import Testing
import TutorApp
import TutorCore
import TutorTalk
import TutorTestSupport
import TutorUI

@Suite("Plain talk")
struct PlainTalkTests {
    static let settings = PlainSettings(echoesLearnerLines: false, waitsForAnalysis: true)

    /// The guest's side of a talk with the host `minji`, opened.
    func guest(language: InterfaceLanguage = .english, host: TalkAnalysis = TalkAnalysis()) -> (PlainState, [String]) {
        var state = PlainState(
            app: AppState.session(
                .talkGuest(conversationID: "talk-1", hostName: "minji", hostAnalysis: host),
                settings: SessionSettings(userName: "jun", language: language), theme: .mono, analyser: .rules),
            settings: Self.settings)
        let opening = PlainProgram.start(&state).lines
        return (state, opening)
    }

    @Test("the guest is told whom they talk with, the join, and the commands; the host's lines come by name")
    func guestLines() {
        var (state, opening) = guest()
        #expect(
            opening == [
                "ChatTutor talk, plain mode, with minji: what you type goes to them; your lessons come from the host's analysis.",
                "/help lists the commands; /end ends the conversation and shows your summary.",
                "You joined minji's conversation. Say hello!",
            ])
        let said = PlainProgram.reduce(&state, .app(.talk(.peerSaid(.learnerA, "Hi! How was your \u{1b}[2Jweekend?"))))
            .lines
        #expect(said == ["minji: Hi! How was your weekend?"])
        #expect(PlainProgram.isReadyForInput(state), "a talk never waits for the analysis before reading a line")
        #expect(
            PlainProgram.reduce(&state, .line("/help")).lines.contains(
                "Type a line and press Enter to say it to the other learner."))
    }

    @Test("the guest's lessons come after the host's batch size, not the default; the status names the host's analyser")
    func hostBatchSize() {
        var (state, _) = guest(host: TalkAnalysis(batchSize: 5, analyser: .model("qwen2.5-7b")))
        #expect(
            PlainProgram.reduce(&state, .line("/lessons")).lines == [
                "No lessons yet: they come after every 5 of your messages, and when the conversation ends."
            ])
        #expect(state.app.analyserName == "host's qwen2.5-7b")
        var (korean, _) = guest(language: .korean, host: TalkAnalysis(batchSize: 5))
        #expect(
            PlainProgram.reduce(&korean, .line("/lessons")).lines == [
                "아직 모듈이 없어요. 메시지를 5개 보낼 때마다, 그리고 대화가 끝나면 나와요."
            ])
        #expect(korean.app.analyserName == "호스트의 규칙 (오프라인)")
    }

    @Test("a lesson from the host is announced as it comes, with its number and actions")
    func lessonFromHost() {
        var (state, _) = guest()
        var module = makeModule("m-1")
        module.learner = .learnerB
        module.conversationID = "talk-1"
        let lines = PlainProgram.reduce(&state, .app(.talk(.moduleArrived(module)))).lines
        #expect(lines.first == "1 new lesson:")
        #expect(
            lines.contains("/show 1 reads a lesson, /practice 1 answers its problems, /save 1 keeps it for review."))
    }

    @Test("the host's end and the guest's summary are said")
    func hostEnds() {
        var (state, _) = guest()
        let ended = PlainProgram.reduce(&state, .app(.talk(.hostEnded))).lines
        #expect(ended.contains("The host ended the conversation. Your remaining modules are on their way."))
        let summary = PlainProgram.reduce(&state, .app(.talk(.summary(findingsByTopic: [:])))).lines
        #expect(summary.contains("Summary of the conversation."))
    }

    @Test("a guest whose input ends before saying anything leaves at once: there is nothing to sum up")
    func guestWithNothingLeaves() {
        var (state, _) = guest()
        let step = PlainProgram.reduce(&state, .endOfInput)
        #expect(step.lines.contains("You left the conversation. /quit leaves."))
        #expect(step.effects.contains { if case .leaveTalk = $0 { true } else { false } })
        #expect(state.isQuitting)
    }

    @Test("in Korean the opening and the other learner's join are Korean")
    func korean() {
        let (_, opening) = guest(language: .korean)
        #expect(opening.first == "ChatTutor talk 일반 텍스트 모드: minji 님과 대화해요. 입력한 글은 상대에게 가고, 내 모듈은 호스트의 분석에서 와요.")
        var host = PlainState(
            app: AppState.session(
                .talkHost(
                    conversationID: "talk-1", code: "ABCD-EFGH-JKLM-NPQR",
                    standby: .script(InterviewerState(scriptTitle: "Small talk", lines: ["Hi?"]))),
                settings: SessionSettings(userName: "minji", language: .korean), theme: .mono, analyser: .rules),
            settings: Self.settings)
        let hostOpening = PlainProgram.start(&host).lines
        #expect(hostOpening.contains("참여 코드: ABCD-EFGH-JKLM-NPQR"))
        let joined = PlainProgram.reduce(&host, .app(.talk(.peerJoined(name: "jun")))).lines
        #expect(joined == ["jun 님이 들어왔어요. 인사해 보세요!"])
        let said = PlainProgram.reduce(&host, .app(.talk(.peerSaid(.learnerB, "안녕! Hello.")))).lines
        #expect(said == ["jun: 안녕! Hello."])
    }
}

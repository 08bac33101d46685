// The plain mode's pure program: commands, practice answers, and what it says when a lesson is missing.

import Foundation
import Testing
import TutorApp
import TutorTestSupport
import TutorUI

@testable import TutorCore

@Suite("Plain program")
struct PlainProgramTests {
    /// A chat with a quiet script, in the module's conversation, with one lesson (`makeModule`) arrived.
    func stateWithLesson(echo: Bool = true) -> PlainState {
        var app = AppState(
            size: .init(columns: 80, rows: 24), theme: .mono, conversationID: "conversation-1", userName: "tester",
            analyserName: "test")
        app.interviewer = InterviewerState(scriptTitle: "Test talk", lines: ["How are you?", "And then?"])
        var state = PlainState(app: app, settings: PlainSettings(echoesLearnerLines: echo, waitsForAnalysis: true))
        _ = PlainProgram.reduce(&state, .validated(makeModule("m-1")))
        return state
    }

    /// A new chat whose script has questions left.
    func chat(_ settings: PlainSettings) -> PlainState {
        let script = InterviewerState(scriptTitle: "Test talk", lines: (1...12).map { "Question \($0)?" })
        return PlainState(
            app: AppState.session(
                .chat(.script(script)), settings: SessionSettings(userName: "tester"), theme: .mono,
                analyser: .rules),
            settings: settings)
    }

    /// The lines said for `lines`; an answer the grader wants read is checked as by a chat
    /// without an analyser (`ChatEffects` then reports no findings).
    func say(_ lines: [String], _ state: inout PlainState) -> [String] {
        lines.flatMap { line in
            let step = PlainProgram.reduce(&state, .line(line))
            return step.lines
                + step.effects.flatMap { effect -> [String] in
                    guard case .checkAnswer(let check) = effect else { return [] }
                    return PlainProgram.reduce(&state, .app(.answerChecked(check, findings: nil))).lines
                }
        }
    }

    @Test("/practice asks each problem in words and grades each line with ✓ or ✗ beside what was typed")
    func practice() {
        var state = stateWithLesson()
        let opening = say(["/practice 1"], &state)
        #expect(opening.first == "Practice, lesson 1: 3 problems. Type each answer; /skip passes one, /stop ends.")
        #expect(opening.contains("Problem 1 of 3: Fill in the blank."))
        #expect(opening.contains("She (blank) to school."), "the gap is a word, not underscores")
        let right = say(["goes"], &state)
        #expect(right.first == "✓ Right. You wrote: goes")
        #expect(right.contains("Choice 2: plays"))
        let wrong = say(["1"], &state)
        #expect(
            wrong.first == "✗ Not quite: the answer is (2) plays. You wrote: (1) play",
            "a choice by its number and words")
        let last = say(["she goes to school"], &state)
        #expect(last.first == "✓ Right. You wrote: she goes to school")
        #expect(last.last == "Practice done: 2 of 3 right. /save 1 keeps this lesson for review.")
        #expect(say(["Hello again."], &state) == ["You: Hello again."], "after the practice a line is a message")
    }

    @Test("an answer that is a sentence is shown with its own full stop, never two")
    func sentenceAnswerEndsOnce() {
        var state = stateWithLesson()
        _ = say(["/practice 1", "goes", "2"], &state)
        let wrong = say(["She go to school."], &state)
        #expect(wrong.first == "✗ Not quite: the answer is She goes to school. You wrote: She go to school.")
    }

    @Test("a rewrite with the taught fix and a change of its own is right for the lesson, the change named unchecked")
    func rewriteWithOwnChange() {
        var state = stateWithLesson()
        _ = say(["/practice 1", "goes", "2"], &state)
        let answer = say(["She goes to school every day."], &state)
        #expect(
            answer.first
                == "✓ Right for this lesson. Your other change (added “every day”) is not checked here. "
                + "You wrote: She goes to school every day.")
        state.app.strings = .korean
        _ = say(["/practice 1", "goes", "2"], &state)
        let korean = say(["She always goes to college."], &state)
        #expect(
            korean.first
                == "✓ 이 모듈로는 맞았어요. 다른 곳을 바꾼 것(“always” 추가, “school” 대신 “college”)은 여기서 확인하지 않아요. "
                + "내 답: She always goes to college.")
    }

    @Test("/skip says the answer and goes on; /stop ends the practice")
    func skipAndStop() {
        var state = stateWithLesson()
        _ = say(["/practice 1"], &state)
        let skipped = say(["/skip"], &state)
        #expect(skipped.first == "Skipped: the answer is goes.")
        #expect(skipped.contains("Problem 2 of 3: Choose."))
        #expect(say(["/stop"], &state) == ["Practice stopped."])
        #expect(say(["/stop"], &state) == ["Nothing to skip or stop: /practice N starts a lesson's problems."])
    }

    @Test("/show reads the lesson without its answers; /save asks the TUI's save")
    func showAndSave() {
        var state = stateWithLesson()
        let shown = say(["/show 1"], &state)
        #expect(
            shown == [
                "Lesson 1: Subject–verb agreement (주어와 동사의 일치)", "You wrote: She go to school.",
                "Better: She goes to school.", "Add -s after he, she and it.", "he, she, it 뒤에는 -s를 붙여요.",
                "Tip: Say it aloud. (소리 내어 말해 보세요.)", "3 problems: /practice 1 to answer them.",
            ])
        let save = PlainProgram.reduce(&state, .line("/save 1"))
        #expect(save.effects == [.save(makeModule("m-1"))])
        let saved = PlainProgram.reduce(&state, .app(.saveFinished(moduleID: "m-1", error: nil)))
        #expect(saved.lines == ["Saved “Subject–verb agreement”"])
        #expect(say(["/lessons"], &state) == ["1. Subject–verb agreement: go → goes (saved)"])
    }

    @Test("in Korean, /show and /lessons put the Korean label, explanation and tips first, as the TUI does")
    func koreanFirst() {
        var state = stateWithLesson()
        state.app.strings = .korean
        let shown = say(["/show 1"], &state)
        #expect(shown.first == "모듈 1: 주어와 동사의 일치 (Subject–verb agreement)")
        #expect(shown.contains("he, she, it 뒤에는 -s를 붙여요."))
        #expect(
            shown.firstIndex(of: "he, she, it 뒤에는 -s를 붙여요.") ?? 0
                < shown.firstIndex(of: "Add -s after he, she and it.") ?? 0)
        #expect(shown.contains("팁: 소리 내어 말해 보세요. (Say it aloud.)"))
        #expect(say(["/lessons"], &state) == ["1번. 주어와 동사의 일치: go → goes"])
        let practice = say(["/practice 1"], &state)
        #expect(practice.contains { $0.hasSuffix("빈칸을 채우세요.") }, "the problem's Korean instruction: \(practice)")
        #expect(!practice.contains { $0.contains("Fill in the blank.") })
    }

    @Test("a missing lesson, a missing number and an unknown command each say what to type")
    func mistakes() {
        var state = stateWithLesson()
        #expect(say(["/show 4"], &state) == ["There is no lesson 4: there is 1 lesson so far. /lessons lists it."])
        #expect(say(["/show"], &state) == ["Give the lesson's number, for example /show 1."])
        #expect(say(["/mouse"], &state) == ["Unknown command /mouse. /help lists the commands."])
        var empty = chat(.forInput(isTerminal: true))
        #expect(
            say(["/save 1"], &empty) == [
                "No lessons yet: they come after every 10 of your messages, and when the conversation ends."
            ])
    }

    @Test("/quit warns once about unsaved lessons, then quits")
    func quitWarnsOnce() {
        var state = stateWithLesson()
        #expect(
            say(["/quit"], &state) == [
                "1 lesson is not saved and will be lost. /save and its number keeps it; /quit again leaves."
            ])
        #expect(!state.isQuitting)
        _ = say(["/quit"], &state)
        #expect(state.isQuitting)
    }

    @Test("quitting waits for a save still running, so a lesson saved just before the end is kept")
    func quitWaitsForSave() {
        var state = stateWithLesson()
        _ = say(["/save 1", "/quit", "/quit"], &state)
        #expect(!state.isQuitting)
        #expect(!PlainProgram.isReadyForInput(state), "a pipe reads on once the save is done")
        let saved = PlainProgram.reduce(&state, .app(.saveFinished(moduleID: "m-1", error: nil)))
        #expect(saved.lines == ["Saved “Subject–verb agreement”"])
        #expect(state.isQuitting)
    }

    @Test("at a terminal the learner's line is not said again, and the next is read before the batch is analysed")
    func terminalInput() {
        var state = chat(.forInput(isTerminal: true))
        var piped = chat(.forInput(isTerminal: false))
        for number in 1...10 {
            let step = PlainProgram.reduce(&state, .line("I has \(number) cat."))
            #expect(step.lines.allSatisfy { !$0.contains("cat.") })
            #expect(step.effects.contains { if case .send = $0 { true } else { false } })
            _ = PlainProgram.reduce(&piped, .line("I has \(number) cat."))
            #expect(!PlainProgram.isReadyForInput(state), "not while the interviewer is answering")
            _ = PlainProgram.reduce(&state, .app(.timer(.interviewerReply)))
            _ = PlainProgram.reduce(&piped, .app(.timer(.interviewerReply)))
        }
        #expect(PlainProgram.isReadyForInput(state))
        #expect(!PlainProgram.isReadyForInput(piped), "a pipe waits for the tenth message's lessons")
    }

    @Test("escape sequences and control characters in typed text are never printed")
    func unsafeText() {
        var state = chat(.forInput(isTerminal: false))
        let lines = say(["I \u{1B}[31mlike\u{1B}[0m \u{07}red \u{202E}cars\u{FFFD}."], &state)
        #expect(lines.count == 1)
        #expect(lines.allSatisfy { line in line.unicodeScalars.allSatisfy { !TextSanitizer.isUnsafe($0) } })
        #expect(lines.first?.hasPrefix("You: I ") == true)
        #expect(lines.first?.contains("like") == true)
    }

    @Test("a piped wait that runs out: the lines go on without waiting again, and lessons come when they come")
    func waitRunsOut() {
        var piped = chat(.forInput(isTerminal: false, waitLimit: .seconds(5)))
        #expect(piped.settings.waitLimit == .seconds(5))
        for number in 1...10 {
            _ = PlainProgram.reduce(&piped, .line("I has \(number) cat."))
            _ = PlainProgram.reduce(&piped, .app(.timer(.interviewerReply)))
        }
        #expect(!PlainProgram.isReadyForInput(piped))
        let step = PlainProgram.reduce(&piped, .waitTimedOut)
        #expect(
            step.lines == [
                "No lessons after 5 s: the analyser is slow or not answering. Going on; lessons are announced when they come."
            ])
        #expect(PlainProgram.isReadyForInput(piped))
        #expect(!piped.summaryTimedOut)
        #expect(chat(.forInput(isTerminal: true)).settings.waitLimit == nil, "at a terminal nothing waits")
    }

    @Test("/end with no message sent: the summary says there was nothing to analyse, not 'no errors'")
    func endWithNoMessages() {
        var state = chat(.forInput(isTerminal: true))
        _ = say(["/end"], &state)
        let summary = ConversationSummary(
            conversationID: state.app.conversationID, messageCount: 0, utterancesAnalysed: 0, batchCount: 0,
            findingCount: 0, findingsByErrorType: [:], modulesValidated: 0, modulesRejected: 0, timings: StageTimings(),
            learners: [:])
        let lines = PlainProgram.reduce(&state, .app(.engine(.conversationDone(summary)))).lines
        #expect(lines.contains("You sent no messages, so there was nothing to analyse."), "\(lines)")
        #expect(!lines.contains("No errors found. Well done!"))
    }

    @Test("the summary's rows are the grammar topics the engine counts, in the learner's language")
    func summaryByTopic() {
        var state = chat(.forInput(isTerminal: true))
        _ = say(["/end"], &state)
        var learner = LearnerSummary(utterancesAnalysed: 4)
        learner.findingsByTopic = [
            LocalizedText(en: "Comparatives and superlatives", ko: "비교급과 최상급"): 2, ErrorTopic.sayItInEnglish: 1,
        ]
        let summary = ConversationSummary(
            conversationID: state.app.conversationID, messageCount: 8, utterancesAnalysed: 4, batchCount: 1,
            findingCount: 3, findingsByErrorType: ["U:ADV": 2, "R:OTHER": 1], modulesValidated: 0, modulesRejected: 0,
            timings: StageTimings(), learners: [.learnerA: learner])
        var korean = state
        korean.app.strings = .korean
        let lines = PlainProgram.reduce(&state, .app(.engine(.conversationDone(summary)))).lines
        #expect(
            lines.contains("Comparatives and superlatives: 2") && lines.contains("Say it in English: 1"), "\(lines)")
        #expect(!lines.contains { $0.hasPrefix("Adverbs") || $0.hasPrefix("Other") })
        let koreanLines = PlainProgram.reduce(&korean, .app(.engine(.conversationDone(summary)))).lines
        #expect(koreanLines.contains("비교급과 최상급: 2개") && koreanLines.contains("영어로 말하기: 1개"), "\(koreanLines)")
    }

    @Test("the input ended and the summary did not come in time: said, and the program quits marked so")
    func summaryTimesOut() {
        var piped = chat(.forInput(isTerminal: false, waitLimit: .seconds(7)))
        _ = PlainProgram.reduce(&piped, .line("I has a cat."))
        _ = PlainProgram.reduce(&piped, .endOfInput)
        #expect(!piped.isQuitting)
        let step = PlainProgram.reduce(&piped, .waitTimedOut)
        #expect(
            step.lines.first
                == "The summary did not come within 7 s: the analyser is slow or not answering. Leaving without it.")
        #expect(piped.isQuitting)
        #expect(piped.summaryTimedOut)
    }

    @Test("a replay: every speaker by name, no input read until the replay, its lessons and summary are done")
    func replay() {
        let lines = [
            Transcript.Line(speaker: .interviewer, text: "Where do you live?", lineNumber: 1),
            Transcript.Line(speaker: .learnerA, text: "I live in Busan.", lineNumber: 2),
            Transcript.Line(speaker: .learnerB, text: "Me too.", lineNumber: 3),
        ]
        var settings = PlainSettings.forInput(isTerminal: false)
        settings.pacesReplay = false
        var state = PlainState(
            app: AppState.session(
                .replay(ReplayState(title: "Recorded", lines: lines, speed: 1)),
                settings: SessionSettings(userName: "tester"), theme: .mono, analyser: .rules),
            settings: settings)
        let start = PlainProgram.start(&state)
        #expect(start.lines.first?.hasPrefix("ChatTutor, plain mode: ") == true)
        #expect(start.effects == [.schedule(.replayStep, after: .zero)], "to a file the replay is not paced")
        var said: [String] = []
        for _ in lines { said += PlainProgram.reduce(&state, .app(.timer(.replayStep))).lines }
        #expect(said == ["Interviewer: Where do you live?", "Learner A: I live in Busan.", "Learner B: Me too."])
        #expect(!PlainProgram.isReadyForInput(state), "no command is read before the replay is over")
    }

    @Test(
        "a replay names its learners as analyze does: by the recording's @learner names, else Learner A and B",
        arguments: [
            ("@learner Jiwoo\n@learner-b Hana\n", ["Interviewer: Hello!", "Jiwoo: Hi.", "Hana: Hello."]),
            ("", ["Interviewer: Hello!", "Learner A: Hi.", "Learner B: Hello."]),
        ])
    func replayNames(directives: String, expected: [String]) throws {
        let file =
            "@title Names\n@kind recording\n\(directives)\ninterviewer: Hello!\nlearner: Hi.\nlearner-b: Hello.\n"
        let transcript = try TranscriptParser.parse(Data(file.utf8), sourceName: "names.txt")
        var settings = PlainSettings.forInput(isTerminal: false)
        settings.pacesReplay = false
        var state = PlainState(
            app: AppState.session(
                .replay(ReplayState(transcript, speed: 1)), settings: SessionSettings(userName: "tester"),
                theme: .mono, analyser: .rules),
            settings: settings)
        _ = PlainProgram.start(&state)
        var said: [String] = []
        for _ in transcript.lines { said += PlainProgram.reduce(&state, .app(.timer(.replayStep))).lines }
        #expect(said == expected)
        #expect(said.allSatisfy { !$0.hasPrefix("You:") }, "a recording's learner is not 'you'")
        #expect(
            transcript.label(for: .learnerA) == expected[1].components(separatedBy: ":")[0], "the name analyze uses")
    }
}

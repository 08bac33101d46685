// A practice rewrite read by the real built-in analyser through the chat's effects, as the
// plain mode and the TUI's detail view grade it.

import Testing
import TutorApp
import TutorCore
import TutorTestSupport
import TutorUI

@Suite("Answers read by the analyser")
struct AnswerCheckTests {
    /// A plain chat practising one lesson on `text` ("student" → "a student" by default),
    /// whose only problem is its rewrite.
    func practising(
        _ text: String = "I am student in university.", teaching original: String = "student",
        as correction: String = "a student", rule: String = "determiner.missing-article"
    ) -> PlainState {
        var module = makeModule("m-lesson", text: text)
        let start = text.range(of: original).map { text[..<$0.lowerBound].unicodeScalars.count } ?? 0
        let span = TextSpan(start: start, end: start + original.unicodeScalars.count)
        let key = text.applying([TextEdit(span: span, replacement: correction)])
        module.focus = Focus(
            kind: .correction, errorType: "R:OTHER", ruleID: rule, label: LocalizedText(en: "Lesson", ko: "단원"),
            span: span, original: original, correction: correction)
        module.correctedSentence = key
        module.problems = [
            Problem(
                kind: .rewrite, instruction: LocalizedText(en: "Rewrite.", ko: "다시 쓰세요."), text: text, answer: key)
        ]
        let app = AppState(
            size: .init(columns: 80, rows: 24), theme: .mono, conversationID: "conversation-1", userName: "tester",
            analyserName: "test")
        var state = PlainState(app: app, settings: PlainSettings(echoesLearnerLines: true, waitsForAnalysis: true))
        _ = PlainProgram.reduce(&state, .validated(module))
        _ = PlainProgram.reduce(&state, .line("/practice 1"))
        return state
    }

    /// What the plain mode says for `answer`, its effects performed by `effects`.
    func answer(_ answer: String, _ state: inout PlainState, _ effects: ChatEffects) async -> [String] {
        let step = PlainProgram.reduce(&state, .line(answer))
        var lines = step.lines
        for effect in step.effects {
            for event in await effects.perform(effect, EventSink { _ in }) {
                lines += PlainProgram.reduce(&state, .app(event)).lines
            }
        }
        return lines
    }

    @Test(
        "a right rewording around the taught fix is ✓; an error in the learner's own change is named; the error kept is ✗"
    )
    func realAnalyser() async throws {
        let parts = try EngineParts(endpoint: nil)
        let effects = ChatEffects(
            backend: nil, conversation: SilentPort(), save: { _ in .saved }, log: throwawayLog(),
            analyseAnswer: parts.builtin.answerAnalyser)
        var state = practising()
        let reworded = await answer("I am a university student.", &state, effects)
        #expect(reworded.first?.hasPrefix("✓ Right for this lesson.") == true, "\(reworded)")
        #expect(reworded.first?.hasSuffix("You wrote: I am a university student.") == true)

        state = practising("Yesterday I go to the park.", teaching: "go", as: "went", rule: "verb-tense.past-time")
        let wrongOwn = await answer("Yesterday I went to there.", &state, effects)
        #expect(
            wrongOwn.first?.hasPrefix("✓ Right for this lesson. But fix this too: “went to” → “went”.") == true,
            "\(wrongOwn)")

        state = practising()
        let kept = await answer("I am university student.", &state, effects)
        #expect(kept.first?.hasPrefix("✗") == true, "\(kept)")

        // Without an analyser the rewording cannot be checked: not accepted.
        state = practising()
        let unread = ChatEffects(backend: nil, conversation: SilentPort(), save: { _ in .saved }, log: throwawayLog())
        #expect(await answer("I am a university student.", &state, unread).first?.hasPrefix("✗") == true)
    }
}

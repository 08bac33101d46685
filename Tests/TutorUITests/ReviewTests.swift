// The review session: keys through the pure reducer, and golden screens of each phase.

import Foundation
import TerminalKit
import Testing
import TutorCore

@testable import TutorUI

@Suite("Review session")
struct ReviewTests {
    static let now = Date(timeIntervalSince1970: 1_750_000_000)

    static func rewriteModule() -> TeachingModule {
        var value = module(
            "m-3", label: "Plural nouns", original: "year", correction: "years", sentence: "I live here for two year.",
            corrected: "I live here for two years.")
        value.problems = [
            Problem(
                kind: .rewrite, instruction: LocalizedText(en: "Rewrite the sentence.", ko: "문장을 고쳐 쓰세요."),
                text: "I live here for two year.", answer: "I live here for two years.")
        ]
        return value
    }

    static func session(columns: Int = 80, rows: Int = 24) -> ReviewState {
        let sva = module(
            "m-1", label: "Subject–verb agreement", original: "go", correction: "goes", sentence: "She go to school.",
            corrected: "She goes to school.")
        return ReviewState(
            size: TerminalSize(columns: columns, rows: rows), theme: .mono, userName: "minji", now: now,
            queue: [
                ReviewQueueEntry(
                    savedModuleID: 11, module: sva, problemIndex: 0, cardState: .review, note: "버스에서 다시 보기",
                    tags: ["verbs"]),
                ReviewQueueEntry(savedModuleID: 12, module: sva, problemIndex: 1, cardState: .new, note: nil, tags: []),
                ReviewQueueEntry(
                    savedModuleID: 13, module: rewriteModule(), problemIndex: 0, cardState: .new, note: nil, tags: []),
            ])
    }

    static func type(_ text: String, _ state: inout ReviewState) -> [ReviewEffect] {
        var effects = ReviewReducer.reduce(&state, .input(.text(text)))
        effects += ReviewReducer.reduce(&state, .input(.key(.enter, [])))
        return effects
    }

    @Test("a right fill-in answer is Good on Enter; a wrong one can only be Again")
    func autoGraded() {
        var state = Self.session()
        #expect(Self.type("GOES ", &state).isEmpty)
        #expect(state.phase == .answered(given: "GOES", grade: .correct))
        #expect(
            ReviewReducer.reduce(&state, .input(.key(.enter, []))) == [
                .record(savedModuleID: 11, rating: .good, problemIndex: 0, answeredCorrectly: true)
            ])
        #expect(state.index == 1 && state.phase == .answering)
        // Multiple choice: choice 1 ("go") is the original error.
        _ = Self.type("1", &state)
        #expect(state.phase == .answered(given: "1", grade: .incorrect))
        #expect(ReviewReducer.reduce(&state, .input(.text("4"))).isEmpty)
        #expect(state.notice?.contains("Again") == true)
        #expect(
            ReviewReducer.reduce(&state, .input(.key(.enter, []))) == [
                .record(savedModuleID: 12, rating: .again, problemIndex: 1, answeredCorrectly: false)
            ])
    }

    @Test("a right answer can be rated Hard or Easy instead")
    func choosingARating() {
        var state = Self.session()
        _ = Self.type("goes", &state)
        #expect(
            ReviewReducer.reduce(&state, .input(.text("4"))) == [
                .record(savedModuleID: 11, rating: .easy, problemIndex: 0, answeredCorrectly: true)
            ])
    }

    @Test("a rewrite shows the model answer and waits for the learner's own rating")
    func selfGraded() {
        var state = Self.session()
        state.index = 2
        _ = Self.type("I live here for two years", &state)
        #expect(state.phase == .answered(given: "I live here for two years", grade: nil))
        #expect(ReviewReducer.reduce(&state, .input(.key(.enter, []))).isEmpty)
        #expect(state.notice?.contains("1 Again") == true)
        #expect(
            ReviewReducer.reduce(&state, .input(.text("2"))) == [
                .record(savedModuleID: 13, rating: .hard, problemIndex: 0, answeredCorrectly: nil)
            ])
        #expect(state.phase == .summary)
    }

    @Test(
        "a rewrite that is not the key is read by the analyser; the grader's reading is a hint, the rating the learner's"
    )
    func rewriteHint() {
        var state = Self.session()
        var (lesson, rewrite) = AnswerGraderTests.rewriteLesson(
            "Yesterday I go to the park.", teaching: "go", as: "went", at: TextSpan(start: 12, end: 14),
            key: "Yesterday I went to the park.")
        lesson.problems = [rewrite]
        state.queue[2].module = lesson
        state.index = 2
        let typed = "Yesterday I went to there."
        let check = AnswerCheck(moduleID: lesson.id, problemIndex: 0, text: typed)
        #expect(Self.type(typed, &state) == [.checkAnswer(check)])
        #expect(state.phase == .answered(given: typed, grade: nil))
        _ = ReviewReducer.reduce(&state, .answerChecked(check, findings: [finding(in: typed, "went to", "went")]))
        let screen = ReviewRenderer.render(state).screen.lines.joined(separator: "\n")
        #expect(screen.contains("But fix this too: “went to” → “went”."), "\(screen)")
        #expect(state.phase == .answered(given: typed, grade: nil), "still rated by the learner")
        // The taught error kept: no hint at all, and no analyser asked.
        state.phase = .answering
        #expect(Self.type("Yesterday I go to there.", &state).isEmpty)
        #expect(state.rewriteReading == .incorrect)
        #expect(!ReviewRenderer.render(state).screen.lines.joined().contains("Right for this lesson"))
    }

    @Test("a module without problems is self-graded, not stuck")
    func noProblems() {
        var state = Self.session()
        state.queue[0].module.problems = []
        _ = ReviewReducer.reduce(&state, .input(.key(.enter, [])))
        #expect(state.phase == .answered(given: "", grade: nil))
        #expect(ReviewReducer.reduce(&state, .input(.text("3"))).count == 1)
    }

    @Test("an empty answer to an auto-graded problem is not graded")
    func emptyAnswer() {
        var state = Self.session()
        _ = ReviewReducer.reduce(&state, .input(.key(.enter, [])))
        #expect(state.phase == .answering && state.notice != nil)
    }

    /// The session after all three: right (Good), wrong (Again), self-rated Good.
    static func finishedSession() -> ReviewState {
        var state = session()
        _ = type("goes", &state)
        _ = ReviewReducer.reduce(&state, .input(.key(.enter, [])))
        _ = type("go", &state)
        _ = ReviewReducer.reduce(&state, .input(.key(.enter, [])))
        _ = type("", &state)
        _ = ReviewReducer.reduce(&state, .input(.text("3")))
        return state
    }

    @Test("the summary counts reviewed and correct, and the next due time arrives from the store")
    func summary() {
        var state = Self.finishedSession()
        #expect(state.phase == .summary && state.results.count == 3 && state.correctCount == 2)
        _ = ReviewReducer.reduce(
            &state, .recorded(savedModuleID: 12, reviewedAt: Self.now, due: Self.now.addingTimeInterval(60)))
        _ = ReviewReducer.reduce(
            &state,
            .recorded(
                savedModuleID: 11, reviewedAt: Self.now.addingTimeInterval(-5),
                due: Self.now.addingTimeInterval(86_400 * 3)))
        #expect(state.nextDue == Self.now.addingTimeInterval(60))
        // Due times are told from the latest review's time, never from an earlier one.
        _ = ReviewReducer.reduce(
            &state,
            .recorded(
                savedModuleID: 13, reviewedAt: Self.now.addingTimeInterval(120),
                due: Self.now.addingTimeInterval(86_400)))
        #expect(state.now == Self.now.addingTimeInterval(120))
        #expect(ReviewReducer.reduce(&state, .input(.text("s"))) == [.loadStats])
        #expect(state.showsStats)
        _ = ReviewReducer.reduce(&state, .input(.key(.escape, [])))
        #expect(!state.showsStats)
        #expect(ReviewReducer.reduce(&state, .input(.text("q"))) == [.quit])
    }

    @Test("n edits the note after answering; Enter saves it")
    func editingANote() {
        var state = Self.session()
        _ = Self.type("goes", &state)
        _ = ReviewReducer.reduce(&state, .input(.text("n")))
        #expect(state.editor == AnnotationEditor(field: .note, line: InputLine(text: "버스에서 다시 보기")))
        _ = ReviewReducer.reduce(&state, .input(.control("u")))
        _ = ReviewReducer.reduce(&state, .input(.text("3인칭 -s")))
        #expect(
            ReviewReducer.reduce(&state, .input(.key(.enter, []))) == [
                .annotate(savedModuleID: 11, note: "3인칭 -s", tags: ["verbs"])
            ])
        #expect(state.current?.note == "3인칭 -s" && state.editor == nil)
    }

    @Test("t edits the tags, comma-separated; duplicates and empty ones are dropped; Esc cancels")
    func editingTags() {
        var state = Self.session()
        _ = Self.type("goes", &state)
        _ = ReviewReducer.reduce(&state, .input(.text("t")))
        #expect(state.editor?.line.text == "verbs")
        _ = ReviewReducer.reduce(&state, .input(.text(", 시험,, Verbs , exam")))
        #expect(
            ReviewReducer.reduce(&state, .input(.key(.enter, []))) == [
                .annotate(savedModuleID: 11, note: "버스에서 다시 보기", tags: ["verbs", "시험", "exam"])
            ])
        _ = ReviewReducer.reduce(&state, .input(.text("t")))
        _ = ReviewReducer.reduce(&state, .input(.control("u")))
        #expect(ReviewReducer.reduce(&state, .input(.key(.escape, []))).isEmpty)
        #expect(state.current?.tags == ["verbs", "시험", "exam"] && state.editor == nil)
    }

    @Test("the tag editor over the explanation")
    func screenTagEditor() throws {
        var state = Self.session()
        _ = Self.type("goes", &state)
        _ = ReviewReducer.reduce(&state, .input(.text("t")))
        _ = ReviewReducer.reduce(&state, .input(.text(", 시험")))
        let frame = ReviewRenderer.render(state)
        try GoldenScreen.check(frame.screen, "review-tags-80x24")
        #expect(frame.cursor == CursorPosition(column: 4 + DisplayWidth.of("verbs, 시험"), row: 21))
    }

    @Test("Ctrl-C quits at any point")
    func quitting() {
        var state = Self.session()
        #expect(ReviewReducer.reduce(&state, .input(.control("c"))) == [.quit])
        #expect(state.isQuitting)
    }

    @Test("due times in words")
    func describingDueTimes() {
        #expect(ReviewRenderer.describe(Self.now, from: Self.now) == "now")
        #expect(ReviewRenderer.describe(Self.now.addingTimeInterval(30), from: Self.now) == "in under a minute")
        #expect(ReviewRenderer.describe(Self.now.addingTimeInterval(600), from: Self.now) == "in 10 minutes")
        #expect(ReviewRenderer.describe(Self.now.addingTimeInterval(3 * 86_400), from: Self.now) == "in 3 days")
    }

    // MARK: - Golden screens

    @Test("a fill-in problem, half answered")
    func screenAnswering() throws {
        var state = Self.session()
        state.answer.insert("go")
        let frame = ReviewRenderer.render(state)
        try GoldenScreen.check(frame.screen, "review-answering-80x24")
        #expect(frame.cursor?.column == 2 + 13 + 2)
    }

    @Test("multiple choice answered wrong, with the explanation and the note")
    func screenWrong() throws {
        var state = Self.session()
        state.index = 1
        _ = Self.type("1", &state)
        try GoldenScreen.check(ReviewRenderer.render(state).screen, "review-wrong-80x24")
    }

    @Test("a rewrite revealed for self-grading")
    func screenSelfGrade() throws {
        var state = Self.session()
        state.index = 2
        _ = Self.type("I live here for two years.", &state)
        try GoldenScreen.check(ReviewRenderer.render(state).screen, "review-self-grade-80x24")
    }

    @Test("the session summary")
    func screenSummary() throws {
        var state = Self.finishedSession()
        for (id, days) in [(11, 3.0), (12, 0.007), (13, 1.0)] {
            _ = ReviewReducer.reduce(
                &state,
                .recorded(
                    savedModuleID: Int64(id), reviewedAt: Self.now, due: Self.now.addingTimeInterval(days * 86_400)))
        }
        try GoldenScreen.check(ReviewRenderer.render(state).screen, "review-summary-80x24")
    }

    @Test("the stats view with a 30-day chart")
    func screenStats() throws {
        var state = Self.session()
        state.showsStats = true
        let perDay = (0..<30).map { day in day % 7 == 3 ? 0 : (day * 5) % 13 }
        state.stats = ReviewStats(
            dueToday: 4, newCount: 7, reviewsPerDay: perDay, retention: 0.875, retentionSampleSize: 24,
            totalReviews: perDay.reduce(0, +))
        try GoldenScreen.check(ReviewRenderer.render(state).screen, "review-stats-80x24")
    }

    @Test("nothing due: when the next review is")
    func screenEmpty() throws {
        let state = ReviewState(
            size: TerminalSize(columns: 60, rows: 14), theme: .mono, userName: "minji", now: Self.now, queue: [],
            nextDueLater: Self.now.addingTimeInterval(5 * 3_600))
        try GoldenScreen.check(ReviewRenderer.render(state).screen, "review-empty-60x14")
    }

    @Test("every screen stays inside a narrow terminal, Hangul included")
    func narrow() throws {
        var state = Self.session(columns: 40, rows: 12)
        _ = Self.type("goes", &state)
        try GoldenScreen.check(ReviewRenderer.render(state).screen, "review-narrow-40x12")
        for line in ReviewRenderer.render(state).screen.lines { #expect(DisplayWidth.of(line) <= 40) }
    }
}

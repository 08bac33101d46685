// Grading a rewrite with the analyser's findings on it: the taught error found again is wrong,
// a rewording around the fix is right, and an error in the learner's own change is named.

import Testing
import TutorCore

@testable import TutorUI

@Suite("Grading a rewrite the analyser has read")
struct AnswerGraderAnalysedTests {
    /// A missing-article lesson: "I am student in Busan." → "I am a student in Busan."
    static let article: (lesson: TeachingModule, rewrite: Problem) = {
        var value = AnswerGraderTests.rewriteLesson(
            "I am student in Busan.", teaching: "student", as: "a student", at: TextSpan(start: 5, end: 12),
            key: "I am a student in Busan.")
        value.lesson.focus.ruleID = "determiner.missing-article"
        return value
    }()

    /// A finding of the taught rule (or `rule`) on `text`.
    static func found(_ text: String, _ original: String, _ suggestion: String, rule: String) -> Finding {
        var value = finding(in: text, original, suggestion)
        value.ruleID = rule
        return value
    }

    @Test("a rewrite reworded around the taught fix is right once the analyser finds nothing in it")
    func reworded() {
        let (lesson, rewrite) = Self.article
        let answer = "I am a college student in Busan."
        // Alone the grader cannot tell: it asks for the analyser.
        #expect(AnswerGrader.grade(answer, for: rewrite, in: lesson) == .incorrect)
        #expect(AnswerGrader.needsAnalysis(answer, for: rewrite, in: lesson))
        #expect(
            AnswerGrader.grade(answer, for: rewrite, in: lesson, answerFindings: [])
                == .taughtErrorFixedWithChanges([AnswerChange(from: [], to: ["college"])]))
    }

    @Test("words moved around the fix are named as one change")
    func movedWords() {
        var (lesson, rewrite) = AnswerGraderTests.rewriteLesson(
            "I am student in university.", teaching: "student", as: "a student", at: TextSpan(start: 5, end: 12),
            key: "I am a student in university.")
        lesson.focus.ruleID = "determiner.missing-article"
        #expect(
            AnswerGrader.grade("I am a university student.", for: rewrite, in: lesson, answerFindings: [])
                == .taughtErrorFixedWithChanges([
                    AnswerChange(from: ["student", "in", "university"], to: ["university", "student"])
                ]))
    }

    @Test(
        "never right, whatever the analyser says: the taught word left out, the error kept, another sentence",
        arguments: [
            "I am college student in Busan.", "I am student in Busan.", "I have a dog.",
            "My friends and I were a very happy group of students in Busan last year.",
        ])
    func notReworded(_ answer: String) {
        let (lesson, rewrite) = Self.article
        #expect(AnswerGrader.grade(answer, for: rewrite, in: lesson, answerFindings: []) == .incorrect)
        #expect(!AnswerGrader.needsAnalysis(answer, for: rewrite, in: lesson))
    }

    @Test("the taught error found again in a rewording makes it wrong")
    func taughtErrorFoundAgain() {
        let (lesson, rewrite) = Self.article
        let answer = "I am a student in Busan and my sister is student too."
        let again = Self.found(answer, "student too", "a student too", rule: "determiner.missing-article")
        #expect(AnswerGrader.grade(answer, for: rewrite, in: lesson, answerFindings: [again]) == .incorrect)
    }

    @Test("an error the analyser finds in the learner's own change is named beside the ✓")
    func errorInOwnChange() {
        let (lesson, rewrite) = AnswerGraderTests.rewriteLesson(
            "Yesterday I go to the park with Jisu.", teaching: "go", as: "went", at: TextSpan(start: 12, end: 14),
            key: "Yesterday I went to the park with Jisu.")
        let answer = "Yesterday I went to there with Jisu."
        #expect(AnswerGrader.needsAnalysis(answer, for: rewrite, in: lesson))
        let extra = Self.found(answer, "went to there", "went there", rule: "preposition.to-there")
        let grade = AnswerGrader.grade(answer, for: rewrite, in: lesson, answerFindings: [extra])
        #expect(
            grade
                == .taughtErrorFixedWithErrors(
                    changes: [AnswerChange(from: ["the", "park"], to: ["there"])],
                    corrections: [AnswerChange(from: ["went to there"], to: ["went there"])]))
        #expect(grade.isCorrect)
        #expect(
            [AnswerChange(from: ["went to there"], to: ["went there"])].foundNote(.english)
                == "But fix this too: “went to there” → “went there”.")
        // The taught error itself found again is wrong, even with the fix in its place.
        let taught = Self.found(answer, "go", "went", rule: lesson.focus.ruleID)
        var again = taught
        again.original = "go"
        #expect(AnswerGrader.grade(answer, for: rewrite, in: lesson, answerFindings: [again]) == .incorrect)
        // What the grader forgives anyway (a small "i", a comma) is not named.
        let lowerI = Self.found("yesterday i went", "i", "I", rule: "orthography.capital-i")
        #expect(
            AnswerGrader.grade(
                "yesterday i went to there with jisu", for: rewrite, in: lesson, answerFindings: [lowerI, extra])
                == .taughtErrorFixedWithErrors(
                    changes: [AnswerChange(from: ["the", "park"], to: ["there"])],
                    corrections: [AnswerChange(from: ["went to there"], to: ["went there"])]))
        // Nothing found: right, with the change shown.
        #expect(
            AnswerGrader.grade(answer, for: rewrite, in: lesson, answerFindings: [])
                == .taughtErrorFixedWithChanges([AnswerChange(from: ["the", "park"], to: ["there"])]))
    }

    @Test("the key, a listed alternative and a fill-in need no analyser")
    func noAnalysisNeeded() {
        let (lesson, rewrite) = Self.article
        #expect(!AnswerGrader.needsAnalysis("I am a student in Busan.", for: rewrite, in: lesson))
        #expect(!AnswerGrader.needsAnalysis("goes", for: lesson.problems[0], in: lesson))
        #expect(AnswerGrader.grade("I am a student in Busan", for: rewrite, in: lesson, answerFindings: []) == .correct)
    }
}

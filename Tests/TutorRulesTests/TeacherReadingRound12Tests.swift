// Teaching defects left by session 27's reading: practice blanks with more than one right
// preposition, a Korean word "corrected" to an English one, and "have" in a past story.

import Testing
import TutorCore

@testable import TutorRules

@Suite("What a teacher read, round 12")
struct TeacherReadingRound12Tests {
    private static func module(for text: String) async throws -> TeachingModule {
        let candidate = try #require(ModuleGenerationTests.candidate(for: text))
        return try await ModuleGenerationTests.generator.generateModule(for: candidate, analyser: "test")
    }

    /// Every answer a problem takes: its key and its listed alternatives, in lower case.
    private static func accepted(_ problem: Problem) -> Set<String> {
        Set(([problem.answer] + (problem.alternatives ?? [])).map { $0.lowercased() })
    }

    @Test(
        "a word that takes several prepositions is corrected to the first and offers the others",
        arguments: [
            ("My parents were disappointed of my grades.", ["with", "in", "by"]),
            ("My boss was angry on me yesterday.", ["with", "at"]),
            ("I was very surprised of the news.", ["at", "by"]),
            ("Who is responsible of the budget?", ["for"]),
        ])
    func everyRightPrepositionIsSuggested(text: String, rights: [String]) throws {
        let finding = try #require(
            Shipped.analyser(only: "preposition.governed").findings(in: text).first, "\(text)")
        #expect(finding.suggestions == rights, "\(text)")
    }

    @Test(
        "the learner's blank takes each right preposition, and no multiple choice offers one as wrong",
        arguments: [
            ("My parents were disappointed of my grades.", ["with", "in", "by"]),
            ("My boss was angry on me yesterday.", ["with", "at"]),
        ])
    func practiceTakesEveryRightPreposition(text: String, rights: [String]) async throws {
        let module = try await Self.module(for: text)
        let fillIn = try #require(module.problems.first { $0.kind == .fillInTheBlank })
        #expect(Self.accepted(fillIn).isSuperset(of: rights), "\(fillIn.text): \(Self.accepted(fillIn))")
        for problem in module.problems where problem.kind == .multipleChoice {
            let wrong = Set((problem.choices ?? []).map { $0.lowercased() }).subtracting([problem.answer.lowercased()])
            #expect(wrong.isDisjoint(with: rights), "\(problem.text): \(problem.choices ?? [])")
        }
    }

    @Test("a weekend blank takes 'during' and 'over', which its explanation calls right")
    func weekendBlankTakesDuringAndOver() async throws {
        let module = try await Self.module(for: "In the weekend I usually sleep late and watch movies.")
        #expect(module.explanation.en.contains("During the weekend"))
        for problem in module.problems where problem.kind == .fillInTheBlank {
            #expect(
                Self.accepted(problem).isSuperset(of: ["at", "on", "during", "over"]),
                "\(problem.text): \(Self.accepted(problem))")
        }
    }

    @Test(
        "Korean words in Latin letters are left alone, even one slip from an English word ('yut' is no 'yet')",
        arguments: [
            "On New Year's Day we played the yut game together.", "After dinner we played yut with my cousins.",
            "My grandmother made jeon and japchae for us.", "We slept on the warm ondol floor in a hanok.",
        ])
    func koreanWordsAreLeftAlone(text: String) {
        #expect(Shipped.analyser(only: "spelling.dictionary").findings(in: text).isEmpty, "\(text)")
    }

    @Test(
        "a three-letter slip is still corrected",
        arguments: [
            ("He came back lst week.", "He came back last week."), ("We walked to teh park.", "We walked to the park."),
        ])
    func shortSlipIsCorrected(text: String, corrected: String) {
        let findings = Shipped.analyser(only: "spelling.dictionary").findings(in: text)
        #expect(findings.corrected(text) == corrected)
    }

    @Test(
        "'have' after he, she or a noun in a past story: past for what happens, left alone for what may still hold",
        arguments: [
            ("We went to Busan last week. My sister have a great time there.", "had"),
            ("We stayed home on Saturday. My brother have a fever all day.", "had"),
            ("Last summer we stayed with my uncle. He have a big dog and two cats.", nil),
            ("I visited my aunt last month. She have three children.", nil),
        ] as [(String, String?)])
    func haveInPastStory(text: String, past: String?) {
        let findings = Shipped.analyser(only: "tense.past-story").findings(in: text)
        #expect(findings.first?.suggestions.first == past, "\(text): \(findings.map(\.suggestions))")
    }
}

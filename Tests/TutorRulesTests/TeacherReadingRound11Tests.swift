// Teaching defects a teacher found in session 27's reading: distractors, practice sentences, fill-in answers, reported "can".

import Testing
import TutorCore

@testable import TutorRules

@Suite("What a teacher read, round 11")
struct TeacherReadingRound11Tests {
    private static func module(for text: String) async throws -> TeachingModule {
        let candidate = try #require(ModuleGenerationTests.candidate(for: text))
        return try await ModuleGenerationTests.generator.generateModule(for: candidate, analyser: "test")
    }

    /// The practice on a new sentence: the problem between the learner's fill-in and the rewrite.
    private static func practice(for text: String) async throws -> Problem {
        let module = try await module(for: text)
        try #require(module.problems.count == 3, "\(module.problems.map(\.text))")
        return module.problems[1]
    }

    @Test(
        "a modal's wrong choices are other modals, never a form of the noun 'can' ('canning')",
        arguments: [
            "I hope you could visit us this summer.", "I hope that you would call me soon.",
            "I hope we could go camping together.",
        ])
    func modalDistractorsAreModals(text: String) async throws {
        let module = try await Self.module(for: text)
        let modals: Set<String> = ["can", "could", "will", "would", "can't", "couldn't", "won't", "wouldn't"]
        for problem in module.problems where problem.kind == .multipleChoice {
            let choices = problem.choices ?? []
            #expect(choices.allSatisfy { modals.contains($0.lowercased()) }, "\(problem.text): \(choices)")
        }
    }

    @Test(
        "'use to' is practised with 'used to', 'suppose to' with 'supposed to'",
        arguments: [
            ("We use to play together after school.", "used"),
            ("You are not suppose to eat in the library.", "supposed"),
        ])
    func usedToPractisesTheLearnersPoint(text: String, answer: String) async throws {
        let practice = try await Self.practice(for: text)
        #expect(practice.answer == answer, "\(practice.text)")
    }

    @Test(
        "a blank whose answer is 'a' takes no 'the' or 'my': 'when I was ___ student' names one of a kind",
        arguments: ["When I was student, I lived in Busan.", "She was nurse in a big hospital.", "When I was child, I lived near the sea."])
    func indefiniteBlankTakesNoOtherDeterminer(text: String) async throws {
        let module = try await Self.module(for: text)
        let fillIn = try #require(module.problems.first { $0.kind == .fillInTheBlank })
        #expect(["a", "an"].contains(fillIn.answer), "\(fillIn.text) / \(fillIn.answer)")
        #expect((fillIn.alternatives ?? []).isEmpty, "\(fillIn.text): \(fillIn.alternatives ?? [])")
    }
}

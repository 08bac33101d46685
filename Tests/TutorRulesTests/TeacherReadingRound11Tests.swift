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
            "I hope we could go camping together.", "I thought we can take the last train.",
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
            ("My father use to smoke a lot.", "used"),
            ("We use to play together after school.", "used"),
            ("You are not suppose to eat in the library.", "supposed"),
        ])
    func usedToPractisesTheLearnersPoint(text: String, answer: String) async throws {
        let practice = try await Self.practice(for: text)
        #expect(practice.answer == answer, "\(practice.text)")
    }

    @Test(
        "a blank whose answer is 'a' takes no 'the' or 'my': 'when I was ___ student' names one of a kind",
        arguments: [
            "When I was student, I lived in Busan.", "She was nurse in a big hospital.",
            "When I was child, I lived near the sea.",
        ])
    func indefiniteBlankTakesNoOtherDeterminer(text: String) async throws {
        let module = try await Self.module(for: text)
        let fillIn = try #require(module.problems.first { $0.kind == .fillInTheBlank })
        #expect(["a", "an"].contains(fillIn.answer), "\(fillIn.text) / \(fillIn.answer)")
        #expect((fillIn.alternatives ?? []).isEmpty, "\(fillIn.text): \(fillIn.alternatives ?? [])")
    }

    @Test(
        "a blank whose answer is 'the' also takes 'a' where that is right too: 'we went to ___ cafe'",
        arguments: ["After the movie, we went to cafe near the station.", "Yesterday I bought a cake at store."])
    func definiteBlankTakesTheIndefiniteWhereRight(text: String) async throws {
        let module = try await Self.module(for: text)
        let fillIn = try #require(module.problems.first { $0.kind == .fillInTheBlank && $0.answer == "the" })
        #expect((fillIn.alternatives ?? []).contains("a"), "\(fillIn.text): \(fillIn.alternatives ?? [])")
    }

    @Test(
        "'can' after 'said' or 'told' stays when nothing says the report is past",
        arguments: [
            "She told me the shop can deliver on Sundays.",
            "She told me the shop can deliver on Sundays, but I want it on Saturday.",
            "My teacher said we can use a dictionary in the test, but I don't have one.",
            "I knew that my sister can speak Chinese.",
            "My boss said he can play the guitar very well, but I never heard him.",
        ])
    func reportedCanStaysWhileTrue(text: String) {
        #expect(Shipped.analyser(only: "tense.reported-can").findings(in: text).isEmpty, "\(text)")
    }

    @Test(
        "'can' after 'said' or 'told' moves back when the sentence goes on to say in the past that it did not hold",
        arguments: [
            "The guide said we can see the sunrise, but it was cloudy all morning.",
            "He told me he can fix my bike, but he didn't.",
        ])
    func reportedCanMovesBackWhenPast(text: String) {
        let findings = Shipped.analyser(only: "tense.reported-can").findings(in: text)
        #expect(findings.map { $0.suggestions.first } == ["could"], "\(text)")
    }
}

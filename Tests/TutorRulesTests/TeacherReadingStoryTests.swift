// Modules a teacher found wrong in round 9's conversations (a trip, a birthday dinner): each now says the right thing.

import Testing
import TutorCore

@testable import TutorRules

@Suite("What a teacher read, round 9")
struct TeacherReadingStoryTests {
    @Test(
        "a word drawn out for emphasis is chat style, not a misspelling: 'soooo good' never becomes 'soon good'",
        arguments: ["the meat was soooo good", "yesss we won!!", "pleeease come with us", "hmmm I don't know"])
    func drawnOutWordIsNoMisspelling(text: String) {
        #expect(Shipped.analyser(only: "spelling.dictionary").findings(in: text).isEmpty, "\(text)")
    }

    @Test("a misspelling beside a drawn-out word is still found")
    func misspellingBesideDrawnOutWord() {
        let findings = Shipped.analyser(only: "spelling.dictionary").findings(in: "the meat was soooo delicous")
        #expect(findings.map(\.original) == ["delicous"])
        #expect(findings.first?.suggestions.first == "delicious")
        #expect(SpellingMatcher.isDrawnOut("soooo") && !SpellingMatcher.isDrawnOut("coffee"))
    }

    /// The past tense the finding teaches for a learner's answer to `question`, after `story`.
    private func taught(_ answer: String, after story: [String], question: String) -> [String] {
        Shipped.analyser.findings(in: answer, after: story + [question]).compactMap { finding in
            finding.ruleID == "tense.past-story" || finding.ruleID.hasPrefix("agreement.")
                ? "\(finding.original) -> \(finding.suggestions.first ?? "")" : nil
        }
    }

    @Test(
        "a question with 'did' keeps the story in the past: 'My friend lose her wallet' is taught 'lost', not 'loses'",
        arguments: [
            ("Did anything go wrong?", "My friend lose her wallet in the subway.", "lose -> lost"),
            ("What did she say?", "She tell me it was fine.", "tell -> told"),
            ("Was there anything else?", "My brother find a nice cafe near the hotel.", "find -> found"),
        ])
    func didQuestionKeepsThePast(question: String, answer: String, expected: String) {
        let story = ["Last month I went to Osaka with my friend.", "That sounds fun!"]
        #expect(taught(answer, after: story, question: question) == [expected])
    }

    @Test("a question about now still ends the story: 'What does she do?' keeps the present's -s")
    func presentQuestionEndsTheStory() {
        let story = ["Last month I went to Osaka with my friend."]
        #expect(
            taught("She work at a bank.", after: story, question: "What does your friend do?") == ["work -> works"])
        #expect(taught("She works at a bank.", after: story, question: "Did you know her before?").isEmpty)
    }

    @Test(
        "a plural's wrong choice takes the article its sound wants: 'an animal', never 'a animal'",
        arguments: [("My brother loves small animal.", "an animal"), ("I really like dog.", "a dog")])
    func singularChoiceHasItsArticle(text: String, expected: String) throws {
        let focus = try #require(Shipped.analyser.findings(in: text).first { $0.errorType.category == "NOUN:NUM" })
        let answer = try #require(focus.suggestions.first)
        let choices = DistractorMaker(resources: Shipped.resources).candidates(
            for: focus, gap: Gap(original: focus.original, correction: answer), blanked: text, rule: nil)
        #expect(choices.contains(expected), "\(choices)")
        #expect(!choices.contains("a animal"))
    }

    @Test(
        "a word the key capitalises at its start is the blank's answer as the key reads it: 'Tomorrow', not 'tomorrow'")
    func answerAtKeyStartIsCapitalised() async throws {
        let candidate = try #require(ModuleGenerationTests.candidate(for: "tomorow i have to go to work at 9"))
        let module = try await ModuleGenerationTests.generator.generateModule(for: candidate, analyser: "test")
        let report = ModuleGenerationTests.validator.validate(module)
        #expect(report.passed, "\(report.failures)")
        let fillIn = try #require(module.problems.first { $0.kind == .fillInTheBlank })
        #expect(
            fillIn.text.hasPrefix(Problem.blank) && fillIn.answer == "Tomorrow", "\(fillIn.text) / \(fillIn.answer)")
        #expect(module.correctedSentence.hasPrefix("Tomorrow I have"))
        // Control: inside the sentence the answer keeps its own case.
        let inside = try #require(ModuleGenerationTests.candidate(for: "I will see you tomorow at 9."))
        let insideModule = try await ModuleGenerationTests.generator.generateModule(for: inside, analyser: "test")
        #expect(insideModule.problems.first { $0.kind == .fillInTheBlank }?.answer == "tomorrow")
    }
}

@Suite("What a teacher read, round 10")
struct TeacherReadingFillInTests {
    /// The fill-in problem of the module made for `text`.
    private func fillIn(for text: String) async throws -> Problem {
        let candidate = try #require(ModuleGenerationTests.candidate(for: text))
        let module = try await ModuleGenerationTests.generator.generateModule(for: candidate, analyser: "test")
        return try #require(module.problems.first { $0.kind == .fillInTheBlank })
    }

    @Test(
        "a missing preposition's blank takes the rule's answer, not any preposition word pairs allow ('went on the cinema')"
    )
    func missingPrepositionAcceptsNoOtherPreposition() async throws {
        let problem = try await fillIn(for: "Yesterday we went the cinema with my sister.")
        #expect(problem.answer == "to", "\(problem.text) / \(problem.answer)")
        let others = problem.alternatives ?? []
        #expect(!others.contains("into") && !others.contains("on"), "\(others)")
    }

    @Test("control: a missing article's blank still takes another determiner that fits as well")
    func missingArticleAcceptsADeterminer() async throws {
        let problem = try await fillIn(for: "Last winter I went skiing for first time with my cousins.")
        #expect(problem.answer == "the", "\(problem.text) / \(problem.answer)")
        #expect((problem.alternatives ?? []).allSatisfy { TemplateModuleGenerator.definiteDeterminers.contains($0) })
    }

    @Test("a blank in a sentence about a habit takes no 'this': 'I always wash my car on ___ weekend' wants 'the'")
    func habitBlankTakesNoDemonstrative() async throws {
        let problem = try await fillIn(for: "My father always washes his car on weekend.")
        #expect(problem.answer == "the", "\(problem.text) / \(problem.answer)")
        #expect(!(problem.alternatives ?? []).contains("this"), "\(problem.alternatives ?? [])")
        #expect(TemplateModuleGenerator.tellsAHabit("We play ___ game every Sunday."))
        #expect(!TemplateModuleGenerator.tellsAHabit("Is the museum open on ___ weekend?"))
    }

    @Test(
        "a rule example written as chat is no practice sentence: no capital and no closing stop",
        arguments: [
            ("we are so excited for the game tonight", true), ("can you lend me your umbrella", true),
            ("We are so excited for the game tonight.", false), ("i'm so tired.", false),
            ("I'm so tired", false),
        ])
    func chatExampleIsNoPracticeSentence(text: String, isChat: Bool) {
        #expect(TemplateModuleGenerator.isChatStyle(text) == isChat, "\(text)")
    }
}

// Modules a teacher found wrong on new conversations: each now says the right thing.

import Testing
import TutorCore

@testable import TutorRules

@Suite("What a teacher read")
struct TeacherReadingTests {
    private static func module(for text: String) async throws -> TeachingModule {
        let candidate = try #require(ModuleGenerationTests.candidate(for: text))
        return try await ModuleGenerationTests.generator.generateModule(for: candidate, analyser: "test")
    }

    @Test(
        "a short form typed without its apostrophe keeps its meaning: 'couldnt' is 'couldn't', never 'could'",
        arguments: [
            ("the screen is broken and touch doesnt work", "the screen is broken and touch doesn't work"),
            ("I couldnt sleep last night.", "I couldn't sleep last night."),
            ("He wasnt at home.", "He wasn't at home."),
            ("im so tired today.", "I'm so tired today."),
            ("Thats a good idea.", "That's a good idea."),
            ("yes i cant wait!!", "yes I can't wait!!"),
        ])
    func shortFormKeepsItsMeaning(text: String, expected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == expected)
    }

    @Test(
        "words that are English without an apostrophe are left alone",
        arguments: [
            "My brother lets me use his bike.", "The roof has a slight cant.", "We were tired, so we went home.",
            "I'll be there at six.", "The dog wagged its tail.", "I don't know, but I can't stay.",
        ])
    func realWordsPass(text: String) {
        #expect(
            Shipped.analyser(only: "orthography.contraction-apostrophe").findings(in: text).isEmpty, "\(text)")
    }

    @Test("a spelling module's key keeps the learner's negative: 'doesn't work', not 'does work'")
    func spellingKeyKeepsNegative() async throws {
        let module = try await Self.module(for: "yes the screen is totaly broken and touch doesnt work")
        #expect(module.focus.correction == "totally", "the module still teaches the spelling it found")
        #expect(module.correctedSentence == "Yes the screen is totally broken and touch doesn't work.")
        #expect(module.problems.allSatisfy { !$0.answer.contains("does work") })
    }

    @Test("a number's thousands comma ends no clause: the key keeps '300,000', not '000 won'")
    func numberCommaIsNoClause() async throws {
        #expect(TextSpan.clauses(in: "It costs 300,000 won, but it is cheap.").count == 2)
        #expect(TextSpan.clauses(in: "One, two, three.").count == 3, "a comma between words still ends a clause")
        let module = try await Self.module(for: "about 300,000 won and its too expensiv for me")
        #expect(module.correctedSentence.contains("300,000"), "\(module.correctedSentence)")
        #expect(!module.correctedSentence.hasPrefix("000"))
        let rewrite = try #require(module.problems.first { $0.kind == .rewrite })
        #expect(rewrite.text.contains("300,000"), "\(rewrite.text)")
    }

    @Test(
        "a key is shown as a sentence: a capital and an end mark even where the chat line had none",
        arguments: [
            ("yes the screen is totaly broken", "Yes the screen is totally broken."),
            ("where is the bus stop for the musuem", "Where is the bus stop for the museum?"),
            ("My sister like spicy food.", "My sister likes spicy food."),
        ])
    func keyIsASentence(text: String, key: String) async throws {
        let module = try await Self.module(for: text)
        #expect(module.correctedSentence == key)
        let rewrite = try #require(module.problems.first { $0.kind == .rewrite })
        #expect(rewrite.text == text, "the learner's own words stay as written")
    }

    @Test("an agreement module's key fixes the subject after an opening adverb too: 'Usually my father walks'")
    func agreementAfterOpeningAdverb() async throws {
        let module = try await Self.module(for: "Usually my father walk him in the morning before he go to work.")
        #expect(module.correctedSentence == "Usually my father walks him in the morning before he goes to work.")
        let rule = Shipped.analyser(only: "agreement.third-person")
        #expect(rule.findings(in: "Sometimes my sister cook dinner for us.").count == 1)
        #expect(rule.findings(in: "Usually my father walks the dog.").isEmpty)
        #expect(rule.findings(in: "Usually the bus stop is crowded.").isEmpty)
        #expect(rule.findings(in: "Today my friends come to my house.").isEmpty)
    }
}

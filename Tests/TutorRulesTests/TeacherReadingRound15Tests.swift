// Teaching defects read in session 31: a do-question's blank that took any helping verb, a past
// question given "do", "two waters" taught as a regular plural, a name after a comma spelt as a word.

import Testing
import TutorCore

@testable import TutorRules

@Suite("What a teacher read, round 15")
struct TeacherReadingRound15Tests {
    private static func module(for text: String) async throws -> TeachingModule {
        let candidate = try #require(ModuleGenerationTests.candidate(for: text))
        return try await ModuleGenerationTests.generator.generateModule(for: candidate, analyser: "test")
    }

    /// The helping verbs a problem's answers put before "you": its key's and its alternatives'.
    private static func helpers(_ problem: Problem) -> Set<String> {
        Set(
            ([problem.answer] + (problem.alternatives ?? [])).compactMap { answer in
                let words = answer.lowercased().split(separator: " ").map(String.init)
                guard let you = words.firstIndex(of: "you"), you > 0 else { return nil }
                return words[you - 1]
            })
    }

    @Test(
        "a do-question's practice takes only the helping verbs that keep its meaning for the verb",
        arguments: [
            ("What kind of music you like?", ["do", "did"], ["can", "could", "would", "will"]),
            ("Where you live now?", ["do", "did"], ["can", "could", "would", "will"]),
            ("What you recommend for a first trip to Busan?", ["do", "would", "could", "can"], ["will"]),
            ("Which one you prefer, tea or coffee?", ["do", "would"], ["can", "could", "will"]),
        ])
    func doQuestionHelpers(text: String, accepted: [String], refused: [String]) async throws {
        let module = try await Self.module(for: text)
        let rewrite = try #require(module.problems.first { $0.kind == .rewrite })
        let helpers = Self.helpers(rewrite)
        #expect(helpers.isSuperset(of: accepted), "\(text): \(helpers)")
        #expect(helpers.isDisjoint(with: refused), "\(text): \(helpers)")
    }

    @Test(
        "a question with a past time marker is given 'did', never 'do'",
        arguments: [
            ("What you do last weekend?", "did you do"), ("Where you go yesterday?", "did you go"),
            ("What she say two days ago?", "did she say"),
        ])
    func pastQuestionTakesDid(text: String, correction: String) {
        let findings = Shipped.analyser(only: "word-order.question").findings(in: text)
        #expect(findings.first?.suggestions.first == correction, "\(text): \(findings.map(\.suggestions))")
    }

    @Test("'two water' is explained as servings ordered, in both languages; 'two sister' as a plural")
    func servingsExplained() async throws {
        let water = try await Self.module(for: "Can we get two water and one juice, please?")
        #expect(water.focus.correction == "waters")
        #expect(water.explanation.en.contains("'two waters' means two servings of water"), "\(water.explanation.en)")
        #expect(water.explanation.ko.contains("'two waters'는 'two servings of water'"), "\(water.explanation.ko)")
        let coffee = try await Self.module(for: "We ordered three coffee after lunch.")
        #expect(coffee.explanation.en.contains("as 'two teas' means two cups of tea"), "\(coffee.explanation.en)")
        let sisters = try await Self.module(for: "My friend has two sister in Daegu.")
        #expect(!sisters.explanation.en.contains("servings"), "\(sisters.explanation.en)")
    }

    @Test(
        "a Korean given name addressed after a comma, or after a greeting or 'thanks' and a comma, is not spelt",
        arguments: [
            "Thanks, minji.", "See you tomorrow, jiwoo.", "Good night, minsu!", "Thank you, seoyeon!",
            "Hi, hyunwoo, how was your weekend?", "Thanks, minsu, for the help.", "His name is minsu.",
        ])
    func nameAfterComma(text: String) {
        let findings = Shipped.analyser(only: "spelling.dictionary").findings(in: text)
        #expect(findings.isEmpty, "\(text): \(findings.map(\.suggestions))")
    }

    @Test(
        "a slip that ends a sentence after a comma, in no name's shape, is still corrected",
        arguments: [("I liked the film, hopefuly.", "hopefully"), ("I need pens, pencils and papper.", "paper")])
    func slipAfterComma(text: String, correction: String) {
        let findings = Shipped.analyser(only: "spelling.dictionary").findings(in: text)
        #expect(findings.first?.suggestions.first == correction, "\(text): \(findings.map(\.suggestions))")
    }

    @Test("members counted in a group keep 'in'; a single member takes 'of'")
    func membersIn() {
        let analyser = Shipped.analyser(only: "preposition.governed")
        #expect(analyser.findings(in: "There are twelve members in our club.").isEmpty)
        #expect(analyser.findings(in: "He is a member in our club.").first?.suggestions.first == "of")
    }

    @Test("'by an airplane' loses its article, and 'by plane' is as right an answer")
    func byAirplane() {
        let findings = Shipped.analyser(only: "determiner.by-transport").findings(in: "We went there by an airplane.")
        #expect(findings.first?.suggestions == ["airplane", "plane"], "\(findings.map(\.suggestions))")
    }

    @Test("'a another' is not made 'an another' (the fix is 'another')")
    func aAnother() {
        #expect(Shipped.analyser(only: "determiner.a-an").findings(in: "I work with a another student.").isEmpty)
    }

    @Test(
        "the shape of a romanised Korean given name: two syllables",
        arguments: [
            ("minji", true), ("jiwoo", true), ("seoyeon", true), ("hyunwoo", true), ("eunji", true),
            ("hopefuly", false), ("tomorow", false), ("becaus", false), ("beleive", false), ("hana", true),
            ("seoyeonji", false),
        ])
    func nameShape(word: String, isName: Bool) {
        #expect(RomanisedKoreanName.isGivenName(word) == isName, "\(word)")
    }
}

// Findings a teacher found wrong in round 10's conversations (a cooking class, moving house, a concert, a photography hobby): each now says the right thing.

import Testing
import TutorCore

@testable import TutorRules

@Suite("What a teacher read, round 10")
struct TeacherReadingRound10Tests {
    private static func module(for text: String) async throws -> TeachingModule {
        let candidate = try #require(ModuleGenerationTests.candidate(for: text))
        return try await ModuleGenerationTests.generator.generateModule(for: candidate, analyser: "test")
    }

    @Test(
        "'she dont' is corrected to 'she doesn't', never to 'she don't'",
        arguments: [
            ("He dont eat meat.", "He doesn't eat meat."),
            ("My sister dont like horror movies.", "My sister doesn't like horror movies."),
            ("I dont eat meat.", "I don't eat meat."),
        ])
    func dontAfterThirdPerson(text: String, expected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == expected)
    }

    @Test("where 'doesn't' or 'didn't' may be meant, 'she dont' is not made 'she don't'")
    func dontNearAPast() {
        let text = "She dont like kpop but she enjoyed it."
        #expect(!Shipped.analyser.findings(in: text).corrected(text).contains("She don't"))
    }

    @Test("a module for 'he dont' teaches 'doesn't' and its key says so")
    func dontModule() async throws {
        let module = try await Self.module(for: "He dont eat meat.")
        #expect(module.focus.correction == "doesn't")
        #expect(module.correctedSentence == "He doesn't eat meat.")
    }

    @Test(
        "'go to there' before a noun is the learner's 'their': no 'go there concert'",
        arguments: [
            "Next tour I will go to there concert in Japan too.", "We will go to there new house for dinner.",
        ])
    func thereBeforeNoun(text: String) {
        #expect(Shipped.analyser(only: "preposition.go-to-there").findings(in: text).isEmpty, "\(text)")
    }

    @Test(
        "'go to there' is still corrected where 'there' is the place",
        arguments: [
            "Let's go to there after lunch.", "We will go to there tomorrow morning.", "I want to go to there again.",
        ])
    func thereAsPlace(text: String) {
        #expect(Shipped.analyser(only: "preposition.go-to-there").findings(in: text).count == 1, "\(text)")
    }

    @Test(
        "'since two weeks' after a present is not made 'for': 'I am living here for two weeks' keeps the wrong tense",
        arguments: ["I am living here since two weeks.", "I live in Seoul since three years."])
    func sinceAfterPresent(text: String) {
        #expect(Shipped.analyser(only: "preposition.for-duration").findings(in: text).isEmpty, "\(text)")
    }

    @Test(
        "'since' with a length of time after a perfect or a past is still 'for'",
        arguments: [
            "I have lived here since three years.", "We waited since two hours.",
            "She studied in Canada during two years.",
        ])
    func sinceAfterPerfect(text: String) {
        let findings = Shipped.analyser(only: "preposition.for-duration").findings(in: text)
        #expect(findings.map { $0.suggestions.first } == ["for"], "\(text)")
    }

    @Test("'one of my grandmother laughing' (a photo of her) is not made 'grandmothers'")
    func oneOfBeforeIng() {
        let rule = Shipped.analyser(only: "noun-number.one-of")
        #expect(rule.findings(in: "Probably one of my grandmother laughing in her kitchen.").isEmpty)
        #expect(rule.findings(in: "One of my friend is a doctor.").count == 1, "the plural is still taught")
    }

    @Test("in a story told in the past, 'she like it' is not taught 'likes'")
    func stateInPastStory() {
        let rule = Shipped.analyser(only: "agreement.third-person")
        #expect(rule.findings(in: "Yesterday I met my friend at a cafe. She like it very much.").isEmpty)
        #expect(
            rule.findings(in: "She like it very much.", after: ["What did your friend think of the cafe?"]).isEmpty)
        #expect(rule.findings(in: "My friend like this cafe very much.").count == 1, "no story: the -s is taught")
        #expect(
            rule.findings(in: "She like it very much.", after: ["Does your friend like the cafe?"]).count == 1,
            "a question about now")
        #expect(
            rule.findings(in: "Yesterday I met my friend at a cafe. She teach English there.").count == 1,
            "an action is left to the past-story rule's reading, as before")
    }
}

@Suite("Korean particles after English words, round 10")
struct KoreanParticleRound10Tests {
    @Test(
        "an unstressed '-ite' ends in a consonant ('favourite'을), a stressed one does not ('write'를)",
        arguments: [
            ("favourite", "'favourite'을 써요"), ("favorite", "'favorite'을 써요"), ("opposite", "'opposite'을 써요"),
            ("definite", "'definite'을 써요"), ("minute", "'minute'을 써요"), ("write", "'write'를 써요"),
            ("invite", "'invite'를 써요"), ("make", "'make'를 써요"), ("website", "'website'를 써요"),
        ])
    func uniteEnding(word: String, expected: String) {
        #expect("{w:을} 써요".fillingPlaceholders(["w": word]) == expected)
    }
}

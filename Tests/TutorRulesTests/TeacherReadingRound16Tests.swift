// Found by a new-user trial (session 31): after a message told in the past, a sentence about now
// lost its agreement finding ("She work in a bank now" was left alone); "there is two cup" was
// "corrected" to "there are a two cups", an article before a number.

import Testing
import TutorCore

@testable import TutorRules

@Suite("What a teacher read, round 16")
struct TeacherReadingRound16Tests {
    @Test(
        "a state verb after a past story: agreement where the sentence says it is about now, nothing where it may be the story",
        arguments: [
            ("We visited my uncle's farm on Sunday.", "My cousin work at the hospital now.", "works"),
            ("I met my old teacher last week.", "She is retired and she live near the sea.", "lives"),
            ("We visited my uncle's farm on Sunday.", "He usually work until seven.", "works"),
            ("I met my old teacher last week.", "She like the new school there.", nil),
        ] as [(String, String, String?)])
    func presentSentenceAfterPastStory(earlier: String, text: String, correction: String?) {
        let findings = Shipped.analyser(only: "agreement.third-person").findings(in: text, after: [earlier])
        #expect(findings.first?.suggestions.first == correction, "\(text): \(findings.map(\.suggestions))")
    }

    @Test(
        "a number after 'there is' takes no article: the plural and 'are' are taught, not 'a two'",
        arguments: [
            ("there is two cup on my desk.", "there are two cups on my desk."),
            ("There is three small dog in the garden.", "There are three small dogs in the garden."),
        ])
    func noArticleBeforeANumber(text: String, corrected: String) {
        let findings = Shipped.analyser.findings(in: text)
        #expect(!findings.contains { $0.ruleID == "determiner.missing-article" }, "\(findings.map(\.suggestions))")
        #expect(findings.corrected(text) == corrected)
    }
}

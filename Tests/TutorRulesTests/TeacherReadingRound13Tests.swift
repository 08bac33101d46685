// Teaching defects found by reading the modules of three new conversations (audit28): a present
// sentence "corrected" to the past, and a Korean pub word "corrected" to an English one.

import Testing
import TutorCore

@testable import TutorRules

@Suite("What a teacher read, round 13")
struct TeacherReadingRound13Tests {
    @Test(
        "a sentence with a present 'is' or 'are' stays present after a past story; one without is still put in the past",
        arguments: [
            (
                "Last term I joined a study group.", "Our teacher is very strict and he give us a lot of homework.",
                nil
            ),
            ("Last term I joined a study group.", "My friends are busy, so we meet only on Sundays.", nil),
            ("Two days ago we visited my grandmother.", "We cook dinner together and watch a movie.", "cooked"),
        ] as [(String, String, String?)])
    func presentSentenceAfterPastStory(earlier: String, text: String, past: String?) {
        let findings = Shipped.analyser(only: "tense.past-story").findings(in: text, after: [earlier])
        #expect(findings.first?.suggestions.first == past, "\(text): \(findings.map(\.suggestions))")
    }

    @Test("'hof', the Korean word for a pub, is taught as Konglish ('pub'), not spelt as 'hot'")
    func hofIsAPub() throws {
        let text = "After class we had chicken and beer at a hof near the station."
        let findings = Shipped.analyser.findings(in: text)
        #expect(!findings.contains { $0.suggestions.first == "hot" }, "\(findings.map(\.suggestions))")
        let konglish = try #require(findings.first { $0.ruleID == "konglish.expression" })
        #expect(konglish.suggestions.first == "pub")
    }
}

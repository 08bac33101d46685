// Teaching defects found by a new user's trial (session 30): a name after a greeting spelt as
// a word; "a water" ordered in a cafe is right ("water" on the mass-noun list made it an error).

import Testing
import TutorCore

@testable import TutorRules

@Suite("What a teacher read, round 14")
struct TeacherReadingRound14Tests {
    @Test(
        "a name after a greeting, or after 'thanks' or 'sorry' before a comma or the end, is not spelt",
        arguments: [
            "Hi minji.", "hello jiwoo how are you?", "Thanks minji!", "Thank you minji.", "sorry minsu, I was late.",
        ])
    func nameAfterGreeting(text: String) {
        let findings = Shipped.analyser(only: "spelling.dictionary").findings(in: text)
        #expect(findings.isEmpty, "\(text): \(findings.map(\.suggestions))")
    }

    @Test(
        "a slip after a greeting for a word that is greeted, or after 'sorry' before a word, is still corrected",
        arguments: [("Hi evryone!", "everyone"), ("sorry abuot that", "about"), ("Hi, evryone!", "everyone")])
    func slipAfterGreeting(text: String, correction: String) {
        let findings = Shipped.analyser(only: "spelling.dictionary").findings(in: text)
        #expect(findings.first?.suggestions.first == correction, "\(text): \(findings.map(\.suggestions))")
    }

    @Test("'a water', like 'a coffee', is a serving ordered, not an article error")
    func servingOfWater() {
        let findings = Shipped.analyser(only: "determiner.uncountable-article").findings(
            in: "And can I have a water too?")
        #expect(findings.isEmpty, "\(findings.map(\.suggestions))")
    }

    @Test("a question given 'do' also accepts the other helping verbs, 'could' among them")
    func questionHelpers() {
        let findings = Shipped.analyser(only: "word-order.question").findings(in: "What you recommend?")
        let suggestions = findings.first?.suggestions ?? []
        #expect(suggestions.first == "do you recommend")
        #expect(suggestions.contains("could you recommend"), "\(suggestions)")
    }
}

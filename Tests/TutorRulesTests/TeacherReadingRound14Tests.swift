// Teaching defects found by a new user's trial (session 30): a name after a greeting spelt as
// a word, and "two water" taught as a regular plural.

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
        arguments: [("Hi evryone!", "everyone"), ("sorry abuot that", "about"), ("See you later, minji.", "mini")])
    func slipAfterGreeting(text: String, correction: String) {
        let findings = Shipped.analyser(only: "spelling.dictionary").findings(in: text)
        #expect(findings.first?.suggestions.first == correction, "\(text): \(findings.map(\.suggestions))")
    }

    @Test("a number before 'water' is not taught as a plural ('two glasses of water' is what is meant)")
    func numberBeforeWater() {
        let findings = Shipped.analyser(only: "noun-number.after-quantity").findings(in: "Can I get two water, please?")
        #expect(findings.isEmpty, "\(findings.map(\.suggestions))")
    }
}

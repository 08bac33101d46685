// Read by a teacher in chats written as Korean learners write: questions built on "be" ("Are you
// like K-pop?", "Is she live here?", which third-person made "Is she lives"), "there are a lot of"
// an uncountable noun, "barks to", "English subtitle", and "it was embarrassed" for an event.

import Testing
import TutorCore

@testable import TutorRules

@Suite("What a teacher read, round 19")
struct TeacherReadingRound19Tests {
    @Test(
        "a question on 'be' around an action verb takes 'do'; comparisons and the progressive stay",
        arguments: [
            ("Are you like Korean dramas?", "Do you like Korean dramas?"),
            ("Is she live with her parents?", "Does she live with her parents?"),
            ("Is the new teacher teach us grammar?", "Does the new teacher teach us grammar?"),
            ("Where is he work?", "Where does he work?"),
            ("Are you like your sister?", "Are you like your sister?"),
            ("What is the food like in Busan?", "What is the food like in Busan?"),
            ("Are you working tonight?", "Are you working tonight?"),
            ("Is she a nurse?", "Is she a nurse?"),
        ])
    func beQuestion(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test("third-person agreement leaves a question on 'be' to the question rule")
    func noLivesInBeQuestion() {
        let findings = Shipped.analyser.findings(in: "Is she cook dinner every night?")
        #expect(!findings.contains { $0.ruleID == "agreement.third-person" }, "\(findings.map(\.ruleID))")
    }

    @Test(
        "'there are' before an uncountable after a quantity becomes 'there is'; countable plurals stay",
        arguments: [
            ("There are a lot of rain in summer.", "There is a lot of rain in summer."),
            ("There were lots of noise from upstairs.", "There was lots of noise from upstairs."),
            ("There are a lot of rain boots in the hall.", "There are a lot of rain boots in the hall."),
            ("There are some cookies and milk.", "There are some cookies and milk."),
        ])
    func thereUncountable(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test(
        "plural-only nouns, 'smiled at', and an 'it' that stands for an event",
        arguments: [
            ("I watch dramas with Korean subtitle.", "I watch dramas with Korean subtitles."),
            ("He always wears ripped jean.", "He always wears ripped jeans."),
            ("The book has a short subtitle.", "The book has a short subtitle."),
            ("My dog barked to the delivery man.", "My dog barked at the delivery man."),
            ("She smiled to herself.", "She smiled to herself."),
            (
                "It was so embarrassed when my phone rang in class.",
                "It was so embarrassing when my phone rang in class."
            ),
        ])
    func chatMisses(text: String, corrected: String) {
        #expect(Shipped.analyser.findings(in: text).corrected(text) == corrected)
    }
}

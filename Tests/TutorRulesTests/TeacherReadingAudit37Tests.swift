// Read by the teach helper in the misses of audit 36 and two new recorded chats (noise from the
// flat upstairs, a mother's sixtieth birthday): "My cousin sell his car next month" taught
// "sells" (a plan wants "is selling"); "He always say" after "he was very strict" taught "says";
// "this jeans is" became "these jeans is" in one pass; "I'm scary", "the website say", "too many
// food", "my mom birthday", "He is a taxi driver for 20 years", "but is too small", "teaches a
// math", "In Korea everybody talk", "and the battery die", "everyone was exciting" went
// unflagged; "Since they moved in last spring" lost its "in"; "But after that the noise start
// again" and "Then he bring her" (after "will") were taught the present -s.

import Testing
import TutorCore

@testable import TutorRules

@Suite("What a teacher read, audit 37")
struct TeacherReadingAudit37Tests {
    private func corrected(_ text: String) -> String {
        Shipped.analyser.findings(in: text).corrected(text)
    }

    @Test("'there is too many' + an uncountable noun is not made 'there are too much'")
    func thereIsTooMany() {
        #expect(!corrected("There is too many information.").contains("are too much"))
    }

    @Test(
        "a person's plan with a time to come takes 'is' + -ing, never the -s",
        arguments: [
            ("My cousin sell his car next month.", "My cousin is selling his car next month."),
            ("My brother come from Busan on Friday night.", "My brother is coming from Busan on Friday night."),
            ("She start her new job next Monday.", "She is starting her new job next Monday."),
            ("If he come tomorrow, we can play.", "If he comes tomorrow, we can play."),
            ("She have a dentist appointment tomorrow.", "She has a dentist appointment tomorrow."),
        ])
    func plans(text: String, expected: String) {
        #expect(corrected(text) == expected)
    }

    @Test("a plan's practice blank also takes 'is going to' and 'will'")
    func planAlternatives() {
        let finding = Shipped.analyser(only: "tense.future-arrangement").findings(
            in: "My cousin sell his car next month.")
        #expect(finding.first?.suggestions == ["is selling", "is going to sell", "will sell"])
    }

    @Test(
        "a verb that goes on from the message's sentence before is not taught the present -s",
        arguments: [
            "Yes, but he was very strict. He always say the same thing.",
            "It was better for one week. But after that the noise start again.",
            "My dad will take her to the salon. Then he bring her to the restaurant.",
            "He live there for five years.",
        ])
    func followsItsMessage(text: String) {
        let findings = Shipped.analyser(only: "agreement.third-person").findings(in: text)
        #expect(findings.isEmpty, "\(findings.map(\.suggestions))")
    }

    @Test(
        "subjects the agreement rule now reads",
        arguments: [
            ("The website say I can return them.", "The website says I can return them."),
            (
                "In Korea everybody talk about grades and university.",
                "In Korea everybody talks about grades and university."
            ),
            ("My phone is very old and the battery die quickly.", "My phone is very old and the battery dies quickly."),
            ("My brother and the dog sleep in the same room.", "My brother and the dog sleep in the same room."),
        ])
    func agreement(text: String, expected: String) {
        #expect(corrected(text) == expected)
    }

    @Test("'this jeans is' becomes 'these jeans are' in one pass; not after a preposition")
    func demonstrativeAndVerb() {
        #expect(corrected("I think this jeans is too tight.") == "I think these jeans are too tight.")
        #expect(corrected("This shoes is too small.") == "These shoes are too small.")
        let text = "The reason for this two activities is simple."
        #expect(corrected(text) == "The reason for these two activities is simple.")
    }

    @Test(
        "feelings: 'scared' for 'scary', and a crowd's excitement",
        arguments: [
            ("I'm scary to drive on the highway.", "I'm scared to drive on the highway."),
            ("I'm scary she will see the message.", "I'm scared she will see the message."),
            ("He is scary when he is angry.", "He is scary when he is angry."),
            (
                "The bride wore a white dress and everyone was exciting.",
                "The bride wore a white dress and everyone was excited."
            ),
            ("Everyone was interesting at the party.", "Everyone was interesting at the party."),
        ])
    func feelings(text: String, expected: String) {
        #expect(corrected(text) == expected)
    }

    @Test(
        "words a teacher marks: possessive 's, 'too much', 'has been ... for', a dropped 'it', a school subject",
        arguments: [
            ("Next week is my mom birthday.", "Next week is my mom's birthday."),
            ("We ordered too many food for four people.", "We ordered too much food for four people."),
            (
                "My uncle is strict. He is a taxi driver for 20 years.",
                "My uncle is strict. He has been a taxi driver for 20 years."
            ),
            ("We are married for ten years now.", "We have been married for ten years now."),
            (
                "We are in Seoul for two years, and then we go back.",
                "We are in Seoul for two years, and then we go back."
            ),
            ("I like the jacket but is too small.", "I like the jacket but it is too small."),
            ("The jacket is nice but is too small.", "The jacket is nice but is too small."),
            ("She teaches a math at a middle school.", "She teaches math at a middle school."),
            ("Since they moved in last spring, it is noisy.", "Since they moved in last spring, it is noisy."),
        ])
    func markedWords(text: String, expected: String) {
        #expect(corrected(text) == expected)
    }
}

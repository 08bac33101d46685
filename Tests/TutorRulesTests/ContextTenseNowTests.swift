// A story told in the past does not turn what the learner says now into the past: requests,
// opinions, habits and sentences addressed to the reader keep their present.

import Testing
import TutorCore

@testable import TutorRules

@Suite("The story's past leaves the present of now alone")
struct ContextTenseNowTests {
    private static let story = ["Last Saturday my sister and I went to a concert in Seoul."]

    /// What tense.past-story and the agreement rules change in `text` after `earlier`.
    private func changes(_ text: String, after earlier: [String] = Self.story) -> [String] {
        Shipped.analyser.findings(in: text, after: earlier).compactMap { finding in
            finding.ruleID == "tense.past-story" || finding.ruleID.hasPrefix("agreement.")
                ? "\(finding.original) -> \(finding.suggestions.first ?? "")" : nil
        }
    }

    @Test(
        "a request, an opinion or a promise made now stays in the present after a past story",
        arguments: [
            "So I ask for a refund of my ticket.",
            "I guess about two hundred people came.",
            "I consider it the best night of the year.",
            "We promise we will come again.",
            "I really regret that I shouted at him.",
            "Oh I see.",
            "I find it hard to believe.",
        ])
    func performativeStaysPresent(text: String) {
        #expect(changes(text).isEmpty, "\(text)")
    }

    @Test(
        "a sentence addressed to the reader stays in the present",
        arguments: [
            "I send you two photos of the stage.", "Please, I beg you to answer soon.",
            "I write this letter to you because the show was bad.", "We thank you for the tickets.",
        ])
    func addressedToYouStaysPresent(text: String) {
        #expect(changes(text).isEmpty, "\(text)")
    }

    @Test(
        "a sentence about now by its own verbs or a habit stays in the present",
        arguments: [
            "My friend knows that I play the drums.", "I have tried it and I like it.",
            "I don't know why they sing so loud.", "I paint a lot in my spare time.",
            "I spend most of my time online.",
            "I have to say the drummer was great.", "I have no time for games.",
            "Then my mom said: \"We eat at seven.\"",
            "He told me \"I live here now",
        ])
    func aboutNowStaysPresent(text: String) {
        #expect(changes(text).isEmpty, "\(text)")
    }

    @Test("a noun that the tagger reads as part of the subject is no verb: 'the musical show was late'")
    func compoundNounIsNoVerb() {
        #expect(changes("Then the musical show was late.").isEmpty)
        #expect(changes("After that the singer show us his guitar.") == ["show -> showed"])
    }

    @Test(
        "an action in the story still takes the past",
        arguments: [
            ("We eat tteokbokki after the show.", "eat -> ate"),
            ("I ask the guard where the exit was.", "ask -> asked"),
            ("My sister buy a T-shirt.", "buy -> bought"),
            ("She tell me it was fine.", "tell -> told"),
            ("We have a picnic by the river.", "have -> had"),
            ("I have to wait for an hour.", "have -> had"),
            // A quoted code or name is no speech: the sentence is still the story's.
        ])
    func storyActionTakesThePast(text: String, expected: String) {
        #expect(changes(text) == [expected], "\(text)")
    }

    @Test("a quoted code or name is no speech: the sentence still belongs to the story")
    func quotedCodeIsNoSpeech() {
        #expect(
            changes(
                "Yes, it show \"E3\" on the screen and it make a loud noise.", after: ["Did it show an error code?"])
                == ["show -> showed", "make -> made"])
    }

    @Test(
        "a he/she sentence that is plainly present keeps its agreement after a past story",
        arguments: [
            ("Though she doesn't work, she need a car.", "need -> needs"),
            ("She know what the teacher has said.", "know -> knows"),
            ("Your bag have been stolen.", "have -> has"),
        ])
    func plainlyPresentKeepsAgreement(text: String, expected: String) {
        #expect(changes(text) == [expected], "\(text)")
    }

    @Test("a state in the past story is still left alone: neither 'liked' nor 'likes'")
    func stateInStoryIsLeftAlone() {
        #expect(changes("She like the songs very much.").isEmpty)
    }
}

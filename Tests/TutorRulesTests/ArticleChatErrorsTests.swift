// Article errors of chat learners: "an" typed for "and", a person named with a noun in front, the place
// beside which something is, "next"/"last" before a noun of a series, a known noun after "and".

import Testing
import TutorCore

@testable import TutorRules

@Suite("Article errors in chat: 'an' for 'and', 'a university student', 'in front of the building'")
struct ArticleChatErrorsTests {
    private let articleSound = Shipped.analyser(only: "determiner.a-an")
    private let missing = Shipped.analyser(only: "determiner.missing-article")
    private let known = Shipped.analyser(only: "determiner.known-noun")

    @Test(
        "'an' before what cannot open a noun phrase is 'and'",
        arguments: [
            "I was so sleepy an cold after the hike.",
            "The waiter smiled an brought us more water.",
            "We cleaned the kitchen an then we watched a film.",
            "Sumin an Hyejin are my best friends.",
            "I called him an he did not answer.",
        ])
    func anForAnd(text: String) {
        let findings = articleSound.findings(in: text)
        #expect(findings.map(\.original) == ["an"], "\(text)")
        #expect(findings.first?.suggestions.first == "and", "\(text)")
    }

    @Test(
        "'an' before a consonant sound that opens a noun phrase is still 'a'",
        arguments: [
            ("She is an kind teacher.", "a"),
            ("It was an long and tiring day.", "a"),
            ("We met an Korean singer at the airport.", "a"),
            ("He gave me an blue and white cup.", "a"),
        ])
    func anBeforeNoun(text: String, correction: String) {
        #expect(articleSound.findings(in: text).first?.suggestions.first == correction, "\(text)")
    }

    @Test(
        "'an' where neither 'a' nor 'and' is clear: left alone",
        arguments: [
            "I want to go an buy some bread.",
            "I trust an my brother.",
            "It was an amazing day.",
            "She is an honest person.",
        ])
    func anLeftAlone(text: String) {
        #expect(articleSound.findings(in: text).isEmpty, "\(text)")
    }

    @Test(
        "missing article: a noun before a person noun, a place beside, a place after 'from', 'next'/'last'",
        arguments: [
            ("When I was college student, I worked at a cafe.", "college", "a college"),
            ("She is piano teacher in Daegu.", "piano", "a piano"),
            ("He is middle school student.", "middle", "a middle"),
            ("I waited in front of gate for an hour.", "gate", "the gate"),
            ("My desk is next to window.", "window", "the window"),
            ("I picked up my sister from airport.", "airport", "the airport"),
            ("I stayed late at office yesterday.", "office", "the office"),
            ("I can't wait to read next chapter.", "next", "the next"),
            ("We missed last bus, so we walked.", "last", "the last"),
        ])
    func missingArticle(text: String, original: String, corrected: String) {
        let findings = missing.findings(in: text)
        #expect(findings.count == 1, "\(text)")
        #expect(findings.first?.original == original, "\(text)")
        #expect(findings.first?.suggestions.first == corrected, "\(text)")
    }

    @Test(
        "no article needed: left alone",
        arguments: [
            "I am student council president.",
            "He was class president last year.",
            "She is only child.",
            "They sat in front of us.",
            "His seat is next to mine.",
            "It was next to impossible.",
            "I came back from work late.",
            "I walked home from school.",
            "I will visit you next week.",
            "See you next time.",
            "We went camping last summer.",
            "I finally found it at last.",
            "At last light, we reached the hut.",
            "Our neighbours next door are kind.",
            "I visited him last moth.",
            "I am a university student.",
        ])
    func noArticleNeeded(text: String) {
        #expect(missing.findings(in: text).isEmpty, "\(text)")
    }

    @Test(
        "a known noun after an 'and' that joins two clauses takes 'the'",
        arguments: [
            ("I was using a lamp and lamp stopped working.", "lamp"),
            ("We adopted a dog last year and dog was very shy at first.", "dog"),
        ])
    func knownNounAfterAnd(text: String, original: String) {
        let findings = known.findings(in: text)
        #expect(findings.map(\.original) == [original], "\(text)")
        #expect(findings.first?.suggestions.first == "the " + original, "\(text)")
    }

    @Test(
        "a bare noun after 'and' in a list, or not introduced: left alone",
        arguments: [
            "A cat and dog are playing outside.",
            "She has a cat and dog is her favourite animal.",
        ])
    func knownNounLeftAlone(text: String) {
        #expect(known.findings(in: text).isEmpty, "\(text)")
    }
}

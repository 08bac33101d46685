// How spelling suggestions are chosen: only when one candidate is clearly the intended word.

import Testing
import TutorCore

@testable import TutorRules

@Suite("Spelling")
struct SpellingTests {
    private let analyser = Shipped.analyser(only: "spelling.dictionary")

    @Test("a misspelling with one clearly most common candidate is corrected")
    func clearCandidate() {
        let text = "The weather was beatiful on saturday."
        #expect(analyser.findings(in: text).corrected(text) == "The weather was beautiful on saturday.")
    }

    @Test("no suggestion when two candidates are about as likely")
    func unclearCandidate() {
        // "goot": "good" is commoner, but "got" is the likelier slip (a doubled letter), and
        // "not good at" and "not got at" are both common enough pairs not to settle it.
        #expect(analyser.findings(in: "He is not goot at math.").isEmpty)
    }

    @Test(
        "the neighbours choose between candidates that are about as common",
        arguments: [
            ("She lives in a forigen country.", "She lives in a foreign country."),
            ("I have everyting I need.", "I have everything I need."),
            ("The bus was late dut to snow.", "The bus was late due to snow."),
            ("It was my own falt.", "It was my own fault."),
            ("I have beed there.", "I have been there."),
        ])
    func neighboursDecide(text: String, corrected: String) {
        #expect(analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test("when the neighbours prefer another word than frequency alone would, no suggestion")
    func neighboursDisagree() {
        // "cannto": "cannot" is far more common, but the corpus of the word-pair table splits
        // it ("can not"), so the pairs favour "canto"; a guess either way would be unsafe.
        #expect(analyser.findings(in: "I cannto swim.").isEmpty)
    }

    @Test("British and American spellings are both right; names and chat words are left alone")
    func bothVarieties() {
        for text in ["My favourite colour is grey.", "My favorite color is gray.", "Jiwoo and Seoyeon said lol."] {
            #expect(analyser.findings(in: text).isEmpty, "flagged: \(text)")
        }
    }

    @Test("the frequency table ranks everyday words above rare ones")
    func usage() {
        let lexicon = Shipped.resources.lexicon
        #expect(lexicon.usage(of: "minutes") > lexicon.usage(of: "minuets") + SpellingMatcher.clearLead)
        #expect(lexicon.usage(of: "the") > 700)
        #expect(lexicon.usage(of: "recieve") == 0)
    }

    @Test(
        "the likeliest slip wins: a doubled letter typed once beats a changed letter",
        arguments: [
            ("realy", "really", 0), ("realy", "real", 100), ("midle", "middle", 0), ("runn", "run", 0),
            ("recieve", "receive", 30), ("definately", "definitely", 30), ("realy", "ready", 100),
            ("forigen", "foreign", 60), ("forigen", "forget", 130), ("writen", "written", 0),
        ])
    func slipCost(typed: String, meant: String, cost: Int) {
        #expect(SpellingMatcher.slipCost(typed: typed, meant: meant) == cost)
    }

    @Test("the word-pair table knows common pairs and ranks a word by its neighbours")
    func ngrams() {
        let ngrams = Shipped.resources.lexicon.ngrams
        #expect(ngrams.count("the") ?? 0 > 1_000)
        #expect(ngrams.count("due", "to") != nil)
        #expect(ngrams.count("due", "zebra") == nil)
        let usage = { (word: String) in Shipped.resources.lexicon.usage(of: word) + SpellingMatcher.zipfToCount }
        #expect(
            ngrams.fit(of: "due", between: "late", and: "to", wordCount: usage("due"))
                > ngrams.fit(of: "dot", between: "late", and: "to", wordCount: usage("dot")) + SpellingMatcher.clearLead
        )
    }

    @Test("a message template's placeholders are filled, other braces kept")
    func templateFill() {
        #expect(
            BuiltinAnalyser.fill("'{original}' → '{correction}' ({x})", original: "goed", correction: "went")
                == "'goed' → 'went' ({x})")
        #expect(BuiltinAnalyser.fill("no placeholders", original: "a", correction: "b") == "no placeholders")
        #expect(BuiltinAnalyser.fill("{correction}{correction}{", original: "a", correction: "b") == "bb{")
    }
}

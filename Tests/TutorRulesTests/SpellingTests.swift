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
        // "beed": "been" is commoner, but "bed" is the likelier slip (a doubled letter).
        #expect(analyser.findings(in: "I have beed there.").isEmpty)
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

    @Test("the likeliest slip wins: a doubled letter typed once beats a changed letter", arguments: [
        ("realy", "really", 0), ("realy", "real", 100), ("midle", "middle", 0), ("runn", "run", 0),
        ("recieve", "receive", 30), ("definately", "definitely", 30), ("realy", "ready", 100),
    ])
    func slipCost(typed: String, meant: String, cost: Int) {
        #expect(SpellingMatcher.slipCost(typed: typed, meant: meant) == cost)
    }
}

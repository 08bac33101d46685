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

    @Test("no suggestion when two common words are equally near and about as common")
    func unclearCandidate() {
        // "minuts" is one edit from both "minutes" and "minute".
        #expect(analyser.findings(in: "We waited ten minuts.").isEmpty)
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
}

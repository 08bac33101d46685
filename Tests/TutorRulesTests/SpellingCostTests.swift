// What one long "word" costs the spelling rule: it is never searched past the longest English
// word, so time stays linear in the text (the ratio is a figure of scripts/bench-check, not a
// timed test, which a loaded machine makes flaky).

import Foundation
import Testing
import TutorCore
import TutorTestSupport

@testable import TutorRules

@Suite("Spelling cost")
struct SpellingCostTests {
    private let analyser = Shipped.analyser(only: "spelling.dictionary")

    @Test("a word over the longest searched gets no suggestion; one at it still does")
    func longestWord() {
        let long = String(repeating: "ab", count: SpellingMatcher.longestWordSearched / 2 + 1)
        #expect(analyser.findings(in: "I saw \(long) today.").isEmpty)
        #expect(analyser.findings(in: "I like it alot.").corrected("I like it alot.") == "I like it a lot.")
    }
}

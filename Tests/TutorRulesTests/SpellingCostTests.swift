// What one long "word" costs the spelling rule: time linear in the text, whatever its words.

import Foundation
import Testing
import TutorCore
@testable import TutorRules
import TutorTestSupport

@Suite("Spelling cost")
struct SpellingCostTests {
    private let analyser = Shipped.analyser(only: "spelling.dictionary")

    /// `count` lowercase letters, different for each seed (the rule caches what it found
    /// for a word, so a repeated word would cost nothing the second time).
    private static func letters(_ count: Int, seed: UInt64) -> String {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return String(
            (0..<count).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8((state >> 33) % 26)))
            })
    }

    @Test(
        "a line of 4,000 random letters costs well under eight times one of 1,000",
        .disabled(if: Sanitizers.threadSanitizerIsActive, "ThreadSanitizer changes the ratio it measures"))
    func linearInLength() {
        func fastest(_ count: Int, seeds: Range<UInt64>) -> Duration {
            seeds.map { seed in
                let text = Self.letters(count, seed: seed)
                return ContinuousClock().measure { _ = analyser.findings(in: text) }
            }.min() ?? .zero
        }
        _ = fastest(1_000, seeds: 100..<101)  // warm up
        let short = fastest(1_000, seeds: 0..<3)
        let long = fastest(4_000, seeds: 10..<13)
        #expect(long < short * 8, "1,000 letters: \(short), 4,000 letters: \(long)")
    }

    @Test("a word over the longest searched gets no suggestion; one at it still does")
    func longestWord() {
        let long = String(repeating: "ab", count: SpellingMatcher.longestWordSearched / 2 + 1)
        #expect(analyser.findings(in: "I saw \(long) today.").isEmpty)
        #expect(analyser.findings(in: "I like it alot.").corrected("I like it alot.") == "I like it a lot.")
    }
}

// The plural the number rules give a counted noun, including newer nouns WordNet lacks.

import Testing

@testable import TutorRules

@Suite("Counted plurals")
struct CountedPluralTests {
    @Test(
        "a countable noun of the lexicon, or a newer noun whose plural people write, has a counted plural",
        arguments: [
            ("book", "books"), ("city", "cities"), ("coworker", "coworkers"), ("smartphone", "smartphones"),
            ("roommate", "roommates"),
        ])
    func countedPlural(word: String, plural: String) {
        #expect(Shipped.resources.lexicon.countedPlural(of: word) == plural)
    }

    @Test(
        "words that are no counted noun have none",
        arguments: [
            "advice", "news", "then", "also", "ok", "sometime", "ago", "the", "sheep", "because", "selfies",
        ])
    func noCountedPlural(word: String) {
        #expect(Shipped.resources.lexicon.countedPlural(of: word) == nil)
    }
}

// Whether a word names a person, for rules whose correction depends on it ("I was bored" but
// "the film was boring"; "I am used to living" but "the knife is used to cut").

import TutorCore

extension AnalysisContext {
    /// Subject pronouns and words of people: "I", "she", "everyone".
    static let personSubjectWords: WordSet = [
        "i", "we", "you", "he", "she", "they", "people", "everyone", "everybody", "someone", "somebody",
    ]

    /// Whether `word` (lower-case) names a person: one of `personSubjectWords`, or a noun of
    /// `personNouns` (the rule's `person-nouns` list), singular or plural.
    func isPerson(_ word: String, personNouns: WordSet) -> Bool {
        if Self.personSubjectWords.contains(word) { return true }
        return personNouns.contains(lexicon.noun(plural: word)?.singular ?? word)
    }

    /// Whether the verb at `index` has a person for its subject, right before it or before a
    /// modal: "I would be pleased", "my sister is used to".
    func hasPersonSubject(before index: Int, personNouns: WordSet) -> Bool {
        var index = index - 1
        if let word = token(at: index), FunctionWords.modals.contains(word) { index -= 1 }
        guard let subject = token(at: index), subject.isWord else { return false }
        return isPerson(subject.lower, personNouns: personNouns)
    }
}

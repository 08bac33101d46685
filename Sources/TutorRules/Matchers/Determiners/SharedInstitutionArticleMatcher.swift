// "I called police" → "I called the police" (determiner.the-police).

import TutorCore

/// Nouns that name something a whole society shares and knows, and so take "the" even at the
/// first mention: "the police" (the force of the place), "the media" (newspapers, television
/// and the internet together), "the countryside" (the land outside towns). Read after a
/// preposition or a verb ("called police", "in media", "moved to countryside"). Left alone:
/// a word before the noun that describes it or owns it ("local police", "social media", "my
/// countryside"), and a noun that describes the next one ("police officer", "media coverage").
struct SharedInstitutionArticleMatcher: Matcher {
    /// The nouns of determiner.the-police.
    static let nouns: WordSet = ["police", "media", "countryside"]
    var triggerWords: Set<String>? { Set(Self.nouns) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { noun -> Match? in
            guard Self.nouns.contains(noun), noun.text == noun.lower,
                let previous = context.token(at: noun.index - 1), previous.isWord,
                !FunctionWords.determiners.contains(previous),
                !FunctionWords.possessives.contains(previous),
                !continues(noun, in: context)
            else { return nil }
            // "to police the streets": a verb.
            guard context.tag(at: noun.index).hasPrefix("NN") else { return nil }
            let tag = context.tag(at: previous.index)
            guard tag == "IN" || tag == "TO" || tag.hasPrefix("VB") else { return nil }
            return context.insertion("the", before: noun)
        }
    }

    /// The noun describes a noun after it, or is followed by a possessive or a hyphen. A plural
    /// noun after it counts even when tagged a verb ("countryside walks").
    private func continues(_ noun: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: noun.index + 1) else { return false }
        if ["'s", "'", "-"].contains(next.text) { return true }
        guard next.isWord else { return false }
        return context.lexicon.noun(plural: next) != nil || context.tag(at: next.index).hasPrefix("NN")
    }
}

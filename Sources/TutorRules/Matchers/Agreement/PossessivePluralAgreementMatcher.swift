// "My legs was tired" → "My legs were tired" (agreement.possessive-plural).

import TutorCore

/// A plural noun after a possessive or "these"/"those", heading the subject of its clause, with
/// a singular verb right after it: "My parents is", "Her shoes was", "Our teachers has".
/// Only clear plurals (the lexicon's plural of a word that is mostly a noun, and no more
/// common as a noun of its own), and not the plural-looking names of one subject ("physics",
/// "news", "series"). Not after "of", "and" or "or" ("one of my friends is"), where the noun
/// is not what the verb agrees with.
struct PossessivePluralAgreementMatcher: Matcher {
    private static let determiners: WordSet = ["my", "your", "his", "her", "our", "their", "these", "those"]
    private static let plural: WordMap<String> = [
        "is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't",
        "wasn't": "weren't", "hasn't": "haven't",
    ]
    /// Words that look plural but name one thing or one subject.
    static let singularInMeaning: WordSet = [
        "physics", "mathematics", "maths", "economics", "politics", "athletics", "gymnastics", "ethics", "linguistics",
        "statistics",
        "electronics", "genetics", "graphics", "aerobics", "news", "series", "species", "means", "measles",
        "headquarters", "crossroads",
        "whereabouts", "billiards", "darts", "savings",
    ]

    var triggerWords: Set<String>? { Set(Self.plural.keys) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { verb -> Match? in
            guard let replacement = Self.plural[verb], let noun = context.token(at: verb.index - 1), noun.isWord,
                !Self.singularInMeaning.contains(noun), context.lexicon.clearPlural(noun.lower) != nil,
                headsSubject(noun, in: context)
            else { return nil }
            return context.replacement(of: verb, with: replacement)
        }
    }

    /// Whether the noun's phrase is determiner + adjectives + noun and starts its clause, not
    /// after "of", "and" or "or".
    private func headsSubject(_ noun: Token, in context: AnalysisContext) -> Bool {
        var first = noun.index
        while let previous = context.token(at: first - 1), previous.isWord, !Self.determiners.contains(previous),
            context.lexicon.isAdjective(previous), !context.lexicon.isVerbBase(previous)
        {
            first -= 1
        }
        guard let determiner = context.token(at: first - 1), Self.determiners.contains(determiner) else {
            return false
        }
        if let before = context.token(at: determiner.index - 1), ["of", "and", "or", "nor", "&"].contains(before) {
            return false
        }
        // "I think my friends has …": the noun still heads the clause after the verb.
        let before = context.token(at: determiner.index - 1)
        return context.startsClause(determiner.index)
            || before.map { PluralSubjectAgreementMatcher.clauseTakingVerbs.contains($0.lower) } == true
    }
}

// "She has went home" → "has gone": the perfect takes the past participle, not the past.

import TutorCore

/// Finds "have", "has" or "had" (adverbs and "not" aside) followed by a verb's simple past
/// where its past participle is a different word ("went"/"gone", "saw"/"seen", "ate"/"eaten"),
/// and gives the participle. Verbs whose past and participle are the same ("made") never
/// match, so neither does "have" as a main verb ("I had dinner").
struct PerfectParticipleMatcher: Matcher {
    static let haveForms: WordSet = ["have", "has", "had", "'ve", "'d", "having"]

    var triggerWords: Set<String>? { Set(Self.haveForms) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { have -> Match? in
            // "have got" is right: British English (and "have got" = "have" everywhere) uses "got".
            guard have.isWord, Self.haveForms.contains(have), let verb = nextVerb(after: have, in: context),
                verb.lower != "got",
                // "The problem I had was the time": "had" is the main verb of a relative
                // clause and "was" the sentence's verb; "have was" is never a perfect.
                !FunctionWords.beForms.contains(verb), verb.lower != "were",
                let base = context.lexicon.base(ofForm: verb, kind: .past),
                let forms = context.lexicon.verb(base),
                // "have found" is right ("found" is also the participle); "saw" is also a rarer
                // verb's base ("to saw"), which does not stop "have saw" → "have seen".
                !context.lexicon.verbReadings(of: verb).contains(where: { reading in
                    reading.kind == .pastParticiple
                        || (reading.kind == .base
                            && (context.lexicon.verb(reading.base)?.frequency ?? 0) >= forms.frequency)
                }), forms.pastParticiple != verb.lower, forms.pastParticiple != "-",
                !forms.pastParticiple.isEmpty,
                // "they have rose bushes": a past form that is also a noun, before a noun, is left alone.
                !(context.lexicon.nounUse(of: verb.lower) > 0 && followedByNoun(verb, in: context))
            else { return nil }
            // "HAD EVER GAVE" → "GIVEN": a word in capitals keeps them.
            return context.replacement(
                of: verb, with: verb.isAllCaps ? forms.pastParticiple.uppercased() : forms.pastParticiple)
        }
    }

    private func followedByNoun(_ token: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: token.index + 1), next.isWord else { return false }
        return context.lexicon.noun(singular: next) != nil || context.lexicon.noun(plural: next) != nil
    }

    private func nextVerb(after have: Token, in context: AnalysisContext) -> Token? {
        var index = have.index + 1
        while let token = context.token(at: index), token.isWord,
            FunctionWords.frequencyAdverbs.contains(token) || token.lower == "not" || token.lower == "n't"
        {
            index += 1
        }
        guard let token = context.token(at: index), token.isWord else { return nil }
        return token
    }
}

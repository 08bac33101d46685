// "One of my friends live in Canada" → "lives", "Each of the rooms have" → "has" (agreement.one-of).

import TutorCore

/// After "one of" or "each of" the verb agrees with "one" or "each", not with the plural noun
/// after "of": "One of my friends live in Canada" → "lives", "Each of the rooms have a balcony"
/// → "has". The mirror of `QuantityOfAgreementMatcher`: only a plural noun right before the
/// verb (after a determiner and at most two words that describe it), the phrase starting its
/// clause; not in a question, not after "the one of", and not a relative clause ("one of the
/// students who are", where "who" stands between).
struct OneOfAgreementMatcher: Matcher {
    private static let singularHeads: WordSet = ["one", "each"]
    private static let toSingular: WordMap<String> = [
        "are": "is", "were": "was", "have": "has", "aren't": "isn't", "weren't": "wasn't", "haven't": "hasn't",
        "don't": "doesn't",
    ]
    private static let determiners: WordSet = ["the", "my", "your", "his", "her", "our", "their", "these", "those"]

    var triggerWords: Set<String>? { Set(Self.singularHeads) }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for head in context.tokens where Self.singularHeads.contains(head) {
            guard context.token(at: head.index + 1)?.lower == "of", context.startsClause(head.index),
                !["and", "or", "nor", "&", "of", "the", "no", "every"].contains(
                    context.token(at: head.index - 1)?.lower ?? ""),
                let determiner = context.token(at: head.index + 2), Self.determiners.contains(determiner),
                let (noun, verb, replacement) = context.pluralNounAndVerb(
                    from: determiner.index + 1, agreeing: { singular(of: $0, in: context) })
            else { continue }
            if context.sentence(containing: head.index).contains(where: { $0.text == "?" }) { continue }
            // Then the tags: a plural noun whose phrase starts at the determiner, and a verb.
            guard context.tag(at: noun.index) == "NNS",
                context.nounPhrase(headedBy: noun.index)?.start == determiner.index,
                context.tag(at: verb.index).hasPrefix("VB")
            else { continue }
            matches.append(context.replacement(of: verb, with: replacement))
        }
        return matches
    }

    /// The singular of a plural present verb: "are" → "is", "have" → "has", "live" → "lives";
    /// "do" only as a helper ("do not").
    private func singular(of verb: Token, in context: AnalysisContext) -> String? {
        if let singular = Self.toSingular[verb] { return singular }
        if verb.lower == "do" {
            return ["n't", "not"].contains(context.token(at: verb.index + 1)?.lower ?? "") ? "does" : nil
        }
        guard let forms = context.lexicon.verb(verb.lower), forms.thirdPerson != verb.lower, forms.frequency >= 5,
            context.tag(at: verb.index) == "VBP"
        else { return nil }
        return forms.thirdPerson
    }
}

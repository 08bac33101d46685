// "Most of my friends was" → "were", "A lot of people thinks" → "think" (agreement.quantity-of).

import TutorCore

/// After a quantity and "of" ("most of", "some of", "all of", "a lot of", "many of"), the verb
/// agrees with the noun after "of": "Most of my classmates was" → "were", "A lot of people
/// thinks" → "think". Only a plural noun right before the verb (after at most a determiner and
/// two adjectives), the quantity starting its clause; not in a question, not after "one of",
/// "each of" or "none of" (which take the singular or either), and not a noun with "'s" ("some
/// of my friend's books").
struct QuantityOfAgreementMatcher: Matcher {
    private static let quantities: WordSet = [
        "most", "some", "many", "all", "both", "several", "few", "half", "lot", "lots", "plenty",
    ]
    private static let toPlural: WordMap<String> = [
        "is": "are", "was": "were", "has": "have", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't",
        "doesn't": "don't",
    ]
    private static let determiners: WordSet = ["the", "my", "your", "his", "her", "our", "their", "these", "those"]

    var triggerWords: Set<String>? { Set(Self.quantities) }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for quantity in context.tokens where Self.quantities.contains(quantity) {
            guard context.token(at: quantity.index + 1)?.lower == "of",
                let first = phraseStart(of: quantity, in: context),
                let (noun, verb, replacement) = nounAndVerb(after: quantity.index + 2, in: context)
            else { continue }
            let sentence = context.sentence(containing: quantity.index)
            if sentence.contains(where: { $0.text == "?" }) { continue }
            // Then the tags: a plural noun whose phrase starts after "of", and a finite verb.
            guard context.tag(at: noun.index) == "NNS", context.nounPhrase(headedBy: noun.index)?.start == first,
                context.tag(at: verb.index).hasPrefix("VB"),
                Self.toPlural[verb] != nil || context.tag(at: verb.index) == "VBZ"
            else { continue }
            matches.append(context.replacement(of: verb, with: replacement))
        }
        return matches
    }

    /// The index of the first word after "of", when the quantity (with its "a": "a lot of")
    /// starts a clause and is not the second half of "X and Y".
    private func phraseStart(of quantity: Token, in context: AnalysisContext) -> Int? {
        var start = quantity.index
        if quantity.lower == "lot" {
            guard context.token(at: start - 1)?.lower == "a" else { return nil }
            start -= 1
        }
        guard context.startsClause(start),
            !["and", "or", "nor", "&", "of"].contains(context.token(at: start - 1)?.lower ?? "")
        else { return nil }
        return quantity.index + 2
    }

    /// The plural noun the phrase after "of" ends in (after at most a determiner) and the verb
    /// right after it, with the verb's plural form; by the words alone.
    private func nounAndVerb(after start: Int, in context: AnalysisContext) -> (Token, Token, String)? {
        let skipsDeterminer = context.token(at: start).map { Self.determiners.contains($0) } ?? false
        return context.pluralNounAndVerb(from: skipsDeterminer ? start + 1 : start) { plural(of: $0, in: context) }
    }

    /// The plural of a singular present or past verb: "is" → "are", "was" → "were", "thinks" →
    /// "think"; "does" only as a helper ("does not").
    private func plural(of verb: Token, in context: AnalysisContext) -> String? {
        if let plural = Self.toPlural[verb] { return plural }
        if verb.lower == "does" {
            return ["n't", "not"].contains(context.token(at: verb.index + 1)?.lower ?? "") ? "do" : nil
        }
        let readings = context.lexicon.verbReadings(of: verb)
        guard !readings.isEmpty, readings.allSatisfy({ $0.kind == .thirdPerson }) else { return nil }
        return context.lexicon.base(ofForm: verb, kind: .thirdPerson)
    }
}

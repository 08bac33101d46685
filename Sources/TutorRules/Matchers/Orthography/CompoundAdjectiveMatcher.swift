// "a well known singer" → "a well-known singer", "the so called experts" → "the so-called experts"

import TutorCore

/// Finds "well" and a past participle ("well known", "well paid") or "so called" before the
/// noun they describe, after a determiner or a preposition ("a well known band", "with well
/// paid jobs"), and joins the two words with a hyphen: before a noun they are one adjective.
/// Left alone after a verb ("The band is well known", "She was well paid"), where English
/// writes them apart, and where no noun follows. In pre-tokenised text ("well known", as in
/// the learner corpora) the hyphen is a token of its own.
struct CompoundAdjectiveMatcher: Matcher {
    /// Words that open the noun phrase the compound begins.
    private static let phraseOpeners: WordSet = [
        "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their",
        "another", "some", "many", "such", "with", "of", "for", "by", "about", "from",
    ]

    var triggerWords: Set<String>? { ["well", "so"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { first -> Match? in
            guard first.lower == "well" || first.lower == "so",
                let previous = context.token(at: first.index - 1), Self.phraseOpeners.contains(previous),
                let participle = context.token(at: first.index + 1), participle.isWord,
                context.gap(between: first, and: participle) == " ",
                isParticiple(participle, after: first, in: context),
                let noun = context.token(at: participle.index + 1), noun.isWord,
                context.structure.tags[noun.index].hasPrefix("NN")
            else { return nil }
            let hyphen = context.isPretokenised ? " - " : "-"
            return Match(
                span: context.span(from: first, to: participle), suggestions: [first.text + hyphen + participle.text])
        }
    }

    /// Whether `word` is the past participle the compound needs: any after "well" ("known",
    /// "paid", "organised"), only "called" after "so".
    private func isParticiple(_ word: Token, after first: Token, in context: AnalysisContext) -> Bool {
        if first.lower == "so" { return word.lower == "called" }
        return context.lexicon.verbReadings(of: word).contains { $0.kind == .pastParticiple }
    }
}

// "more better" → "better" (comparative.double).

import TutorCore

/// "more better" → "better", "most biggest" → "biggest".
struct DoubleComparativeMatcher: Matcher {
    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for adverb in context.tokens where adverb.lower == "more" || adverb.lower == "most" {
            guard let adjective = context.token(at: adverb.index + 1), adjective.isWord else { continue }
            let table = adverb.lower == "more" ? context.lexicon.comparatives : context.lexicon.superlatives
            guard let base = table[adjective], base != adjective.lower else { continue }
            // "more number", "most water": a comparative spelling that is really a noun.
            if let noun = context.lexicon.noun(singular: adjective), noun.frequency > 0,
                !["better", "best", "worse", "worst"].contains(adjective)
            {
                continue
            }
            if let deletion = context.deletion(of: adverb, anchoredToNext: true) { matches.append(deletion) }
        }
        return matches
    }
}

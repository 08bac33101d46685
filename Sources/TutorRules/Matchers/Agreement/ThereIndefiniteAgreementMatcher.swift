// "There are nothing I can do" → "There is nothing" (agreement.there-indefinite).

import TutorCore

/// "there are/were" before an indefinite pronoun ("someone", "something", "nothing",
/// "anything", "everyone", ...): the pronoun is singular, so "are" becomes "is" and "were"
/// "was". "not", "really", "still" and the like may stand between ("There were not anything
/// to eat" → "was"). Left alone: a pronoun joined to another by "and" or "or" ("there were
/// someone and his dog"), one before "of" ("something of") or "else", and a possessive
/// ("there were someone's shoes").
struct ThereIndefiniteAgreementMatcher: Matcher {
    private static let singular: WordMap<String> = [
        "are": "is", "were": "was", "aren't": "isn't", "weren't": "wasn't",
    ]
    private static let between: WordSet = ["not", "n't", "really", "still", "always", "also", "just", "only"]

    var triggerWords: Set<String>? { ["there"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { verb -> Match? in
            guard let replacement = Self.singular[verb], context.token(at: verb.index - 1)?.lower == "there",
                context.tag(at: verb.index - 1) == "EX"
            else { return nil }
            var index = verb.index + 1
            while let token = context.token(at: index), Self.between.contains(token) { index += 1 }
            guard let pronoun = context.token(at: index),
                SubjectHeadAgreementMatcher.indefinitePronouns.contains(pronoun),
                !["and", "or", "of", "'s", "’s", "else"].contains(context.token(at: index + 1)?.lower ?? "")
            else { return nil }
            return context.replacement(of: verb, with: replacement)
        }
    }
}

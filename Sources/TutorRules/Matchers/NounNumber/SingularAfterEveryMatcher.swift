// "every students" → "every student" (noun-number.every-each).

import TutorCore

/// "every students" → "every student", "each countries" → "each country", "every single
/// students" → "student".
struct SingularAfterEveryMatcher: Matcher {
    var triggerWords: Set<String>? { ["every", "each"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { token -> Match? in
            guard token.lower == "every" || token.lower == "each",
                // "every single students": "single" only stresses the one.
                let noun = context.token(
                    at: token.index + (context.token(at: token.index + 1)?.lower == "single" ? 2 : 1)),
                noun.isWord,
                !noun.isCapitalized, let entry = context.lexicon.clearPlural(noun.lower)
            else { return nil }
            // "each others" is "each other"'s plural slip, and belongs to another rule;
            // "every things" wants "everything", not "every thing".
            if ["other", "thing"].contains(entry.singular) { return nil }
            // "Every students keep talking": with a plural verb after it, "all" is as likely
            // the word meant ("All the students keep talking").
            if let verb = context.token(at: noun.index + 1), verb.isWord,
                context.tag(at: verb.index) == "VBP" || ["are", "were", "have"].contains(verb)
            {
                return nil
            }
            if let next = context.token(at: noun.index + 1), next.text == "'" { return nil }
            return context.replacement(of: noun, with: entry.singular)
        }
    }
}

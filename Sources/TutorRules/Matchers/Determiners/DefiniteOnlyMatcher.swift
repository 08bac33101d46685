// "on internet" → "on the internet": nouns there is only one of (determiner.the-internet).

import TutorCore

/// "I found it on internet" → "on the internet", "in whole world" → "in the whole world":
/// nouns that take "the" as there is only one of them.
struct DefiniteOnlyMatcher: Matcher {
    let lists: WordLists
    private static let nouns: WordSet = ["internet", "whole"]
    private static let prepositions: WordSet = [
        "on", "in", "at", "for", "from", "with", "by", "about", "through", "over", "into", "to",
    ]

    var triggerWords: Set<String>? { Set(Self.nouns) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { noun -> Match? in
            if noun.lower == "internet", noun.startsSentence { return internetAsSubject(noun, in: context) }
            guard Self.nouns.contains(noun), noun.isWord, let previous = context.token(at: noun.index - 1),
                previous.isWord,
                !FunctionWords.determiners.contains(previous),
                !["as", "on", "of", "whole"].contains(previous) || noun.lower == "internet",
                Self.prepositions.contains(previous) || !context.lexicon.isAdjective(previous)
            else { return nil }
            // "internet access", "internet banking": a modifier, not the internet itself.
            if noun.lower == "internet", let next = context.token(at: noun.index + 1), next.isWord,
                context.continuesCompound(next, lists: lists) || next.lower.hasSuffix("ing")
                    || context.lexicon.isMainlyNoun(next)
            {
                return nil
            }
            // "in whole world", "whole new experience": "whole" before a noun or an adjective;
            // not "agree whole heartedly".
            if noun.lower == "whole" {
                guard let next = context.token(at: noun.index + 1), next.isWord,
                    context.lexicon.noun(singular: next) != nil || context.lexicon.noun(plural: next) != nil
                        || context.lexicon.isAdjective(next)
                else { return nil }
            }
            return context.insertion("the", before: noun)
        }
    }

    /// "Internet is fast" → "The Internet is fast": the noun opens the sentence as the subject
    /// of a verb right after it (a finite verb or a modal), not a modifier ("Internet access").
    private func internetAsSubject(_ noun: Token, in context: AnalysisContext) -> Match? {
        guard let verb = context.token(at: noun.index + 1), verb.isWord,
            ["VBZ", "VBD", "MD"].contains(context.tag(at: verb.index))
        else { return nil }
        return Match(span: noun.span, suggestions: ["The " + noun.text])
    }
}

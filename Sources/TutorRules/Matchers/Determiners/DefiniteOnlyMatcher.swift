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
            guard Self.nouns.contains(noun), noun.isWord, let previous = context.token(at: noun.index - 1) else {
                return nil
            }
            if noun.lower == "internet" {
                return mayTakeThe(internet: noun, after: previous, in: context)
                    ? context.insertion("the", before: noun) : nil
            }
            guard previous.isWord, !FunctionWords.determiners.contains(previous),
                !["as", "on", "of", "whole"].contains(previous),
                Self.prepositions.contains(previous) || !context.lexicon.isAdjective(previous)
            else { return nil }
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
    /// of a verb right after it (a finite verb or a modal), or before a comma ("Internet, I
    /// think, is ..."), not a modifier ("Internet access").
    private func internetAsSubject(_ noun: Token, in context: AnalysisContext) -> Match? {
        guard let next = context.token(at: noun.index + 1),
            next.text == "," || (next.isWord && ["VBZ", "VBD", "MD"].contains(context.tag(at: next.index)))
        else { return nil }
        return Match(span: noun.span, suggestions: ["The " + noun.text])
    }

    /// Tags of words after "internet" that start no compound with it: "use internet in the
    /// evening", "on internet as well", "go on internet to find".
    private static let tagsAfterPhrase: Set<String> = [
        "IN", "TO", "RB", "RBR", "CC", "DT", "PRP", "PRP$", "MD", "WDT", "WP", "WRB", "VBZ", "VBD", "VBP",
    ]

    /// Words after which "internet" is a service one has, not the network: "we have internet
    /// at home"; and "whole", which is no noun.
    private static let accessWords: WordSet = ["have", "has", "had", "having", "whole"]

    /// "internet" in mid-sentence needs "the" after a word that is no determiner, adjective
    /// ("free internet", "fast internet") or singular noun ("home internet"), or after a comma in a list
    /// ("computers, internet and phones"); not after an opening bracket or quotation mark, where
    /// it is a word quoted. Not a modifier of the noun after it ("internet access", "internet
    /// shopping").
    private func mayTakeThe(internet noun: Token, after previous: Token, in context: AnalysisContext) -> Bool {
        if previous.isWord {
            guard !FunctionWords.determiners.contains(previous), !Self.accessWords.contains(previous) else {
                return false
            }
            if !Self.prepositions.contains(previous) {
                let tag = context.tag(at: previous.index)
                if tag == "NN" || (tag == "JJ" && context.lexicon.isAdjective(previous)) { return false }
            }
        } else if previous.text != "," {
            return false
        }
        guard let next = context.token(at: noun.index + 1), next.isWord else { return true }
        if Self.tagsAfterPhrase.contains(context.tag(at: next.index)) { return true }
        return
            !(context.continuesCompound(next, lists: lists) || next.lower.hasSuffix("ing")
            || context.lexicon.isMainlyNoun(next))
    }
}

// "this things" → "these things" (determiner.this-these).

import TutorCore

/// "this things" → "these things", "that books" → "those books": the demonstrative agrees
/// with its noun.
struct DemonstrativeNumberMatcher: Matcher {
    var triggerWords: Set<String>? { ["this", "that"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { word -> Match? in
            guard word.lower == "this" || word.lower == "that", let noun = context.token(at: word.index + 1),
                noun.isWord, !noun.isCapitalized,
                context.lexicon.clearPlural(noun.lower) != nil, context.lexicon.verbReadings(of: noun.lower).isEmpty
            else { return nil }
            // "so that students can", "the book that students like": "that" joins a clause.
            if word.lower == "that", let previous = context.token(at: word.index - 1),
                previous.isWord || followsVerbAndComma(previous, in: context)
            {
                return nil
            }
            if let next = context.token(at: noun.index + 1), next.text == "'" || next.text == "'s" { return nil }
            return context.replacement(of: word, with: word.lower == "this" ? "these" : "those")
        }
    }

    /// Whether `comma` is a comma after a verb ("I must say, that students ..."): the "that"
    /// after it opens the verb's object clause, with a comma that does not belong there
    /// (punctuation.that-comma), and is no demonstrative.
    private func followsVerbAndComma(_ comma: Token, in context: AnalysisContext) -> Bool {
        guard comma.text == ",", let verb = context.token(at: comma.index - 1), verb.isWord else { return false }
        return context.structure.tags[verb.index].hasPrefix("VB")
    }
}

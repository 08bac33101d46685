// "I study everyday." → "every day" (orthography.every-day).

import TutorCore

/// "I study everyday." → "every day": "everyday" is an adjective ("everyday life"); on its
/// own, at the end of a clause, it means "each day". So it does before a subject ("Everyday I
/// walk to school", "because everyday we met"), or a preposition or "to" that starts the rest
/// of the clause ("I check my email everyday for news", "walk everyday to school"), where no
/// noun follows for the adjective to describe. Not after a determiner ("my everyday for ..."
/// does not occur; "the everyday" is the adjective's noun use), nor before "-" ("an everyday-
/// use bag").
struct EverydayMatcher: Matcher {
    var triggerWords: Set<String>? { ["everyday"] }

    /// Words that cannot be the noun "everyday" describes and start a new part of the clause:
    /// a subject pronoun, a preposition, "to", a conjunction.
    private static let clauseParts: WordSet = [
        "i", "we", "you", "he", "she", "they", "to", "for", "with", "at", "in", "on", "from", "after", "before",
        "during", "until", "till", "since", "except", "instead", "using", "just", "when", "if", "again",
        "too", "now", "then", "by", "without",
    ]
    private static let determiners: WordSet = [
        "the", "a", "an", "my", "your", "his", "her", "its", "our", "their", "this", "that", "these", "those",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { word -> Match? in
            guard word.lower == "everyday" else { return nil }
            let previous = context.token(at: word.index - 1)
            let next = context.token(at: word.index + 1)
            // At the end of a clause, after a word: "I study everyday", "everyday and night".
            let endsClause = next.map { $0.endsClause || ($0.isWord && ["and", "but", "so", "because"].contains($0)) }
            if previous?.isWord == true, endsClause ?? true {
                return context.replacement(of: word, with: "every day")
            }
            guard let next, Self.opensRest(next, in: context),
                !(previous.map { Self.determiners.contains($0) } ?? false)
            else { return nil }
            return context.replacement(of: word, with: "every day")
        }
    }

    /// Whether `next`, after "everyday", starts the rest of the clause: a word of
    /// `clauseParts` not joined to a compound by a hyphen ("to-do"), or "(".
    private static func opensRest(_ next: Token, in context: AnalysisContext) -> Bool {
        if next.kind == .punctuation { return next.text == "(" }
        guard next.isWord, clauseParts.contains(next) else { return false }
        return context.token(at: next.index + 1)?.text != "-"
    }
}

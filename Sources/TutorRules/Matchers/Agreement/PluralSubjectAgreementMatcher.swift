// "people is" → "people are" (agreement.people-are).

import TutorCore

/// "people is" → "people are", "children has" → "children have": nouns that are plural
/// without an -s, where they are the head of the subject. Not "The relation between parents
/// and children is ...", "one of the people is", nor "He loves children is ...": after a
/// preposition, "and" or a verb, the noun is not what the verb agrees with.
struct PluralSubjectAgreementMatcher: Matcher {
    private static let subjects: WordSet = ["people", "children", "men", "women"]
    private static let plural: [String: String] = [
        "is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't",
    ]

    var triggerWords: Set<String>? { Set(Self.subjects) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { subject -> Match? in
            guard Self.subjects.contains(subject), let verb = context.token(at: subject.index + 1),
                let replacement = Self.plural[verb]
            else { return nil }
            guard startsSubject(subject, in: context) else { return nil }
            return context.replacement(of: verb, with: replacement)
        }
    }

    /// Words that may stand before the noun in its own subject ("The young children", "Most
    /// Korean people").
    private static let modifiers: WordSet = [
        "the", "these", "those", "many", "most", "some", "all", "few", "several", "other", "such", "our", "my", "your",
        "their",
        "his", "her", "its", "both", "young", "old", "older", "elderly", "local", "korean", "foreign", "rich", "poor",
    ]

    /// Whether the noun heads the subject of its clause: the noun phrase it ends (the noun
    /// and the determiners and adjectives before it) starts a clause, and not after "and" or "or".
    private func startsSubject(_ noun: Token, in context: AnalysisContext) -> Bool {
        var first = noun.index
        while let previous = context.token(at: first - 1), previous.isWord,
            Self.modifiers.contains(previous)
                || context.lexicon.isAdjective(previous) && !context.lexicon.isVerbBase(previous)
        {
            first -= 1
        }
        guard let previous = context.token(at: first - 1) else { return true }
        if ["and", "or", "nor", "&", "of"].contains(previous) { return false }
        return context.startsClause(first) || Self.clauseTakingVerbs.contains(previous)
    }

    /// Verbs followed by a clause without "that": "I think people is ..." still has
    /// "people" as its subject.
    static let clauseTakingVerbs: WordSet = [
        "think", "thought", "believe", "believed", "know", "knew", "feel", "felt", "say", "said", "guess", "hope",
        "mean", "heard", "realized", "realised",
    ]
}

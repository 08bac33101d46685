// "Married with" and "marry with": "to", no preposition, or right as written.

import TutorCore

/// "married with": "be married with a doctor" → "married to" (the adjective takes "to");
/// "I married with her" → "married her" and "marry with him" → "marry him" (the verb takes
/// its object directly). Only where a person follows ("her", "Minsu", "a doctor", "my
/// girlfriend"): "She is married with two kids" is right, "with" there saying what the family
/// has, and "married with a big ceremony" is no spouse either.
struct MarriedWithMatcher: Matcher {
    enum Reading: Sendable {
        /// "be/get married with" → "to" (rule preposition.married-with).
        case adjective
        /// "marry with", and "married with" not after "be" or "get" → no "with" (rule preposition.marry-with).
        case verb
    }

    let reading: Reading
    let personNouns: WordSet

    init(reading: Reading, lists: WordLists) {
        self.reading = reading
        personNouns = lists["person-nouns"]
        verbs = reading == .adjective ? ["married"] : ["marry", "marries", "marrying", "married"]
    }

    /// The words before "with" that this reading looks at.
    private let verbs: WordSet

    var triggerWords: Set<String>? { Set(verbs) }

    private static let objectPronouns: WordSet = ["her", "him", "me", "you", "them", "us"]
    private static let people: WordSet = ["man", "woman", "guy", "girl", "boy", "lady", "gentleman", "person"]
    private static let beOrGet: WordSet = [
        "am", "is", "are", "was", "were", "be", "been", "being", "'m", "'s", "'re", "get", "gets", "got", "gotten",
        "getting",
    ]
    private static let adverbs: WordSet = [
        "happily", "just", "already", "recently", "still", "now", "newly", "not", "never", "finally",
    ]
    private static let determiners: WordSet = [
        "a", "an", "the", "my", "his", "her", "their", "your", "our", "this", "that",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { verb -> Match? in
            guard verb.isWord, verbs.contains(verb), let with = context.token(at: verb.index + 1),
                with.lower == "with",
                let object = context.token(at: with.index + 1), object.isWord || object.kind == .number
            else { return nil }
            guard namesAPerson(from: object, in: context) else { return nil }
            let isAdjective = verb.lower == "married" && followsBeOrGet(verb, in: context)
            switch reading {
            case .adjective:
                guard verb.lower == "married", isAdjective else { return nil }
                return Match(span: with.span, suggestions: [with.isCapitalized ? "To" : "to"])
            case .verb:
                guard
                    ["marry", "marries", "marrying"].contains(verb) || (verb.lower == "married" && !isAdjective)
                else { return nil }
                return context.deletion(of: with)
            }
        }
    }

    /// "her", "Minsu", "a doctor", "my old friend": the spouse, not "two kids" or "a big
    /// ceremony".
    private func namesAPerson(from object: Token, in context: AnalysisContext) -> Bool {
        guard object.isWord else { return false }
        if Self.objectPronouns.contains(object) {
            // "with her two kids", "with her son": "her" is a possessive of the family there
            // ("with her boyfriend" is still a person).
            guard object.lower == "her", let next = context.token(at: object.index + 1) else { return true }
            return
                !(next.kind == .number || FunctionWords.numberWords[next] != nil
                || Self.children.contains(next)
                || ["kids", "children", "family", "parents", "sons", "daughters"].contains(next))
        }
        if object.isCapitalized { return !object.isAllCaps }
        guard Self.determiners.contains(object) else { return false }
        // Up to two words may describe the person ("a kind young doctor").
        for offset in 1...3 {
            guard let word = context.token(at: object.index + offset), word.isWord else { return false }
            if isPersonNoun(word.lower) { return true }
            guard context.lexicon.isAdjective(word) else { return false }
        }
        return false
    }

    private func isPersonNoun(_ word: String) -> Bool {
        (personNouns.contains(word) || Self.people.contains(word)) && !Self.children.contains(word)
    }

    /// Person nouns that, after "with", are the family's children ("married with a baby").
    private static let children: WordSet = ["baby", "child", "kid", "son", "daughter", "teenager"]

    /// "is married", "got happily married": "married" is the adjective after "be" or "get".
    private func followsBeOrGet(_ married: Token, in context: AnalysisContext) -> Bool {
        var index = married.index - 1
        while let previous = context.token(at: index), previous.isWord, Self.adverbs.contains(previous) {
            index -= 1
        }
        guard let previous = context.token(at: index), previous.isWord else { return false }
        return Self.beOrGet.contains(previous)
    }
}
